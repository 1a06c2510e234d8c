import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { fromShanghai } from '../../lib/time';
import { readOrderFile } from './rows';

const read = (lines: string[]) => readOrderFile(parseCsv(lines.join('\r\n')).records);
const TAOBAO = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司';

describe('reading an order export', () => {
  it('reads a Taobao 订单报表 row into an order', () => {
    const r = read([TAOBAO, '="3123456789012345678",小林爱买,128.00,"买家已付款，等待卖家发货",林女士,浙江省杭州市西湖区文三路1号,13812341234,2026-11-20 14:03:22,2026-11-20 14:05:00,加绒卫衣,2,,']);
    expect(r.problems).toEqual([]);
    expect(r.orders).toEqual([{
      row: 2, orderNo: '3123456789012345678', buyerNick: '小林爱买', status: 'paid', totalFen: 12800,
      items: [{ title: '加绒卫衣', qty: 2, price: 6400 }], createdAt: fromShanghai(2026, 11, 20, 14, 3) + 22_000, paidAt: fromShanghai(2026, 11, 20, 14, 5),
      receiver: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', trackingNo: null, carrier: null,
    }]);
  });

  it('finds the header below a title line and reads a Pinduoduo export with unit suffixes', () => {
    const r = read(['订单查询导出', '订单号,商品,订单状态,用户实付金额(元),商品数量(件),收货人,手机,订单成交时间,支付时间,快递单号,快递公司,用户昵称', '261120-123456789012,保温杯,已发货，待收货,59.90,1,王先生,13900001111,2026-11-20 09:00:00,2026-11-20 09:01:00,YT1234567890,圆通,pdd_wang']);
    expect(r.problems).toEqual([]);
    expect(r.orders[0]).toMatchObject({ orderNo: '261120123456789012', buyerNick: 'pdd_wang', status: 'shipped', totalFen: 5990, trackingNo: 'YT1234567890', carrier: '圆通', row: 3 });
  });

  it('names every bad cell by row and column, keeps the good rows, and leaves a bad row out whole', () => {
    const r = read([
      TAOBAO,
      '3123456789012345678,好买家,10,交易成功,,,,2026-11-01 10:00,2026-11-01 10:05,袜子,1,,',
      '3.12346E+18,坏买家,10,交易成功,,,,2026-11-01 10:00,,袜子,1,,',
      '3123456789012345679,,abc,神秘,,,,2026-02-31 10:00,,袜子,0,,',
      '3123456789012345670,先付后下,10,交易成功,,,,2026-11-01 10:00,2026-11-01 09:00,袜子,1,,',
    ]);
    expect(r.orders.map((o) => o.row)).toEqual([2]);
    expect(r.problems).toEqual([
      { row: 3, field: 'orderImport.orderNo', code: 'excelNumber', params: { value: '3.12346E+18' } },
      { row: 4, field: 'orderImport.buyerNick', code: 'required' },
      { row: 4, field: 'orderImport.status', code: 'unknownStatus', params: { value: '神秘' } },
      { row: 4, field: 'orderImport.total', code: 'notAmount', params: { value: 'abc' } },
      { row: 4, field: 'orderImport.createdAt', code: 'noSuchTime', params: { value: '2026-02-31 10:00' } },
      { row: 4, field: 'orderImport.qty', code: 'notQty', params: { value: '0' } },
      { row: 5, field: 'orderImport.paidAt', code: 'paidBeforeCreated' },
    ]);
    expect(r.rows).toBe(4);
  });

  it('joins the lines of one order number into one order with their items', () => {
    const r = read([
      '订单编号,买家会员名,总金额,订单状态,订单创建时间,宝贝标题,宝贝总数量',
      '3123456789012345678,小林,100,交易成功,2026-11-01 10:00,上衣,1',
      '3123456789012345678,小林,100,交易成功,2026-11-01 10:00,裤子,1',
    ]);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.items).toEqual([{ title: '上衣', qty: 1, price: 0 }, { title: '裤子', qty: 1, price: 0 }]);
  });

  it('says which required columns are missing, and what a file without order numbers is', () => {
    expect(read(['订单编号,买家会员名', '3123456789012345678,小林']).problems.map((p) => p.field)).toEqual(['orderImport.status', 'orderImport.total', 'orderImport.createdAt']);
    expect(read(['标题,内容', '欢迎,您好']).problems).toEqual([{ row: 0, field: 'orderImport.orderNo', code: 'noOrderColumn' }]);
  });

  it('drops the paid time of an order still waiting for payment', () => {
    const r = read(['订单编号,买家会员名,总金额,订单状态,订单创建时间,订单付款时间', '3123456789012345678,小林,100,等待买家付款,2026-11-01 10:00,2026-11-01 10:05']);
    expect(r.orders[0]?.paidAt).toBeNull();
  });
});
