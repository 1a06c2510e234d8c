import { describe, expect, it } from 'vitest';
import { aftersaleKindOf, ticketTypeOf } from './reason';

describe('the case type of a refund reason', () => {
  it.each([
    ['少件/漏发', 'refundOnly', 'missing_item'],
    ['卖家发错货', 'returnRefund', 'wrong_item'],
    ['质量问题', 'returnRefund', 'quality'],
    ['商品与页面描述不符', 'returnRefund', 'quality'],
    ['快递一直未送达', 'refundOnly', 'tracking'],
    ['未收到货', 'refundOnly', 'tracking'],
    ['物流显示丢件', 'refundOnly', 'lost_parcel'],
    ['缺货', 'refundOnly', 'out_of_stock'],
    ['未按约定时间发货', 'refundOnly', 'out_of_stock'],
    ['七天无理由退换货', 'returnRefund', 'return_7day'],
    ['尺码不合适', 'exchange', 'return_7day'],
    ['不想要了', 'refundOnly', 'refund'],
    ['其他', 'refundOnly', 'refund'],
    ['其他', 'returnRefund', 'return_7day'],
    ['', null, 'refund'],
  ] as const)('%s (%s) → %s', (reason, kind, type) => {
    expect(ticketTypeOf(reason, kind)).toBe(type);
  });

  it.each([
    ['仅退款', 'refundOnly'], ['退货退款', 'returnRefund'], ['换货', 'exchange'], ['维修', 'repair'], ['补寄', 'reship'], ['是', 'returnRefund'], ['否', 'refundOnly'], ['', null], ['其他', null],
  ] as const)('reads the kind %s as %s', (text, kind) => {
    expect(aftersaleKindOf(text)).toBe(kind);
  });
});
