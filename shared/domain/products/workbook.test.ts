import { describe, expect, it } from 'vitest';
import { problem } from '../../lib/problem';
import { productsToWorkbook, readProductWorkbook, type SheetIn } from './workbook';

const sheetsOf = (rows: Record<string, string[][]>): SheetIn[] => Object.entries(rows).map(([name, rs]) => ({ name, rows: rs.map((cells, i) => ({ row: i + 1, cells })) }));

describe('the product workbook', () => {
  it('the empty template has the sheets and the measurement columns a seller fills in', () => {
    expect(productsToWorkbook([]).map((s) => [s.name, s.header])).toEqual([
      ['商品', ['商家编码', '商品名称', '价格(元)', '类目', '面料/材质', '卖点', '颜色', '尺码', '库存', 'SKU编码']],
      ['尺码表', ['商品', '尺码', '身高(cm)', '体重(kg)', '胸围(cm)', '衣长(cm)']],
      ['问答', ['商品', '类型', '问题', '回答']],
      ['说明', ['说明']],
    ]);
  });

  it('reads a filled-in template: SKU rows grouped into one product, its chart and questions', () => {
    const r = readProductWorkbook(sheetsOf({
      商品: [['商家编码', '商品名称', '价格(元)', '类目', '面料/材质', '卖点', '颜色', '尺码', '库存', 'SKU编码'], ['T1', '圆领T恤', '59', '', '精梳棉', '不透；不变形', '白', 'M', '5', 'T1-W-M'], ['T1', '', '', '', '', '', '白', 'L', '3', 'T1-W-L']],
      尺码表: [['商品', '尺码', '身高(cm)', '体重(kg)', '胸围(cm)'], ['T1', 'M', '160-165', '50-55', ''], ['T1', 'L', '165-170', '55-62', '']],
      问答: [['商品', '类型', '问题', '回答'], ['T1', '问大家', '会透吗', '不会'], ['T1', '', '缩水吗', '少量']],
    }));
    expect(r.problems).toEqual([]);
    expect(r.products).toEqual([{ row: 2, fields: {
      title: '圆领T恤', code: 'T1', priceFen: 5900, material: '精梳棉', sellingPoints: ['不透', '不变形'],
      skus: [{ sku: 'T1-W-M', color: '白', size: 'M', stock: 5 }, { sku: 'T1-W-L', color: '白', size: 'L', stock: 3 }],
      sizeChart: { columns: ['身高(cm)', '体重(kg)'], rows: [{ size: 'M', cells: ['160-165', '50-55'] }, { size: 'L', cells: ['165-170', '55-62'] }] },
      faqs: [{ q: '缩水吗', a: '少量' }], asks: [{ q: '会透吗', a: '不会' }],
    } }]);
  });

  it.each<[string, Record<string, string[][]>, ReturnType<typeof problem>[]]>([
    ['a product row without a name', { 商品: [['商家编码', '商品名称', '库存'], ['X', '', '1']] }, [problem('required', { row: 2, field: 'productSheet.items.title' })]],
    ['stock that is not whole', { 商品: [['商品名称', '库存'], ['T恤', '两件']] }, [problem('notWhole', { row: 2, field: 'productSheet.items.stock' })]],
    ['a chart row for a product not in the 商品 sheet', { 商品: [['商品名称'], ['T恤']], 尺码表: [['商品', '尺码', '身高'], ['裙子', 'M', '160']] }, [problem('unknownProduct', { row: 2, field: 'productSheet.sizes.product', params: { value: '裙子' } })]],
    ['a chart row without a size', { 商品: [['商品名称'], ['T恤']], 尺码表: [['商品', '尺码', '身高'], ['T恤', '', '160']] }, [problem('required', { row: 2, field: 'productSheet.sizes.size' })]],
    ['a question of an unknown kind', { 商品: [['商品名称'], ['T恤']], 问答: [['商品', '类型', '问题', '回答'], ['T恤', '评价', '好吗', '好']] }, [problem('notAllowed', { row: 2, field: 'productSheet.qa.kind', params: { allowed: '常见问题 / 问大家' } })]],
    ['a sheet that is not the product sheet', { Sheet1: [['订单编号'], ['1']] }, [problem('noProductColumn', { row: 0, field: 'productSheet.items.title' })]],
  ])('refuses %s, naming sheet, row and column', (_name, sheets, problems) => {
    expect(readProductWorkbook(sheetsOf(sheets)).problems).toEqual(problems);
  });
});
