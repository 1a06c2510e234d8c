import { invokeHost } from '../../host';
import { saveTable, type Table } from '../export';

/** Saves a register (its `exportTable`) through the one export module (CSV or XLSX). */
export async function saveRegister(format: 'csv' | 'xlsx', name: string, table: Table): Promise<void> {
  await saveTable(format, name, table);
}

/** Saves one text file (the evidence pack). */
export async function saveText(name: string, text: string): Promise<void> {
  await invokeHost('file:save', { suggestedName: name, mime: 'text/plain;charset=utf-8', content: `\uFEFF${text}`, base64: false });
}
