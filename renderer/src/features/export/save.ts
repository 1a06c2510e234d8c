import { toCsv, type Cell } from '@shared/lib/csv';
import { base64FromBytes } from '@shared/lib/base64';
import { invokeHost } from '../../host';
import { workbookBytes, type Sheet } from './xlsx';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table as every export takes it: a header row and rows of cells. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

/**
 * The one way a register or a report leaves the app: CSV (UTF-8 BOM, CRLF, formula-safe, long
 * digit ids kept as text) or XLSX (exceljs), saved through the host's save dialog (a download in
 * the browser host). 售后/中差评 registers, 报表 views and the product workbook all come here.
 */
export async function saveTable(format: 'csv' | 'xlsx', name: string, table: Table): Promise<void> {
  if (format === 'csv') {
    await invokeHost('file:save', { suggestedName: `${name}.csv`, mime: 'text/csv;charset=utf-8', content: toCsv(table.header, table.rows), base64: false });
    return;
  }
  await saveWorkbook(name, [{ name, ...table }]);
}

/** A workbook of several sheets (a report's views, the product template). */
export async function saveWorkbook(name: string, sheets: readonly Sheet[]): Promise<void> {
  await invokeHost('file:save', { suggestedName: `${name}.xlsx`, mime: XLSX_MIME, content: base64FromBytes(await workbookBytes(sheets)), base64: true });
}
