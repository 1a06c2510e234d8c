import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx';

// An independent reader: the workbook our small writer makes must open in a real XLSX library
// the way Excel and WPS read it, with formulas neutralised and Chinese text intact.
describe('the XLSX register export read by exceljs', () => {
  it('opens with the sheet name, header, Chinese text, numbers and neutralised formulas', async () => {
    const bytes = toXlsx('售后登记表', ['类型', '金额', '备注'], [
      ['质量问题', 129.5, '=HYPERLINK("http://evil")'],
      ['少发', 0, '+1 赠品'],
      ['丢件', 12, '第二行\n换行'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('售后登记表');
    expect(sheet).toBeDefined();
    const rows = sheet!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['类型', '金额', '备注'],
      ['质量问题', 129.5, "'=HYPERLINK(\"http://evil\")"],
      ['少发', 0, "'+1 赠品"],
      ['丢件', 12, '第二行\n换行'],
    ]);
  });
});
