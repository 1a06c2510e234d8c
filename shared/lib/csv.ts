/**
 * CSV as Chinese shops meet it: files saved by Excel/WPS (BOM, CRLF, quoted cells with line
 * breaks) on the way in, and files Excel opens correctly on the way out (BOM, CRLF, formula
 * injection neutralised, long digit ids kept as text). Decoding bytes (UTF-8 or GB18030) is the
 * caller's job.
 */
import { stripInvisible } from './textHygiene';

export interface CsvRecord {
  /** Row number as a spreadsheet shows it (first record = 1). */
  row: number;
  cells: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Row where a quoted cell was opened and never closed (the rest of the file is in it), else null. */
  unterminatedRow: number | null;
}

/**
 * Parses CSV: quoted cells with "" escapes, line breaks inside quotes, CRLF/LF/CR, a UTF-8 BOM.
 * Lenient the way spreadsheets are: a quote inside an unquoted cell is literal. Blank lines are
 * kept as records of one empty cell so row numbers match what the user sees.
 */
export function parseCsv(input: string, delimiter = ','): CsvParseResult {
  const src = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  let row = 1;
  let recordRow = 1;
  const endCell = (): void => {
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = (): void => {
    endCell();
    records.push({ row: recordRow, cells });
    cells = [];
    row++;
    recordRow = row;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (quoted) {
    endCell();
    records.push({ row: recordRow, cells });
    return { records, unterminatedRow: recordRow };
  }
  if (cell !== '' || cells.length > 0 || !atCellStart) endRecord();
  return { records, unterminatedRow: null };
}

const DANGEROUS_START = /^[=+\-@\t\r]/;
/**
 * Digit strings a spreadsheet would turn into a number and mangle: 12+ digits (a 19-digit 订单编号
 * loses its last digits, or shows as 3.92E+18) or a leading zero (lost).
 */
const LONG_DIGITS = /^(\d{12,}|0\d+)$/;
const AS_TEXT = /^="(\d+)"$/;

/**
 * Neutralises spreadsheet formula injection: control and invisible characters are removed FIRST
 * (a "\x01=cmd" would otherwise start with \x01 and slip past), then a cell starting with
 * = + - @ tab or CR gets a leading '.
 */
export function neutralizeCell(value: string): string {
  const visible = stripInvisible(value);
  return DANGEROUS_START.test(visible) ? `'${visible}` : visible;
}

/** Undoes `neutralizeCell` and `digitsAsText` on import, so an export/import round trip keeps the text. */
export function restoreCell(value: string): string {
  const digits = AS_TEXT.exec(value);
  if (digits) return digits[1] as string;
  return value.startsWith("'") && DANGEROUS_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * A long digit id written so Excel and WPS keep it as text: `="3920118822334455667"`. The only
 * formula we ever write, made by us from digits alone.
 */
export function digitsAsText(value: string): string | null {
  return LONG_DIGITS.test(value) ? `="${value}"` : null;
}

export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A register cell: numbers stay numbers (a negative number is data, not a formula). */
export type Cell = string | number | null;

export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  return neutralizeCell(c);
}

/** A CSV cell: as `cellText`, and a long digit id kept as text (XLSX writes it as a string cell instead). */
const csvCell = (c: Cell): string => (typeof c === 'string' ? digitsAsText(c) : null) ?? cellText(c);

/** CSV with a UTF-8 BOM (so Excel opens Chinese correctly) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header.map((h) => quoteCell(neutralizeCell(h))), ...rows.map((r) => r.map((c) => quoteCell(csvCell(c))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
