import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../schemas/entities';
import { PLATFORM_STATUSES, statusOf } from './status';

describe('platform order statuses', () => {
  const all = Object.entries(PLATFORM_STATUSES).flatMap(([platform, table]) => Object.entries(table).map(([text, status]) => [platform, text, status] as const));
  it.each(all)('%s writes %j, which is %s here', (_platform, text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each<[string, OrderStatus]>([
    ['交易被淘宝关闭', 'closed'],
    ['卖家部分发货', 'shipped'],
    ['付款以后用户退款成功，交易自动关闭', 'closed'],
    ['付款以后用户退款成功,交易自动关闭', 'closed'],
    ['买家已付款, 等待卖家发货', 'paid'],
    ['卖家已发货/等待买家确认', 'shipped'],
    [' 等待买家确认收货 ', 'shipped'],
    ['已成团待发货', 'paid'],
    ['已发货待签收', 'shipped'],
    ['交易已取消', 'closed'],
    ['锁定', 'refunding'],
    ['等待出库', 'paid'],
  ])('reads %j as %s however its commas and spaces are written', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each<[string, OrderStatus]>([
    ['退款中（部分退款）', 'refunding'],
    ['交易关闭（超时未付款）', 'closed'],
    ['已发货，运输中', 'shipped'],
  ])('reads a wording no table lists by its phrase: %j as %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('knows nothing of a text without a status in it', () => {
    expect(statusOf('神秘状态')).toBeNull();
  });
});
