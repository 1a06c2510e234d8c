import { describe, expect, it } from 'vitest';
import { fromShanghai, MINUTE, HOUR } from '../../lib/time';
import { DEFAULT_PAYMENT_POLICY, PROMOTION_PAYMENT_POLICY, type PaymentPolicy } from './policy';
import {
  autoCloseAt,
  canCloseUnpaid,
  nextReminder,
  openUnpaidSince,
  PAYMENT_OUTCOME_STOPPED,
  planReminders,
  type NextReminder,
  type PaymentOrder,
  type PaymentReminderLike,
} from './scheduler';

// Monday 2025-03-10 in Asia/Shanghai.
const at = (hour: number, minute = 0, dayOffset = 0): number => fromShanghai(2025, 3, 10 + dayOffset, hour, minute);

const order = (createdAt: number, over: Partial<PaymentOrder> = {}): PaymentOrder => ({
  id: 'o1',
  shopId: 's1',
  buyerId: 'b1',
  status: 'unpaid',
  totalFen: 12_800,
  createdAt,
  paidAt: null,
  ...over,
});

const sent = (when: number, over: Partial<PaymentReminderLike> = {}): PaymentReminderLike => ({
  kind: 'payment',
  subjectId: 'o1',
  buyerId: 'b1',
  state: 'done',
  updatedAt: when,
  updatedBy: 'agentA',
  outcome: null,
  ...over,
});

const NO_QUIET: PaymentPolicy = { ...DEFAULT_PAYMENT_POLICY, quietHours: [] };

type Expect = Partial<Pick<NextReminder, 'kind' | 'step' | 'dueAt' | 'channel' | 'reason' | 'sent'>>;
interface Case {
  name: string;
  order: PaymentOrder;
  history?: PaymentReminderLike[];
  policy?: PaymentPolicy;
  now: number;
  ctx?: { buyerLastRemindedElsewhereAt?: number | null };
  want: Expect;
}

