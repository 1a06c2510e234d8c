import { describe, expect, it } from 'vitest';
import { naturalId, naturalKeyOf } from './naturalId';

describe('ids from natural keys', () => {
  const order = { table: 'orders', platform: 'taobao', shopId: 's1', orderNo: '4012345678901234567' } as const;

  it('gives the same order the same id on every PC', () => {
    expect(naturalId(order)).toBe(naturalId({ ...order }));
    expect(naturalId(order)).toMatch(/^o-[0-9a-f]{32}$/);
  });

  it.each([
    ['another platform', { ...order, platform: 'jd' }],
    ['another shop', { ...order, shopId: 's2' }],
    ['another 订单编号', { ...order, orderNo: '4012345678901234568' }],
  ])('gives an order of %s another id', (_name, other) => {
    expect(naturalId(other)).not.toBe(naturalId(order));
  });

  it('keeps the parts apart: ("s1", "2x") and ("s12", "x") are different buyers', () => {
    expect(naturalId({ table: 'buyers', shopId: 's1', nick: '2x' })).not.toBe(naturalId({ table: 'buyers', shopId: 's12', nick: 'x' }));
  });

  it('fits the id limit whatever the nick’s length', () => {
    expect(naturalId({ table: 'buyers', shopId: 's1', nick: '长'.repeat(64) })).toMatch(/^b-[0-9a-f]{32}$/);
  });

  it('gives a case from a refund export one id per platform, shop and 退款编号, apart from an order with that number', () => {
    const refund = { table: 'tickets', platform: 'taobao', shopId: 's1', refundNo: '4012345678901234567' } as const;
    expect(naturalId(refund)).toMatch(/^t-[0-9a-f]{32}$/);
    expect(naturalId(refund)).toBe(naturalId({ ...refund }));
    expect(naturalId({ ...refund, shopId: 's2' })).not.toBe(naturalId(refund));
    expect(naturalId(refund).slice(2)).not.toBe(naturalId(order).slice(2));
  });

  it('reads the key from a record’s fields, with the platform of its shop', () => {
    expect(naturalKeyOf('orders', { shopId: 's1', orderNo: order.orderNo }, 'taobao')).toEqual(order);
    expect(naturalKeyOf('orders', { shopId: 's1', orderNo: order.orderNo }, null)).toBeNull();
    expect(naturalKeyOf('buyers', { shopId: 's1', nick: '' }, null)).toBeNull();
    expect(naturalKeyOf('tickets', { shopId: 's1' }, 'taobao')).toBeNull();
  });
});
