import { describe, expect, it } from 'vitest';
import { neutralizeCell as neutralise, parseCsv as parseRecords, toCsv } from '../../lib/csv';

const parseCsv = (text: string): string[][] => parseRecords(text).records.map((r) => r.cells);
const TRICKY = ['=SUM(A1:A2)', '+86 138', '-5', '@admin', '\tlead tab', '\rlead cr', 'say "hi"', 'line1\nline2', 'a,b', '普通文字', '', "'already"];

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv(['类型'], [['质量问题']]);
    expect(csv.startsWith('\uFEFF类型\r\n')).toBe(true);
  });

  it.each(TRICKY)('the cell %j is neutralised and parses back equal', (value) => {
    const rows = parseCsv(toCsv(['h'], [[value, 42]]));
    expect(rows).toEqual([['h'], [neutralise(value), '42']]);
    expect(rows[1]?.[0]).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  });

  it('numbers are kept as numbers, even negative ones', () => {
    expect(parseCsv(toCsv(['n'], [[-5, null]]))[1]).toEqual(['-5', '']);
  });

  it('neutralises a formula hidden behind a control character (the XLSX writer is renderer/src/features/export)', () => {
    expect(parseCsv(toCsv(['值'], [['\u0001=HYPERLINK("http://x")']]))[1]).toEqual(["'=HYPERLINK(\"http://x\")"]);
  });
});