const cases: Case[] = [
  // --- steps (default: +10 min, +2 h, 1 h before a 24 h close) ---
  { name: 'before the first step: scheduled at +10 min', order: order(at(10)), now: at(10, 5), want: { kind: 'scheduled', step: 0, dueAt: at(10, 10), channel: 'chat', reason: 'step' } },
  { name: 'at +10 min: due', order: order(at(10)), now: at(10, 10), want: { kind: 'due', step: 0, dueAt: at(10, 10), channel: 'chat', reason: 'step' } },
  { name: 'first sent: second step at +2 h', order: order(at(10)), history: [sent(at(10, 12))], now: at(10, 20), want: { kind: 'scheduled', step: 1, dueAt: at(12), reason: 'step', sent: 1 } },
  { name: 'second step due', order: order(at(10)), history: [sent(at(10, 12))], now: at(12, 30), want: { kind: 'due', step: 1, dueAt: at(12), channel: 'chat' } },
  { name: 'missed steps merge into one reminder for the latest passed step', order: order(at(10)), now: at(12, 30), want: { kind: 'due', step: 1, dueAt: at(10, 10), sent: 0 } },
  { name: 'two sent: before-close step next day 09:00', order: order(at(10)), history: [sent(at(10, 12)), sent(at(12, 5))], now: at(12, 6), want: { kind: 'scheduled', step: 2, dueAt: at(9, 0, 1), channel: 'chat', reason: 'step' } },
  { name: 'min gap holds back a step after a manual reminder', order: order(at(10)), history: [sent(at(11, 50))], now: at(11, 55), want: { kind: 'scheduled', step: 1, dueAt: at(12, 20), reason: 'min-gap' } },
  // --- caps ---
  { name: 'cap of 3 reached', order: order(at(10)), history: [sent(at(10, 12)), sent(at(12, 5)), sent(at(9, 1, 1))], now: at(9, 30, 1), want: { kind: 'none', reason: 'cap-reached', sent: 3 } },
  { name: 'cap of 1 reached after one send', order: order(at(10)), policy: { ...DEFAULT_PAYMENT_POLICY, maxReminders: 1 }, history: [sent(at(10, 12))], now: at(12, 30), want: { kind: 'none', reason: 'cap-reached' } },
  { name: 'maxReminders 0 switches 催付 off', order: order(at(10)), policy: { ...DEFAULT_PAYMENT_POLICY, maxReminders: 0 }, now: at(10, 30), want: { kind: 'none', reason: 'cap-reached' } },
  { name: 'all steps covered under a higher cap', order: order(at(10)), policy: { ...DEFAULT_PAYMENT_POLICY, maxReminders: 5 }, history: [sent(at(9, 10, 1))], now: at(9, 20, 1), want: { kind: 'none', reason: 'steps-done' } },
  // --- stops ---
  { name: 'paid stops it', order: order(at(10), { status: 'paid', paidAt: at(10, 30) }), now: at(12, 30), want: { kind: 'none', reason: 'paid' } },
  { name: 'paidAt set while status still unpaid stops it', order: order(at(10), { paidAt: at(10, 30) }), now: at(12, 30), want: { kind: 'none', reason: 'paid' } },
  { name: 'shipped counts as paid', order: order(at(10), { status: 'shipped', paidAt: at(10, 30) }), now: at(12, 30), want: { kind: 'none', reason: 'paid' } },
  { name: 'closed (cancelled) stops it', order: order(at(10), { status: 'closed' }), now: at(10, 30), want: { kind: 'none', reason: 'closed' } },
  { name: 'tombstoned order', order: order(at(10), { deletedAt: at(10, 20) }), now: at(10, 30), want: { kind: 'none', reason: 'deleted' } },
  { name: 'an agent stopped 催付', order: order(at(10)), history: [sent(at(10, 12)), sent(at(10, 20), { state: 'cancelled', outcome: PAYMENT_OUTCOME_STOPPED })], now: at(12, 30), want: { kind: 'none', reason: 'stopped' } },
  { name: 'a cancelled row without the stop outcome does not stop', order: order(at(10)), history: [sent(at(10, 20), { state: 'cancelled', outcome: 'rescheduled' })], now: at(10, 30), want: { kind: 'due', step: 0 } },
  { name: 'open (due) rows, other kinds and other orders are ignored', order: order(at(10)), history: [sent(at(10, 12), { state: 'due' }), sent(at(10, 12), { kind: 'followup' }), sent(at(10, 12), { subjectId: 'o2' })], now: at(10, 30), want: { kind: 'due', step: 0, sent: 0 } },
  // --- auto-close ---
  { name: 'past 24 h: auto-closed', order: order(at(10)), now: at(10, 0, 1), want: { kind: 'none', reason: 'auto-closed' } },
  { name: 'one minute before close, before-close step still due', order: order(at(10)), history: [sent(at(10, 12)), sent(at(12, 5))], now: at(9, 59, 1), want: { kind: 'due', step: 2 } },
  // --- quiet hours (20:00–22:00 SMS, 22:00–08:00 hold) ---
  { name: 'step in SMS hours suggests SMS', order: order(at(19, 55)), now: at(19, 58), want: { kind: 'scheduled', step: 0, dueAt: at(20, 5), channel: 'sms', reason: 'step' } },
  { name: 'due inside SMS hours is sent by SMS', order: order(at(19, 55)), now: at(20, 30), want: { kind: 'due', channel: 'sms' } },
  { name: 'step in hold hours waits until 08:00', order: order(at(21, 55)), now: at(21, 58), want: { kind: 'scheduled', step: 1, dueAt: at(8, 0, 1), channel: 'chat', reason: 'quiet-hours' } },
  { name: 'now inside hold hours: nothing due until 08:00', order: order(at(15)), history: [sent(at(15, 12))], now: at(23, 0), want: { kind: 'scheduled', dueAt: at(8, 0, 1), reason: 'quiet-hours' } },
  { name: 'no quiet hours: a night step is a night step', order: order(at(23, 50)), policy: NO_QUIET, now: at(23, 55), want: { kind: 'scheduled', step: 0, dueAt: at(0, 0, 1), channel: 'chat', reason: 'step' } },
  // --- order created at 23:50 ---
  { name: '23:50 order: first reminder waits for 08:00 (covers +10 min and +2 h)', order: order(at(23, 50)), now: at(23, 55), want: { kind: 'scheduled', step: 1, dueAt: at(8, 0, 1), reason: 'quiet-hours' } },
  { name: '23:50 order: due at 08:00', order: order(at(23, 50)), now: at(8, 0, 1), want: { kind: 'due', step: 1, dueAt: at(8, 0, 1), channel: 'chat', reason: 'quiet-hours' } },
  {
    name: '23:50 order: before-close step (22:50) falls in hold hours and is pulled to 21:59 by SMS',
    order: order(at(23, 50)),
    history: [sent(at(8, 3, 1))],
    now: at(8, 10, 1),
    want: { kind: 'scheduled', step: 2, dueAt: at(21, 59, 1), channel: 'sms', reason: 'before-quiet-hours' },
  },
  { name: '23:50 order: pulled reminder is due at 21:59', order: order(at(23, 50)), history: [sent(at(8, 3, 1))], now: at(21, 59, 1), want: { kind: 'due', step: 2, channel: 'sms', reason: 'before-quiet-hours' } },
  { name: '23:50 order: missed the pulled slot, hold hours run to close', order: order(at(23, 50)), history: [sent(at(8, 3, 1))], now: at(22, 30, 1), want: { kind: 'none', reason: 'quiet-until-close' } },
  // --- 30-minute promotion window (+10 min, 10 min before close, cap 2, gap 5) ---
  { name: 'promotion: first step at +10 min', order: order(at(14)), policy: PROMOTION_PAYMENT_POLICY, now: at(14, 5), want: { kind: 'scheduled', step: 0, dueAt: at(14, 10) } },
  { name: 'promotion: second step at +20 min', order: order(at(14)), policy: PROMOTION_PAYMENT_POLICY, history: [sent(at(14, 11))], now: at(14, 15), want: { kind: 'scheduled', step: 1, dueAt: at(14, 20), reason: 'step' } },
  { name: 'promotion: cap 2', order: order(at(14)), policy: PROMOTION_PAYMENT_POLICY, history: [sent(at(14, 11)), sent(at(14, 21))], now: at(14, 25), want: { kind: 'none', reason: 'cap-reached' } },
  { name: 'promotion: closes at +30 min', order: order(at(14)), policy: PROMOTION_PAYMENT_POLICY, now: at(14, 30), want: { kind: 'none', reason: 'auto-closed' } },
  { name: 'promotion: paid at +25 min stops it', order: order(at(14), { status: 'paid', paidAt: at(14, 25) }), policy: PROMOTION_PAYMENT_POLICY, now: at(14, 26), want: { kind: 'none', reason: 'paid' } },
  { name: 'promotion at 21:45: first by SMS', order: order(at(21, 45)), policy: PROMOTION_PAYMENT_POLICY, now: at(21, 46), want: { kind: 'scheduled', dueAt: at(21, 55), channel: 'sms' } },
  { name: 'promotion at 21:45: second would fall in hold hours, no room before them', order: order(at(21, 45)), policy: PROMOTION_PAYMENT_POLICY, history: [sent(at(21, 56))], now: at(21, 57), want: { kind: 'none', reason: 'quiet-until-close' } },
  // --- skip rules ---
  { name: 'below the minimum amount', order: order(at(10), { totalFen: 999 }), policy: { ...DEFAULT_PAYMENT_POLICY, skip: { minAmountFen: 1000, buyerRemindedToday: true } }, now: at(10, 30), want: { kind: 'none', reason: 'below-min-amount' } },
  { name: 'at the minimum amount', order: order(at(10), { totalFen: 1000 }), policy: { ...DEFAULT_PAYMENT_POLICY, skip: { minAmountFen: 1000, buyerRemindedToday: true } }, now: at(10, 30), want: { kind: 'due' } },
  { name: 'buyer reminded today for another order: next day 08:00', order: order(at(10)), ctx: { buyerLastRemindedElsewhereAt: at(9, 30) }, now: at(10, 15), want: { kind: 'scheduled', step: 1, dueAt: at(8, 0, 1), reason: 'buyer-reminded-today' } },
  { name: 'buyer reminded yesterday: no effect', order: order(at(10)), ctx: { buyerLastRemindedElsewhereAt: at(21, 0, -1) }, now: at(10, 15), want: { kind: 'due', step: 0 } },
  { name: 'skip rule off', order: order(at(10)), policy: { ...DEFAULT_PAYMENT_POLICY, skip: { minAmountFen: 0, buyerRemindedToday: false } }, ctx: { buyerLastRemindedElsewhereAt: at(9, 30) }, now: at(10, 15), want: { kind: 'due' } },
  { name: 'buyer reminded today, promotion closes before tomorrow', order: order(at(10)), policy: PROMOTION_PAYMENT_POLICY, ctx: { buyerLastRemindedElsewhereAt: at(9, 50) }, now: at(10, 12), want: { kind: 'none', reason: 'buyer-reminded-today' } },
];

