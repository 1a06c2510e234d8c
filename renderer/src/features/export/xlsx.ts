import { cellText, type Cell } from '@shared/lib/csv';

import type * as ExcelTypes from 'exceljs';

type ExcelModule = typeof ExcelTypes;

/** One sheet of a workbook: its name, header row and rows. */
export interface Sheet {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

/** Excel refuses sheet names with \ / ? * [ ] : or longer than 31 characters. */
const sheetName = (name: string): string => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';

// XML 1.0 forbids most control characters (the workbook would not open); tab, LF and CR stay.
const xmlSafe = (s: string): string => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

/**
 * Workbook bytes through exceljs, loaded on first use (it is large; no screen pays for it until
 * someone exports or saves the product template). Numbers stay numbers; every text cell goes
 * through the same neutralisation as the CSV (a leading = + - @ is quoted, even behind a control
 * or bidi character), and is written as a string cell — so a 19-digit 订单编号 stays text.
 */
export async function workbookBytes(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const mod: ExcelModule | { default: ExcelModule } = await import('exceljs');
  // exceljs ships CommonJS (and a UMD build for browsers): the bundler may hand it over as `default`.
  const ExcelJS = 'default' in mod && mod.default ? mod.default : (mod as ExcelModule);
  const book = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = book.addWorksheet(sheetName(sh.name));
    for (const row of [sh.header, ...sh.rows]) ws.addRow(row.map((c) => (c === null ? null : typeof c === 'number' && Number.isFinite(c) ? c : xmlSafe(cellText(c)))));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
