import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { isDetailFile, joinDetail, readDetailFile } from './detail';
import { readOrderFile } from './rows';

const records = (lines: string[]) => parseCsv(lines.join('\r\n')).records;
const DETAIL = '订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码';

describe("Taobao's 宝贝明细 export", () => {
  const detail = records([
    DETAIL,
    '="3123456789012345678",加绒卫衣,64.00,1,,颜色分类：黑色；尺码：XL,,,交易成功,WY-BLK-XL',
    '="3123456789012345678",纯棉袜子,5.00,2,,颜色分类：白色,,,交易成功,WZ-W',
    '="3123456789012345000",别的订单,9.00,1,,,,,交易成功,',
  ]);

  it('is told apart from an order list, which says it misses its buyer and time columns', () => {
    expect(isDetailFile(detail)).toBe(true);
    expect(isDetailFile(records(['订单编号,买家会员名,总金额,订单状态,订单创建时间']))).toBe(false);
  });

  it("joins its lines to the list's orders as items with 商家编码 and 商品属性, and names lines of orders the list lacks", () => {
    const list = readOrderFile(records(['订单编号,买家会员名,总金额,订单状态,订单创建时间,宝贝标题,宝贝总数量', '="3123456789012345678",小林,74.00,交易成功,2026-11-01 10:00,加绒卫衣等,3']));
    const joined = joinDetail(list.orders, readDetailFile(detail));
    expect(joined.orders[0]?.items).toEqual([
      { title: '加绒卫衣', qty: 1, price: 6400, sku: 'WY-BLK-XL', props: '颜色分类：黑色；尺码：XL' },
      { title: '纯棉袜子', qty: 2, price: 500, sku: 'WZ-W', props: '颜色分类：白色' },
    ]);
    expect(joined.problems).toEqual([{ row: 0, field: 'orderImport.orderNo', code: 'detailWithoutOrder', params: { value: '3123456789012345000' } }]);
  });

  it('names a bad line by its row', () => {
    expect(readDetailFile(records([DETAIL, '="3123456789012345678",卫衣,abc,1,,,,,交易成功,X'])).problems).toEqual([{ row: 2, field: 'orderImport.price', code: 'notAmount', params: { value: 'abc' } }]);
  });
});