describe('nextReminder', () => {
  it.each(cases)('$name', ({ order: o, history = [], policy = DEFAULT_PAYMENT_POLICY, now, ctx, want }) => {
    const got = nextReminder(o, history, policy, now, ctx);
    expect(got).toMatchObject(want);
    if (got.kind === 'none') expect(got).toMatchObject({ step: null, dueAt: null, channel: null });
    if (got.kind === 'due') expect(got.dueAt).toBeLessThanOrEqual(now);
    if (got.kind === 'scheduled') expect(got.dueAt).toBeGreaterThan(now);
    expect(got.closeAt).toBe(autoCloseAt(o, policy));
  });

  it('reports the original step index when the policy lists steps out of order', () => {
    const policy: PaymentPolicy = { ...NO_QUIET, steps: [{ anchor: 'beforeClose', minutes: 60 }, { anchor: 'created', minutes: 10 }] };
    expect(nextReminder(order(at(10)), [], policy, at(10, 1))).toMatchObject({ step: 1, dueAt: at(10, 10) });
  });
});

describe('autoCloseAt', () => {
  it.each([
    { policy: DEFAULT_PAYMENT_POLICY, want: at(10, 0, 1) },
    { policy: PROMOTION_PAYMENT_POLICY, want: at(10, 30) },
  ])('closes after $policy.autoCloseMinutes min', ({ policy, want }) => {
    expect(autoCloseAt(order(at(10)), policy)).toBe(want);
  });
});

