import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';
import { readXlsx } from './xlsxRead';

const inflate = async (b: Uint8Array): Promise<Uint8Array> => new Uint8Array(inflateRawSync(b));

describe('reading an XLSX workbook', () => {
  it('reads a workbook Excel-style software saved (deflated, shared strings, gaps, rich text)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('商品');
    sheet.getCell('A1').value = '商品名称';
    sheet.getCell('C1').value = '库存';
    sheet.getCell('A3').value = { richText: [{ text: '加绒' }, { text: '卫衣', font: { bold: true } }] };
    sheet.getCell('C3').value = 12;
    sheet.getCell('D3').value = { formula: '1+1', result: 2 };
    sheet.getCell('E3').value = true;
    book.addWorksheet('问答').getCell('B2').value = '会起球吗？';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await readXlsx(bytes, inflate)).toEqual([
      { name: '商品', rows: [{ row: 1, cells: ['商品名称', '', '库存'] }, { row: 3, cells: ['加绒卫衣', '', '12', '2', 'TRUE'] }] },
      { name: '问答', rows: [{ row: 2, cells: ['', '会起球吗？'] }] },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('宝贝名称,宝贝价格\n卫衣,159'), inflate)).rejects.toBeInstanceOf(ProblemError);
  });
});
