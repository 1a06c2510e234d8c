import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { problem } from '../../lib/problem';
import { readTaobaoItems } from './taobaoCsv';

/** The 淘宝助理 / 出售中的宝贝 export: a version line, English names, then the Chinese header. */
const HEAD = [
  'version 1.00',
  'title,cid,price,num,outer_id,skuProps,propAlias,input_custom_cpv,cateProps,description,subtitle',
  '宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码,销售属性组合,销售属性别名,自定义属性值,宝贝属性,宝贝描述,宝贝卖点',
];
const file = (...rows: string[]): ReturnType<typeof parseCsv>['records'] => parseCsv([...HEAD, ...rows].join('\r\n')).records;

const HOODIE = '加绒连帽卫衣,50000671,159.00,30,H07,"159:10:H07-BK-M:1627207:28341;20509:28315;159:20:H07-GY-L:1627207:-1001;20509:28316;","1627207:28341:炭黑;20509:28315:M;20509:28316:L;","1627207:-1001:雾霾灰;","材质:棉80% 聚酯纤维20%;风格:休闲","<p>内里加绒&nbsp;保暖</p><p>宽松版型</p>",内里加绒；帽绳可调';

describe('reading Taobao’s product export', () => {
  it('finds the Chinese header under the version and English lines and reads a listing with its SKUs', () => {
    const r = readTaobaoItems(file(HOODIE));
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.products).toEqual([{
      row: 4,
      fields: {
        title: '加绒连帽卫衣', code: 'H07', priceFen: 15900, category: '50000671', material: '棉80% 聚酯纤维20%',
        skus: [{ sku: 'H07-BK-M', color: '炭黑', size: 'M', stock: 10 }, { sku: 'H07-GY-L', color: '雾霾灰', size: 'L', stock: 20 }],
        sellingPoints: ['内里加绒', '帽绳可调'], description: '内里加绒 保暖\n宽松版型',
      },
    }]);
  });

  it('a listing without SKUs keeps its quantity as one line of stock', () => {
    expect(readTaobaoItems(file('纯棉浴巾,,39.9,120,YJ1,,,,,,')).products[0]?.fields.skus).toEqual([{ sku: 'YJ1', color: '', size: '', stock: 120 }]);
  });

  it.each<[string, string, ReturnType<typeof problem>[]]>([
    ['a row without a title', ',,59,1,X1,,,,,,', [problem('required', { row: 4, field: 'productImport.title' })]],
    ['a price that is not money', '围巾,,五十,1,X2,,,,,,', [problem('notAmount', { row: 4, field: 'productImport.price', params: { value: '五十' } })]],
    ['a quantity that is not whole', '围巾,,50,1.5,X3,,,,,,', [problem('notWhole', { row: 4, field: 'productImport.qty' })]],
    ['a 商家编码 Excel turned into a number', '围巾,,50,1,8.80123E+12,,,,,,', [problem('excelNumber', { row: 4, field: 'productImport.code', params: { value: '8.80123E+12' } })]],
    ['a SKU part that is not price:qty:code:property', '围巾,,50,1,X4,"50:1:X4-1:1627207:28341;红色;",,,,,', [problem('badSkuPart', { row: 4, field: 'productImport.skuProps', params: { value: '红色' } })]],
  ])('refuses %s, naming row and column', (_name, row, problems) => {
    const r = readTaobaoItems(file(row));
    expect(r.problems).toEqual(problems);
    expect(r.products).toEqual([]);
  });

  it('refuses a second row with the same 商家编码 and keeps the first', () => {
    const r = readTaobaoItems(file('围巾,,50,1,W1,,,,,,', '围巾二,,60,1,W1,,,,,,'));
    expect(r.products.map((p) => p.fields.title)).toEqual(['围巾']);
    expect(r.problems).toEqual([problem('duplicate', { row: 5, field: 'productImport.code', params: { value: 'W1' } })]);
  });

  it('keeps a value id the file has no name for, and says so', () => {
    const r = readTaobaoItems(file('围巾,,50,1,W2,"50:1::1627207:28320;",,,,,'));
    expect(r.products[0]?.fields.skus).toEqual([{ sku: 'W2-1', color: '28320', size: '', stock: 1 }]);
    expect(r.warnings).toEqual([problem('unnamedValue', { row: 4, field: 'productImport.skuAlias', params: { value: '28320' } })]);
  });

  it('says so when the file is not a product export', () => {
    expect(readTaobaoItems(parseCsv('订单编号,买家会员名\r\n1,a').records).problems).toEqual([problem('noProductColumn', { row: 0, field: 'productImport.title' })]);
  });

  it('skips blank lines', () => {
    expect(readTaobaoItems(file('', '围巾,,50,1,W3,,,,,,', ',,,,,,,,,,')).products).toHaveLength(1);
  });
});