describe('canCloseUnpaid', () => {
  it.each([
    { name: '4 min 59 s after creation: too early', o: order(at(10)), now: at(10, 5) - 1000, want: { allowed: false, reason: 'too-early', allowedAt: at(10, 5) } },
    { name: 'exactly 5 min after: allowed', o: order(at(10)), now: at(10, 5), want: { allowed: true, reason: 'ok', allowedAt: at(10, 5) } },
    { name: 'an hour after: allowed', o: order(at(10)), now: at(11), want: { allowed: true } },
    { name: 'paid order', o: order(at(10), { status: 'paid', paidAt: at(10, 1) }), now: at(11), want: { allowed: false, reason: 'not-unpaid', allowedAt: null } },
    { name: 'already closed', o: order(at(10), { status: 'closed' }), now: at(11), want: { allowed: false, reason: 'not-unpaid' } },
  ])('$name', ({ o, now, want }) => {
    expect(canCloseUnpaid(o, now)).toMatchObject(want);
  });
});

describe('planReminders', () => {
  it('sorts due (oldest first), then scheduled (soonest first), then none', () => {
    const orders = [order(at(10), { id: 'late' }), order(at(9), { id: 'old' }), order(at(10, 25), { id: 'soon' }), order(at(10), { id: 'paid', status: 'paid', paidAt: at(10, 1) })];
    const plan = planReminders(orders, [], NO_QUIET, at(10, 30));
    expect(plan.map((p) => [p.orderId, p.kind])).toEqual([
      ['old', 'due'],
      ['late', 'due'],
      ['soon', 'scheduled'],
      ['paid', 'none'],
    ]);
    expect(plan[0]).toMatchObject({ orderId: 'old', shopId: 's1', buyerId: 'b1', step: 0, dueAt: at(9, 10) });
  });

  it('applies the buyer rule across orders from the flat history', () => {
    const orders = [order(at(9), { id: 'a' }), order(at(10), { id: 'b' }), order(at(10), { id: 'c', buyerId: 'b2' })];
    const histories = [sent(at(9, 15), { subjectId: 'a' })];
    const plan = new Map(planReminders(orders, histories, DEFAULT_PAYMENT_POLICY, at(10, 20)).map((p) => [p.orderId, p]));
    expect(plan.get('a')).toMatchObject({ kind: 'scheduled', step: 1, dueAt: at(11) }); // its own send does not count against it
    expect(plan.get('b')).toMatchObject({ kind: 'scheduled', reason: 'buyer-reminded-today', dueAt: at(8, 0, 1) });
    expect(plan.get('c')).toMatchObject({ kind: 'due', step: 0 });
  });

  it('takes a per-shop policy', () => {
    const orders = [order(at(14), { id: 'promo', shopId: 'p' }), order(at(14), { id: 'normal', shopId: 'n' })];
    const plan = new Map(planReminders(orders, [], (shopId) => (shopId === 'p' ? PROMOTION_PAYMENT_POLICY : DEFAULT_PAYMENT_POLICY), at(14, 35)).map((p) => [p.orderId, p]));
    expect(plan.get('promo')).toMatchObject({ kind: 'none', reason: 'auto-closed' });
    expect(plan.get('normal')).toMatchObject({ kind: 'due', step: 0 });
  });

  it('agrees with nextReminder order by order (generated store)', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const now = at(15, 0, 2);
    const orders: PaymentOrder[] = [];
    const histories: PaymentReminderLike[] = [];
    const statuses = ['unpaid', 'unpaid', 'unpaid', 'unpaid', 'paid', 'closed'] as const;
    for (let i = 0; i < 400; i++) {
      const createdAt = now - rand(30 * 60) * MINUTE;
      const status = statuses[rand(statuses.length)] ?? 'unpaid';
      const o = order(createdAt, { id: `o${i}`, buyerId: `b${rand(60)}`, status, paidAt: status === 'paid' ? createdAt + HOUR : null, totalFen: rand(50_000) });
      orders.push(o);
      for (let j = rand(4); j > 0; j--) {
        const when = Math.min(now, createdAt + rand(26 * 60) * MINUTE);
        histories.push(sent(when, { subjectId: o.id, buyerId: o.buyerId, updatedBy: `agent${rand(3)}`, state: rand(10) === 0 ? 'cancelled' : 'done', outcome: rand(2) ? PAYMENT_OUTCOME_STOPPED : null }));
      }
    }
    const policy: PaymentPolicy = { ...DEFAULT_PAYMENT_POLICY, skip: { minAmountFen: 500, buyerRemindedToday: true } };
    const plan = new Map(planReminders(orders, histories, policy, now).map((p) => [p.orderId, p]));
    for (const o of orders) {
      const elsewhere = histories.filter((r) => r.state === 'done' && r.buyerId === o.buyerId && r.subjectId !== o.id).reduce<number | null>((m, r) => (m === null || r.updatedAt > m ? r.updatedAt : m), null);
      const single = nextReminder(o, histories, policy, now, { buyerLastRemindedElsewhereAt: elsewhere });
      const { orderId: _o, shopId: _s, buyerId: _b, ...batch } = plan.get(o.id) ?? ({} as never);
      expect(batch, o.id).toEqual(single);
    }
    const kinds = new Set([...plan.values()].map((p) => p.kind));
    expect(kinds).toEqual(new Set(['due', 'scheduled', 'none']));
  });
});

