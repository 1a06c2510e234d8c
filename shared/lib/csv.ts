/**
 * CSV as Chinese shops meet it: files saved by Excel/WPS (BOM, CRLF, quoted cells with line
 * breaks) on the way in, and files Excel opens correctly on the way out (BOM, CRLF, formula
 * injection neutralised). Decoding bytes (UTF-8 or GB18030) is the caller's job.
 */

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

/** Neutralises spreadsheet formula injection: a cell starting with = + - @ tab or CR gets a leading '. */
export function neutralizeCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell` on import, so an export/import round trip keeps the text. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && DANGEROUS_START.test(value.slice(1)) ? value.slice(1) : value;
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

/** CSV with a UTF-8 BOM (so Excel opens Chinese correctly) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header.map((h) => quoteCell(neutralizeCell(h))), ...rows.map((r) => r.map((c) => quoteCell(cellText(c))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
