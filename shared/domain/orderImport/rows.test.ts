import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { fromShanghai } from '../../lib/time';
import iconv from 'iconv-lite';
import { decodeShopText } from '../../lib/textBytes';
import { joinAddress, readOrderFile } from './rows';

const read = (lines: string[]) => readOrderFile(parseCsv(lines.join('\r\n')).records);
const TAOBAO = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司';

describe('reading an order export', () => {
  it('reads a Taobao 订单报表 row into an order', () => {
    const r = read([TAOBAO, '="3123456789012345678",小林爱买,128.00,"买家已付款，等待卖家发货",林女士,浙江省杭州市西湖区文三路1号,13812341234,2026-11-20 14:03:22,2026-11-20 14:05:00,加绒卫衣,2,,']);
    expect(r.problems).toEqual([]);
    expect(r.orders).toEqual([{
      row: 2, orderNo: '3123456789012345678', buyerNick: '小林爱买', status: 'paid', totalFen: 12800, paidFen: 12800, postageFen: null,
      items: [{ title: '加绒卫衣', qty: 2, price: 6400 }], createdAt: fromShanghai(2026, 11, 20, 14, 3) + 22_000, paidAt: fromShanghai(2026, 11, 20, 14, 5),
      receiver: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', trackingNo: null, carrier: null, buyerNote: '', sellerMemo: '', shopName: '',
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
      { row: 4, field: 'orderImport.paid', code: 'notAmount', params: { value: 'abc' } },
      { row: 4, field: 'orderImport.createdAt', code: 'noSuchTime', params: { value: '2026-02-31 10:00' } },
      { row: 4, field: 'orderImport.qty', code: 'notQty', params: { value: '0' } },
      { row: 5, field: 'orderImport.paidAt', code: 'paidBeforeCreated' },
    ]);
    expect(r.rows).toBe(4);
  });

  it('joins the lines of one order number into one order with their items in an export with a line per item', () => {
    const r = read([
      '订单号,下单帐号,应付金额,订单状态,下单时间,商品名称,购买数量,京东价',
      '3123456789012345678,小林,100,等待出库,2026-11-01 10:00,上衣,1,60',
      '3123456789012345678,小林,100,等待出库,2026-11-01 10:00,裤子,1,40',
    ]);
    expect(r.problems).toEqual([]);
    expect(r.platform).toBe('jd');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.items).toEqual([{ title: '上衣', qty: 1, price: 6000 }, { title: '裤子', qty: 1, price: 4000 }]);
  });

  it('refuses two lines of one order number in an export with a line per order, naming both rows', () => {
    const r = read([
      '订单编号,买家会员名,总金额,订单状态,订单创建时间,宝贝标题,宝贝总数量',
      '3123456789012345678,小林,100,交易成功,2026-11-01 10:00,上衣,1',
      '3123456789012345670,小王,50,交易成功,2026-11-01 10:00,袜子,1',
      '3123456789012345678,小林,90,交易成功,2026-11-01 10:00,上衣,1',
    ]);
    expect(r.orders.map((o) => o.orderNo)).toEqual(['3123456789012345670']);
    expect(r.problems).toEqual([{ row: 4, field: 'orderImport.orderNo', code: 'duplicateOrderNo', params: { first: 2, value: '3123456789012345678' } }]);
  });

  it('names a row cut short by its columns instead of its first empty cell', () => {
    const r = read([TAOBAO, '3123456789012345678,小林,10,交易成功,林女士']);
    expect(r.orders).toEqual([]);
    expect(r.problems).toEqual([{ row: 2, code: 'rowTruncated', params: { cols: 5, expected: 13 } }]);
  });

  it.each([
    ['等待买家付款', 'unpaid', 0, 12800, null],
    ['交易关闭', 'closed', 0, 12800, 0],
    ['交易被淘宝关闭', 'closed', 0, 12800, 0],
    ['付款以后用户退款成功，交易自动关闭', 'closed', 12800, 12800, 12800],
    ['买家已付款，等待卖家发货', 'paid', 11800, 11800, 11800],
    ['卖家部分发货', 'shipped', 12800, 12800, 12800],
  ] as const)('takes the amount of a %s order from the column that holds it', (status, ours, paid, total, paidFen) => {
    const r = read(['订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间', `3123456789012345678,小林,118.00,10.00,128.00,${(paid / 100).toFixed(2)},${status},2026-11-01 10:00`]);
    expect(r.problems).toEqual([]);
    expect(r.orders[0]).toMatchObject({ status: ours, totalFen: total, paidFen, postageFen: 1000 });
  });

  it("keeps 买家留言, 订单备注 and 店铺名称, and peels Excel's apostrophe off phones", () => {
    const r = read(['订单编号 ,买家会员名 ,总金额,订单状态,订单创建时间,联系电话 ,联系手机 ,买家留言,订单备注,店铺名称', `="3123456789012345678",小林,10,交易成功,2026-11-01 10:00,'0571-8888888,'13812341234,请发顺丰,老客户 送小样,青禾`]);
    expect(r.problems).toEqual([]);
    expect(r.orders[0]).toMatchObject({ phone: '13812341234', buyerNote: '请发顺丰', sellerMemo: '老客户 送小样', shopName: '青禾' });
    expect(r.shopNames).toEqual(['青禾']);
    expect(read(['订单编号,买家会员名,总金额,订单状态,订单创建时间,联系电话,联系手机', "3123456789012345678,小林,10,交易成功,2026-11-01 10:00,'0571-8888888,"]).orders[0]?.phone).toBe('0571-8888888');
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

describe('JD and Pinduoduo exports through the same reader', () => {
  it('maps a JD 订单导出: 下单帐号, 应付金额, 客户姓名/地址, 订单备注 as the buyer note and 商家备注 as the memo', () => {
    const r = read([
      '订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,应付金额,订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,商家备注,运费金额,付款确认时间',
      '301234567890,100012,保温杯,2,在线支付,2026-11-20 09:00:00,49.00,108.00,108.00,108.00,等待出库,普通订单,jd_wang,王先生,北京市朝阳区建国路1号,13900001111,周末送,已核实,10.00,2026-11-20 09:01:00',
    ]);
    expect(r.problems).toEqual([]);
    expect(r.platform).toBe('jd');
    expect(r.orders[0]).toMatchObject({
      orderNo: '301234567890', buyerNick: 'jd_wang', status: 'paid', totalFen: 10800, postageFen: 1000, items: [{ title: '保温杯', qty: 2, price: 4900 }],
      receiver: '王先生', address: '北京市朝阳区建国路1号', phone: '13900001111', buyerNote: '周末送', sellerMemo: '已核实',
    });
  });

  it('maps a Pinduoduo 订单查询导出: 商品总价, 用户实付金额, 邮费, 买家留言, 商家备注, 商家编码-SKU维度', () => {
    const r = read([
      '商品,订单号,订单状态,商品总价(元),邮费(元),用户实付金额(元),商家实收金额(元),商品数量(件),收货人,手机,订单成交时间,支付时间,商家编码-SKU维度,商家备注,买家留言,快递单号,快递公司,用户昵称',
      '保温杯,261120-123456789012,已成团待发货,59.90,0.00,49.90,49.90,1,王先生,13900001111,2026-11-20 09:00:00,2026-11-20 09:01:00,BWB-01,,请尽快发货,,,pdd_wang',
      '保温杯,261120-123456789013,待支付,59.90,0.00,0.00,0.00,1,李女士,13900002222,2026-11-20 09:00:00,,BWB-01,,,,,pdd_li',
    ]);
    expect(r.problems).toEqual([]);
    expect(r.platform).toBe('pdd');
    expect(r.orders[0]).toMatchObject({ orderNo: '261120123456789012', status: 'paid', totalFen: 4990, paidFen: 4990, items: [{ title: '保温杯', qty: 1, price: 4990, sku: 'BWB-01' }], buyerNote: '请尽快发货' });
    expect(r.orders[1]).toMatchObject({ status: 'unpaid', totalFen: 5990, paidFen: null });
  });

  it('refuses a row with a NUL or with bytes a GBK file did not hold, naming row and column, and keeps the others', () => {
    const good = '3123456789012345678,好买家,10,交易成功,,,,2026-11-01 10:00,2026-11-01 10:05,袜子,1,,';
    const r = read([TAOBAO, good, '3123456789012345679,坏\u0000买家,10,交易成功,,,,2026-11-01 10:00,2026-11-01 10:05,袜子,1,,']);
    expect(r.orders.map((o) => o.row)).toEqual([2]);
    expect(r.problems).toEqual([{ code: 'textNul', row: 3, field: 'orderImport.buyerNick' }]);
    // A GB18030 file whose nick bytes were cut: 0x81 alone is no character; the decoder leaves U+FFFD.
    const gbk18030 = (text: string) => [...iconv.encode(text, 'gb18030')];
    const bytes = new Uint8Array([...gbk18030(`${TAOBAO}\r\n3123456789012345670,`), 0x81, 0x30, ...gbk18030(',10,交易成功,,,,2026-11-01 10:00,2026-11-01 10:05,袜子,1,,')]);
    const gbk = readOrderFile(parseCsv(decodeShopText(bytes)).records);
    expect(gbk.orders).toEqual([]);
    expect(gbk.problems).toEqual([{ code: 'textEncoding', row: 2, field: 'orderImport.buyerNick' }]);
  });

  it('removes bidi overrides and zero-width characters and normalises the nick (NFKC), so look-alikes are one buyer', () => {
    const r = read([TAOBAO, '3123456789012345678,ｔｂ＿小\u200B林,10,交易成功,,,,2026-11-01 10:00,2026-11-01 10:05,袜子\u202E红,1,,']);
    expect(r.orders[0]).toMatchObject({ buyerNick: 'tb_小林', items: [{ title: '袜子红' }] });
  });
});

describe('a Pinduoduo export with the address split into 省/市/区/街道/详细地址', () => {
  const PDD = '订单号,商品,订单状态,用户实付金额(元),商品数量(件),收货人,手机,省,市,区,街道,详细地址,订单成交时间,支付时间,用户昵称';
  it('joins the parts into the order\'s address in order', () => {
    const r = read([PDD, '261120-123456789012,保温杯,待发货,59.90,1,王先生,13900001111,浙江省,杭州市,西湖区,文新街道,文三路1号3幢,2026-11-20 09:00:00,2026-11-20 09:01:00,pdd_wang']);
    expect(r.problems).toEqual([]);
    expect(r.orders[0]?.address).toBe('浙江省杭州市西湖区文新街道文三路1号3幢');
  });

  it.each([
    [['上海', '上海市', '浦东新区', ''], '张江路88号', '上海市浦东新区张江路88号'],
    [['北京市', '北京市', '朝阳区', ''], '建国路1号', '北京市朝阳区建国路1号'],
    [['浙江省', '杭州市', '西湖区', ''], '浙江省杭州市西湖区文三路1号', '浙江省杭州市西湖区文三路1号'],
    [['浙江省', '杭州市', '西湖区', '文新街道'], '西湖区文三路1号', '浙江省杭州市文新街道西湖区文三路1号'],
    [['', '', '', ''], '文三路1号', '文三路1号'],
  ])('writes the parts %j and the detail %s as %s', (parts, detail, expected) => {
    expect(joinAddress(parts, detail)).toBe(expected);
  });
});
