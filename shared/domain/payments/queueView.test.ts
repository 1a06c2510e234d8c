import { describe, expect, it } from 'vitest';
import type { Order } from '../../schemas/entities';
import { HOUR, MINUTE, fromShanghai } from '../../lib/time';
import { DEFAULT_PAYMENT_POLICY } from './policy';
import { movePick, paymentQueueView, type PaymentQueueRow } from './queueView';
import type { PlannedReminder } from './scheduler';

const NOW = fromShanghai(2026, 5, 10, 14, 0);
const order = (id: string, over: Partial<Order> = {}): Order => ({
  id, updatedAt: 0, updatedBy: 'system', deletedAt: null, orderNo: `31255501234567890${id.slice(-2).padStart(2, '0')}`, shopId: 's1', buyerId: 'b1', status: 'unpaid',
  totalFen: 12_800, items: [{ title: '棉麻衬衫', sku: 'M', qty: 1, price: 12_800 }], createdAt: NOW - HOUR, paidAt: null,
  addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...over,
});
const plan = (orderId: string, over: Partial<PlannedReminder> = {}): PlannedReminder => ({
  kind: 'due', step: 0, dueAt: NOW - 21 * HOUR - 27 * MINUTE, channel: 'chat', reason: 'step', sent: 0, closeAt: NOW + 2 * HOUR, orderId, shopId: 's1', buyerId: 'b1', ...over,
});
const row = (id: string, p: Partial<PlannedReminder> = {}, o: Partial<Order> = {}): PaymentQueueRow =>
  ({ plan: plan(id, p), order: order(id, o), buyerNick: '小鱼', shopName: '棉麻旗舰店', policy: DEFAULT_PAYMENT_POLICY });

describe('the 催付 queue view', () => {
  it('a due reminder says how long it has been due, as a span of time', () => {
    const [item] = paymentQueueView([row('o1')], null, NOW).items;
    expect(item).toMatchObject({ due: true, dueSinceMs: 21 * HOUR + 27 * MINUTE, dueInMs: null, state: 'due' });
  });

  it('a reminder coming up says how long until it is due', () => {
    const [item] = paymentQueueView([row('o1', { kind: 'scheduled', dueAt: NOW + 10 * MINUTE })], null, NOW).items;
    expect(item).toMatchObject({ due: false, dueSinceMs: null, dueInMs: 10 * MINUTE, state: 'scheduled' });
  });

  it.each([
    { name: 'an order closing within 30 minutes is marked', closeIn: 29 * MINUTE, soon: true },
    { name: 'an order closing in exactly 30 minutes is not yet', closeIn: 30 * MINUTE, soon: false },
    { name: 'an order closing in hours is not marked', closeIn: 5 * HOUR, soon: false },
  ])('$name', ({ closeIn, soon }) => {
    const [item] = paymentQueueView([row('o1', { closeAt: NOW + closeIn })], null, NOW).items;
    expect(item?.closeInMs).toBe(closeIn);
    expect(item?.closeSoon).toBe(soon);
  });

  it('steps are counted from one, of the shop policy\'s steps, with the reminders already sent', () => {
    const [item] = paymentQueueView([row('o1', { step: 1, sent: 1 })], null, NOW).items;
    expect(item).toMatchObject({ step: 2, steps: DEFAULT_PAYMENT_POLICY.steps.length, sent: 1 });
  });

  it('only reminders due now are counted beside the title', () => {
    const v = paymentQueueView([row('o1'), row('o2', { kind: 'scheduled', dueAt: NOW + MINUTE }), row('o3')], null, NOW);
    expect(v.dueCount).toBe(2);
  });

  it.each([
    { name: 'with nothing picked the first order is worked on', selected: null, index: 0 },
    { name: 'the picked order is worked on', selected: 'o2', index: 1 },
    { name: 'a picked order that left the queue falls back to the first', selected: 'gone', index: 0 },
  ])('$name', ({ selected, index }) => {
    const v = paymentQueueView([row('o1'), row('o2')], selected, NOW);
    expect(v.index).toBe(index);
    expect(v.current?.orderId).toBe(`o${index + 1}`);
  });

  it('an empty queue has nothing to work on', () => {
    expect(paymentQueueView([], 'o1', NOW)).toEqual({ items: [], dueCount: 0, index: 0, current: null });
  });

  it.each([
    { name: 'at quiet hours Enter records an SMS', channel: 'sms' as const, primary: 'sms', sms: true },
    { name: 'otherwise Enter sends into the chat', channel: 'chat' as const, primary: 'chat', sms: false },
  ])('$name', ({ channel, primary, sms }) => {
    const v = paymentQueueView([row('o1', { channel })], null, NOW);
    expect(v.current?.primaryChannel).toBe(primary);
    expect(v.items[0]?.sms).toBe(sms);
  });

  it.each([
    { name: 'an order created 4 minutes ago may not be closed by the seller yet', createdAt: NOW - 4 * MINUTE, allowed: false },
    { name: 'an order created 5 minutes ago may be closed', createdAt: NOW - 5 * MINUTE, allowed: true },
  ])('$name', ({ createdAt, allowed }) => {
    expect(paymentQueueView([row('o1', {}, { createdAt })], null, NOW).current?.closeAllowed).toBe(allowed);
  });

  it('the preview is the step\'s message for this buyer, with the time left before closing', () => {
    const current = paymentQueueView([row('o1')], null, NOW).current;
    expect(current?.preview).toContain('小鱼');
    expect(current?.preview).toContain('棉麻衬衫');
    expect(current?.itemsText).toBe('棉麻衬衫');
  });
});

describe('moving the pick', () => {
  const rows = [row('o1'), row('o2'), row('o3')];
  it.each([
    { name: 'down one row', index: 0, delta: 1, want: 'o2' },
    { name: 'up one row', index: 2, delta: -1, want: 'o2' },
    { name: 'not past the last row', index: 2, delta: 1, want: 'o3' },
    { name: 'not above the first row', index: 0, delta: -1, want: 'o1' },
  ])('moves $name', ({ index, delta, want }) => {
    expect(movePick(rows, index, delta)).toBe(want);
  });

  it('in an empty queue there is nothing to pick', () => {
    expect(movePick([], 0, 1)).toBeNull();
  });
});
