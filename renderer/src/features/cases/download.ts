import { toCsv, toXlsx, type Cell } from '@shared/domain/cases';
import { invokeHost } from '../../host';

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Saves a register (its `exportTable`) through the host's save dialog (a download in the browser host). */
export async function saveRegister(format: 'csv' | 'xlsx', name: string, { header, rows }: { header: string[]; rows: Cell[][] }): Promise<void> {
  await invokeHost('file:save', format === 'csv'
    ? { suggestedName: `${name}.csv`, mime: 'text/csv;charset=utf-8', content: toCsv(header, rows), base64: false }
    : { suggestedName: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: base64(toXlsx(name, header, rows)), base64: true });
}

/** Saves one text file (the evidence pack). */
export async function saveText(name: string, text: string): Promise<void> {
  await invokeHost('file:save', { suggestedName: name, mime: 'text/plain;charset=utf-8', content: `\uFEFF${text}`, base64: false });
}