describe('openUnpaidSince', () => {
  it.each([
    { name: 'one shop on the default policy: 24 h back', policies: [DEFAULT_PAYMENT_POLICY], want: at(10, 0, -1) },
    { name: 'a promotion shop beside a default one: the longer window counts', policies: [PROMOTION_PAYMENT_POLICY, DEFAULT_PAYMENT_POLICY], want: at(10, 0, -1) },
    { name: 'only promotion shops: 30 min back', policies: [PROMOTION_PAYMENT_POLICY], want: at(9, 30) },
    { name: 'no policy at all: nothing older than now', policies: [], want: at(10) },
  ])('$name', ({ policies, want }) => {
    expect(openUnpaidSince(policies, at(10))).toBe(want);
  });

  it.each([
    { name: 'an order created at the bound has auto-closed', createdAt: at(10, 0, -1), want: 'none' },
    { name: 'an order created a minute after the bound is still planned', createdAt: at(10, 1, -1), want: 'due' },
  ])('$name', ({ createdAt, want }) => {
    const now = at(10);
    expect(createdAt > openUnpaidSince([DEFAULT_PAYMENT_POLICY], now)).toBe(want !== 'none');
    expect(nextReminder(order(createdAt), [], NO_QUIET, now).kind).toBe(want);
  });
});
