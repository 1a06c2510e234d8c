import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { parseMoneyFen, parseOrderNo, parseQty, parseShanghaiTime, parseStatus } from './values';

describe('order export cells', () => {
  it.each([
    ['3123456789012345678', '3123456789012345678'],
    ['="3123456789012345678"', '3123456789012345678'],
    ["'3123456789012345678", '3123456789012345678'],
    [' 3123 4567 8901 2345 678 ', '3123456789012345678'],
  ])('reads the order number %j', (raw, expected) => {
    expect(parseOrderNo(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['3.12346E+18', 'excelNumber'],
    ['', 'required'],
    ['TB-12345', 'notOrderNo'],
    ['123', 'notOrderNo'],
  ])('refuses the order number %j (%s)', (raw, code) => {
    expect(parseOrderNo(raw)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['128', 12800], ['128.5', 12850], ['128.05', 12805], ['¥1,280.50', 128050], ['￥0.01', 1], ['99元', 9900],
  ])('reads the amount %j as %i fen', (raw, fen) => {
    expect(parseMoneyFen(raw)).toEqual({ ok: true, value: fen });
  });

  it.each(['', '-5', '12.345', 'abc', '1.2.3'])('refuses the amount %j', (raw) => {
    expect(parseMoneyFen(raw).ok).toBe(false);
  });

  it.each([
    ['2026-11-20 14:03:22', fromShanghai(2026, 11, 20, 14, 3) + 22_000],
    ['2026/11/20 14:03', fromShanghai(2026, 11, 20, 14, 3)],
    ['2026-11-20', fromShanghai(2026, 11, 20)],
    ['', null],
    ['-', null],
  ])('reads the time %j in Shanghai time', (raw, at) => {
    expect(parseShanghaiTime(raw)).toEqual({ ok: true, value: at });
  });

  it.each(['2026-02-31 10:00', '2026-13-01', '2026-11-20 25:00', '20/11/2026', 'yesterday'])('refuses the time %j', (raw) => {
    expect(parseShanghaiTime(raw).ok).toBe(false);
  });

  it.each([
    ['等待买家付款', 'unpaid'], ['待付款', 'unpaid'],
    ['买家已付款，等待卖家发货', 'paid'], ['待发货', 'paid'], ['等待出库', 'paid'],
    ['卖家已发货，等待买家确认', 'shipped'], ['已发货，待收货', 'shipped'], ['等待确认收货', 'shipped'],
    ['已签收', 'delivered'], ['交易成功', 'completed'], ['完成', 'completed'],
    ['交易关闭', 'closed'], ['已取消', 'closed'], ['退款中', 'refunding'], ['售后中', 'refunding'],
  ])('maps the platform status %j to %s', (raw, status) => {
    expect(parseStatus(raw)).toEqual({ ok: true, value: status });
  });

  it('names an unknown status', () => {
    expect(parseStatus('神秘状态')).toEqual({ ok: false, code: 'unknownStatus', value: '神秘状态' });
  });

  it.each([['', 1], ['3', 3]])('reads the quantity %j as %i', (raw, n) => {
    expect(parseQty(raw)).toEqual({ ok: true, value: n });
  });

  it.each(['0', '-1', '1.5', 'x'])('refuses the quantity %j', (raw) => {
    expect(parseQty(raw).ok).toBe(false);
  });
});
