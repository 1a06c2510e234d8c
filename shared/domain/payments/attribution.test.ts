import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { paymentSuccessRate, type AttributionOrder, type SuccessGroupKey } from './attribution';
import type { PaymentReminderLike } from './scheduler';

const at = (day: number, hour: number, minute = 0): number => fromShanghai(2025, 3, day, hour, minute);

const o = (id: string, createdAt: number, paidAt: number | null, shopId = 's1', totalFen = 10_000): AttributionOrder => ({ id, shopId, createdAt, paidAt, totalFen });
const r = (orderId: string, when: number, agent: string, over: Partial<PaymentReminderLike> = {}): PaymentReminderLike => ({
  kind: 'payment',
  subjectId: orderId,
  buyerId: 'b',
  state: 'done',
  updatedAt: when,
  updatedBy: agent,
  ...over,
});

const orders: AttributionOrder[] = [
  o('paidAfterA', at(10, 9), at(10, 10)), // A reminded 09:10, paid 10:00 → success for A
  o('unpaidA', at(10, 9), null), // A reminded, never paid
  o('paidBeforeB', at(10, 9), at(10, 9, 5)), // B reminded after payment → not a 催付
  o('handoverAB', at(10, 20), at(11, 9), 's2', 25_000), // A 20:10 day 10, B 08:30 day 11, paid 09:00 → credited to B on day 11
  o('paidTooLate', at(10, 12), at(11, 13)), // paid after the 24 h window (data oddity) → reminded, not success
  o('noReminder', at(10, 12), at(10, 13)), // never reminded → not counted
];
const reminders: PaymentReminderLike[] = [
  r('paidAfterA', at(10, 9, 10), 'A'),
  r('unpaidA', at(10, 9, 10), 'A'),
  r('unpaidA', at(10, 11), 'A'),
  r('paidBeforeB', at(10, 9, 30), 'B'),
  r('handoverAB', at(10, 20, 10), 'A'),
  r('handoverAB', at(11, 8, 30), 'B'),
  r('paidTooLate', at(10, 12, 10), 'B'),
  r('noReminder', at(10, 12, 5), 'A', { state: 'due' }), // only scheduled, never sent
  r('noReminder', at(10, 12, 6), 'A', { kind: 'followup' }),
  r('ghost', at(10, 12), 'A'), // order not in the list
];

describe('paymentSuccessRate', () => {
  it.each<{ groupBy: SuccessGroupKey[]; want: { agentId: string | null; shopId: string | null; day: string | null; reminded: number; paid: number; rate: number; paidFen: number }[] }>([
    { groupBy: [], want: [{ agentId: null, shopId: null, day: null, reminded: 4, paid: 2, rate: 0.5, paidFen: 35_000 }] },
    {
      groupBy: ['agent'],
      want: [
        { agentId: 'A', shopId: null, day: null, reminded: 2, paid: 1, rate: 0.5, paidFen: 10_000 },
        { agentId: 'B', shopId: null, day: null, reminded: 2, paid: 1, rate: 0.5, paidFen: 25_000 },
      ],
    },
    {
      groupBy: ['shop'],
      want: [
        { agentId: null, shopId: 's1', day: null, reminded: 3, paid: 1, rate: 1 / 3, paidFen: 10_000 },
        { agentId: null, shopId: 's2', day: null, reminded: 1, paid: 1, rate: 1, paidFen: 25_000 },
      ],
    },
    {
      groupBy: ['agent', 'shop', 'day'],
      want: [
        { agentId: 'A', shopId: 's1', day: '2025-03-10', reminded: 2, paid: 1, rate: 0.5, paidFen: 10_000 },
        { agentId: 'B', shopId: 's1', day: '2025-03-10', reminded: 1, paid: 0, rate: 0, paidFen: 0 },
        { agentId: 'B', shopId: 's2', day: '2025-03-11', reminded: 1, paid: 1, rate: 1, paidFen: 25_000 },
      ],
    },
  ])('grouped by [$groupBy]', ({ groupBy, want }) => {
    expect(paymentSuccessRate(reminders, orders, groupBy)).toEqual(want);
  });

  it('uses the shop window: a 30-minute promotion makes a late payment not count', () => {
    const promo = [o('p', at(12, 10), at(12, 10, 40))];
    const rem = [r('p', at(12, 10, 10), 'A')];
    expect(paymentSuccessRate(rem, promo, [])[0]).toMatchObject({ reminded: 1, paid: 1 });
    expect(paymentSuccessRate(rem, promo, [], { autoCloseMinutes: () => 30 })[0]).toMatchObject({ reminded: 1, paid: 0 });
  });

  it('ignores reminders sent after the window closed', () => {
    const rows = paymentSuccessRate([r('x', at(13, 10, 30), 'A')], [o('x', at(12, 10), null)], []);
    expect(rows).toEqual([]);
  });

  it('group totals add up to the overall figure', () => {
    const total = paymentSuccessRate(reminders, orders, [])[0];
    const rows = paymentSuccessRate(reminders, orders, ['agent', 'day']);
    expect(rows.reduce((n, x) => n + x.reminded, 0)).toBe(total?.reminded);
    expect(rows.reduce((n, x) => n + x.paid, 0)).toBe(total?.paid);
  });
});
