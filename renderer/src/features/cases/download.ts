import { toCsv, toXlsx, type Cell } from '@shared/domain/cases';
import { base64FromBytes } from '@shared/lib/base64';
import { invokeHost } from '../../host';

/** Saves a register (its `exportTable`) through the host's save dialog (a download in the browser host). */
export async function saveRegister(format: 'csv' | 'xlsx', name: string, { header, rows }: { header: string[]; rows: Cell[][] }): Promise<void> {
  await invokeHost('file:save', format === 'csv'
    ? { suggestedName: `${name}.csv`, mime: 'text/csv;charset=utf-8', content: toCsv(header, rows), base64: false }
    : { suggestedName: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: base64FromBytes(toXlsx(name, header, rows)), base64: true });
}

/** Saves one text file (the evidence pack). */
export async function saveText(name: string, text: string): Promise<void> {
  await invokeHost('file:save', { suggestedName: name, mime: 'text/plain;charset=utf-8', content: `\uFEFF${text}`, base64: false });
}
