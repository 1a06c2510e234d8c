import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { neutralizeCell } from '@shared/lib/csv';
import { readXlsx } from '@shared/lib/xlsxRead';
import { planProductImport, productsToWorkbook, readProductWorkbook } from '@shared/domain/products';
import type { Product } from '@shared/schemas/entities';
import { workbookBytes } from './xlsx';

const inflate = async (b: Uint8Array): Promise<Uint8Array> => new Uint8Array(inflateRawSync(b));

async function readBack(bytes: Uint8Array): Promise<{ names: string[]; rows: (sheet: string) => unknown[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return {
    names: book.worksheets.map((w) => w.name),
    rows: (sheet) => (book.getWorksheet(sheet)!.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1)),
  };
}

const TRICKY = ['=SUM(A1:A2)', '+86 138', '-5', '@admin', '\tlead tab', 'say "hi"', 'line1\nline2', 'a,b', '普通文字', "'already", '单元格<&>'];

describe('the one XLSX writer (exceljs)', () => {
  it('writes cells that read back equal, with formulas neutralised as in the CSV', async () => {
    const rows = TRICKY.map((v, i) => [v, i]);
    const back = await readBack(await workbookBytes([{ name: '售后登记表', header: ['值', '序号'], rows }]));
    expect(back.names).toEqual(['售后登记表']);
    expect(back.rows('售后登记表')).toEqual([['值', '序号'], ...rows.map(([v, i]) => [neutralizeCell(v as string), i])]);
  });

  it('neutralises a formula hidden behind a control or bidi character, and keeps a 19-digit 订单编号 a string', async () => {
    const back = await readBack(await workbookBytes([{ name: '表', header: ['值'], rows: [['\u0001=HYPERLINK("http://x")'], ['\u202E@SUM(A1)'], ['3920118822334455667']] }]));
    expect(back.rows('表').slice(1)).toEqual([["'=HYPERLINK(\"http://x\")"], ["'@SUM(A1)"], ['3920118822334455667']]);
  });

  it('writes several sheets in order, with names Excel accepts', async () => {
    const back = await readBack(await workbookBytes([{ name: '产品/SKU:表', header: ['a'], rows: [['x', null]] }, { name: '说明', header: ['b'], rows: [] }]));
    expect(back.names).toEqual(['产品 SKU 表', '说明']);
    expect(back.rows('说明')).toEqual([['b']]);
  });

  it('is read back by our own XLSX reader, every sheet by name, with Chinese text and numbers', async () => {
    const bytes = await workbookBytes([
      { name: '商品', header: ['商品名称', '价格(元)'], rows: [['加绒卫衣 & 帽', 159], ['第二行\n换行', null]] },
      { name: '尺码表', header: ['商品', '尺码'], rows: [['H07', 'M']] },
    ]);
    expect(await readXlsx(bytes, inflate)).toEqual([
      { name: '商品', rows: [{ row: 1, cells: ['商品名称', '价格(元)'] }, { row: 2, cells: ['加绒卫衣 & 帽', '159'] }, { row: 3, cells: ['第二行\n换行'] }] },
      { name: '尺码表', rows: [{ row: 1, cells: ['商品', '尺码'] }, { row: 2, cells: ['H07', 'M'] }] },
    ]);
  });
});

const product = (id: string, more: Partial<Product>): Product => ({
  id, shopId: 'S1', updatedAt: 1, updatedBy: 'A', deletedAt: null, title: '', skus: [], material: '', sellingPoints: [], faqs: [], keywords: [], ...more,
});

const hoodie = product('P1', {
  title: '加绒连帽卫衣', code: 'H07', priceFen: 15900, category: '卫衣', material: '棉80%', sellingPoints: ['内里加绒', '=帽绳可调'],
  skus: [{ sku: 'H07-BK-M', color: '炭黑', size: 'M', stock: 10 }, { sku: 'H07-BK-L', color: '炭黑', size: 'L', stock: 0 }],
  sizeChart: { columns: ['身高', '体重(kg)'], rows: [{ size: 'M', cells: ['160-168', '50-60'] }, { size: 'L', cells: ['168-175', '60-70'] }] },
  faqs: [{ q: '会起球吗？', a: '不容易起球' }], asks: [{ q: '165穿M可以吗', a: '可以，刚好' }],
});
const towel = product('P2', { title: '纱布浴巾', skus: [{ sku: '', color: '白', size: '', stock: 30 }], sizeChart: { columns: ['长', '宽'], rows: [{ size: '均码', cells: ['140', '70'] }] } });


describe('the product workbook', () => {
  it('round-trips through XLSX bytes: exported products import back unchanged', async () => {
    const bytes = await workbookBytes(productsToWorkbook([hoodie, towel]));
    const read = readProductWorkbook(await readXlsx(bytes, inflate));
    expect(read.problems).toEqual([]);
    expect(planProductImport([hoodie, towel], 'S1', read.products)).toEqual({ create: [], update: [], unchanged: 2 });
  });
});
