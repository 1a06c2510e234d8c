import { describe, expect, it } from 'vitest';
import { neutralizeCell as neutralise, parseCsv as parseRecords, toCsv } from '../../lib/csv';
import { utf8Bytes } from '../../lib/utf8';
import { crc32, toXlsx } from '../../lib/xlsx';

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
});

/** Reads back the single sheet of a store-only XLSX written by toXlsx. */
function readXlsx(bytes: Uint8Array): Array<Array<string | number>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dec = new TextDecoder();
  let at = 0;
  let sheet = '';
  while (view.getUint32(at, true) === 0x04034b50) {
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLen = view.getUint16(at + 26, true);
    const name = dec.decode(bytes.subarray(at + 30, at + 30 + nameLen));
    const data = bytes.subarray(at + 30 + nameLen, at + 30 + nameLen + size);
    expect(crc32(data)).toBe(crc);
    if (name === 'xl/worksheets/sheet1.xml') sheet = dec.decode(data);
    at += 30 + nameLen + size;
  }
  const unxml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((m) =>
    [...(m[1] ?? '').matchAll(/<c [^>]*?(?:t="inlineStr"><is><t xml:space="preserve">(.*?)<\/t><\/is>|><v>(.*?)<\/v>)<\/c>/gs)].map((c) => (c[2] !== undefined ? Number(c[2]) : unxml(c[1] ?? ''))));
}

describe('XLSX export', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(utf8Bytes('123456789')).toString(16)).toBe('cbf43926');
  });

  it('writes a workbook whose cells read back equal, with formulas neutralised', () => {
    const rows = TRICKY.map((v, i) => [v, i, '单元格<&>']);
    const back = readXlsx(toXlsx('售后登记表', ['值', '序号', '备注'], rows));
    expect(back).toEqual([['值', '序号', '备注'], ...rows.map((r) => [neutralise(r[0] as string), r[1], r[2]])]);
  });

  it('neutralises a formula hidden behind a control or bidi character, as the CSV does, and keeps a 19-digit 订单编号 a string', () => {
    const back = readXlsx(toXlsx('表', ['值'], [['\u0001=HYPERLINK("http://x")'], ['\u202E@SUM(A1)'], ['3920118822334455667']]));
    expect(back.slice(1)).toEqual([["'=HYPERLINK(\"http://x\")"], ["'@SUM(A1)"], ['3920118822334455667']]);
    const csv = parseCsv(toCsv(['值'], [['\u0001=HYPERLINK("http://x")']]));
    expect(csv[1]).toEqual(["'=HYPERLINK(\"http://x\")"]);
  });
});
