import type { Order, Reminder } from '../../schemas/entities';
import { DAY, MINUTE, SHANGHAI_OFFSET_MS, startOfShanghaiDay } from '../../lib/time';
import { clockMinutes, stepOffsetMinutes, type PaymentPolicy } from './policy';

/** What the scheduler needs of an order. Full `Order` rows fit. */
export type PaymentOrder = Pick<Order, 'id' | 'shopId' | 'buyerId' | 'status' | 'totalFen' | 'createdAt' | 'paidAt'> & { deletedAt?: number | null };

/**
 * What the scheduler needs of a reminder row. Full `Reminder` rows fit.
 * Only `kind: 'payment'` rows count. A row in state `done` is a sent reminder: it was sent at
 * `updatedAt` by `updatedBy` (the repository marks a reminder done when the agent sends it).
 * A row in state `cancelled` with outcome `PAYMENT_OUTCOME_STOPPED` means an agent stopped 催付
 * for that order. Rows in state `due` are the scheduler's own output materialised and are ignored.
 */
export type PaymentReminderLike = Pick<Reminder, 'kind' | 'subjectId' | 'buyerId' | 'state' | 'updatedAt' | 'updatedBy'> & {
  outcome?: string | null;
  deletedAt?: number | null;
};

export const PAYMENT_OUTCOME_STOPPED = 'stopped';
/** A seller may close an unpaid order from this long after it was created. */
export const SELLER_CLOSE_AFTER_MS = 5 * MINUTE;

export type ReminderChannel = 'chat' | 'sms';
export type NextReminderReason =
  // due / scheduled
  | 'step' // at the step's own time
  | 'min-gap' // held back by the minimum gap after the previous reminder (none: the gap reaches past auto-close)
  | 'quiet-hours' // moved to the end of hold hours
  | 'before-quiet-hours' // moved earlier: waiting for the end of hold hours would pass auto-close
  | 'buyer-reminded-today' // moved to the next day (scheduled) or dropped (none)
  // none
  | 'paid'
  | 'closed'
  | 'deleted'
  | 'stopped'
  | 'auto-closed'
  | 'below-min-amount'
  | 'cap-reached'
  | 'steps-done'
  | 'quiet-until-close';

export interface NextReminder {
  kind: 'due' | 'scheduled' | 'none';
  /** Index into `policy.steps` of the step the reminder serves (the latest step already passed when several were missed). */
  step: number | null;
  /** When it became (or becomes) due, epoch ms. For `due` this is ≤ now. */
  dueAt: number | null;
  channel: ReminderChannel | null;
  reason: NextReminderReason;
  /** Reminders already sent for this order. */
  sent: number;
  /** When the order closes on its own if still unpaid. */
  closeAt: number;
}

export interface NextReminderContext {
  /** Latest reminder sent to this buyer about another order (epoch ms), for the "reminded today" skip rule. */
  buyerLastRemindedElsewhereAt?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Compiled policy: sorted step times and quiet windows in ms, cached per policy object.

interface CompiledWindow {
  startMs: number; // ms since Shanghai midnight
  endMs: number;
  crosses: boolean;
  hold: boolean;
}
interface CompiledPolicy {
  closeMs: number;
  /** Step offsets in ms after creation, ascending, only those inside (0, close). */
  offsets: number[];
  /** Original index in policy.steps of each sorted offset. */
  stepIndex: number[];
  maxReminders: number;
  minGapMs: number;
  windows: CompiledWindow[];
  minAmountFen: number;
  buyerRemindedToday: boolean;
}

const compiled = new WeakMap<PaymentPolicy, CompiledPolicy>();

function compile(policy: PaymentPolicy): CompiledPolicy {
  const hit = compiled.get(policy);
  if (hit) return hit;
  const closeMs = policy.autoCloseMinutes * MINUTE;
  const list = policy.steps
    .map((s, i) => ({ i, at: stepOffsetMinutes(s, policy.autoCloseMinutes) * MINUTE }))
    .filter((s) => s.at > 0 && s.at < closeMs)
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const c: CompiledPolicy = {
    closeMs,
    offsets: list.map((s) => s.at),
    stepIndex: list.map((s) => s.i),
    maxReminders: policy.maxReminders,
    minGapMs: policy.minGapMinutes * MINUTE,
    windows: policy.quietHours
      .filter((w) => w.start !== w.end)
      .map((w) => {
        const s = clockMinutes(w.start) * MINUTE;
        const e = clockMinutes(w.end) * MINUTE;
        return { startMs: s, endMs: e, crosses: e < s, hold: w.mode === 'hold' };
      }),
    minAmountFen: policy.skip.minAmountFen,
    buyerRemindedToday: policy.skip.buyerRemindedToday,
  };
  compiled.set(policy, c);
  return c;
}

const msOfDay = (t: number): number => (((t + SHANGHAI_OFFSET_MS) % DAY) + DAY) % DAY;
const inWindow = (w: CompiledWindow, tod: number): boolean => (w.crosses ? tod >= w.startMs || tod < w.endMs : tod >= w.startMs && tod < w.endMs);

function windowAt(c: CompiledPolicy, t: number, hold: boolean): CompiledWindow | undefined {
  if (c.windows.length === 0) return undefined;
  const tod = msOfDay(t);
  return c.windows.find((w) => w.hold === hold && inWindow(w, tod));
}

/** Next occurrence (> t) of a wall-clock time of day. */
function nextTimeOfDay(t: number, tod: number): number {
  const at = startOfShanghaiDay(t) + tod;
  return at > t ? at : at + DAY;
}
/** Latest occurrence (≤ t) of a wall-clock time of day. */
function prevTimeOfDay(t: number, tod: number): number {
  const at = startOfShanghaiDay(t) + tod;
  return at <= t ? at : at - DAY;
}

/** First moment ≥ t outside hold hours (chained hold windows are followed). */
function release(c: CompiledPolicy, t: number): number {
  let at = t;
  for (let guard = 0; guard <= c.windows.length; guard++) {
    const w = windowAt(c, at, true);
    if (!w) return at;
    at = nextTimeOfDay(at, w.endMs);
  }
  return at;
}

const channelAt = (c: CompiledPolicy, t: number): ReminderChannel => (windowAt(c, t, false) ? 'sms' : 'chat');

// ---------------------------------------------------------------------------------------------

/** When an unpaid order closes on its own under `policy`. */
export function autoCloseAt(order: Pick<Order, 'createdAt'>, policy: PaymentPolicy): number {
  return order.createdAt + policy.autoCloseMinutes * MINUTE;
}

/**
 * The oldest creation time an unpaid order can have and still be open at `now` under any of
 * `policies`: older ones have auto-closed, so the scheduler plans nothing for them. Hot paths
 * read unpaid orders from here on, so their cost follows what can be due, not the store's age.
 */
export function openUnpaidSince(policies: readonly PaymentPolicy[], now: number): number {
  return now - Math.max(0, ...policies.map((p) => p.autoCloseMinutes)) * MINUTE;
}

export interface CloseUnpaidCheck {
  allowed: boolean;
  reason: 'ok' | 'not-unpaid' | 'too-early';
  /** From when the seller may close it (null when the order is not unpaid). */
  allowedAt: number | null;
}

/** A seller may close an unpaid order from 5 minutes after it was created. */
export function canCloseUnpaid(order: Pick<Order, 'status' | 'createdAt' | 'paidAt'>, now: number): CloseUnpaidCheck {
  if (order.status !== 'unpaid' || order.paidAt !== null) return { allowed: false, reason: 'not-unpaid', allowedAt: null };
  const allowedAt = order.createdAt + SELLER_CLOSE_AFTER_MS;
  return now >= allowedAt ? { allowed: true, reason: 'ok', allowedAt } : { allowed: false, reason: 'too-early', allowedAt };
}

const none = (reason: NextReminderReason, sent: number, closeAt: number): NextReminder => ({ kind: 'none', step: null, dueAt: null, channel: null, reason, sent, closeAt });

/** Sent reminders of one order. */
interface OrderHistory {
  sent: number;
  lastSentAt: number;
  stopped: boolean;
}

const emptyHistory = (): OrderHistory => ({ sent: 0, lastSentAt: -Infinity, stopped: false });

function note(h: OrderHistory, r: PaymentReminderLike): boolean {
  if (r.kind !== 'payment' || (r.deletedAt ?? null) !== null) return false;
  if (r.state === 'done') {
    h.sent++;
    if (r.updatedAt > h.lastSentAt) h.lastSentAt = r.updatedAt;
    return true;
  }
  if (r.state === 'cancelled' && r.outcome === PAYMENT_OUTCOME_STOPPED) h.stopped = true;
  return false;
}

/** Sorted index of the latest step whose time is ≤ t, at least `first`. */
function latestStepBy(c: CompiledPolicy, createdAt: number, first: number, t: number): number {
  let j = first;
  while (j + 1 < c.offsets.length && createdAt + (c.offsets[j + 1] as number) <= t) j++;
  return j;
}

function evaluate(order: PaymentOrder, h: OrderHistory, c: CompiledPolicy, now: number, buyerElsewhereAt: number | null): NextReminder {
  const closeAt = order.createdAt + c.closeMs;
  const { sent } = h;
  if ((order.deletedAt ?? null) !== null) return none('deleted', sent, closeAt);
  if (order.status === 'closed') return none('closed', sent, closeAt);
  if (order.status !== 'unpaid' || order.paidAt !== null) return none('paid', sent, closeAt);
  if (now >= closeAt) return none('auto-closed', sent, closeAt);
  if (h.stopped) return none('stopped', sent, closeAt);
  if (order.totalFen < c.minAmountFen) return none('below-min-amount', sent, closeAt);
  if (sent >= c.maxReminders) return none('cap-reached', sent, closeAt);

  // First step not yet covered: a sent reminder covers every step up to the time it was sent.
  let k = 0;
  while (k < c.offsets.length && order.createdAt + (c.offsets[k] as number) <= h.lastSentAt) k++;
  if (k >= c.offsets.length) return none('steps-done', sent, closeAt);

  const stepAt = order.createdAt + (c.offsets[k] as number);
  const gapAt = h.lastSentAt + c.minGapMs;
  const earliest = Math.max(stepAt, gapAt);
  if (earliest >= closeAt) return none('min-gap', sent, closeAt);
  const ownReason: NextReminderReason = gapAt > stepAt ? 'min-gap' : 'step';
  const stepFor = (t: number): number | null => c.stepIndex[latestStepBy(c, order.createdAt, k, t)] ?? null;

  // The first moment it could actually be sent: not before `earliest` nor `now`, outside hold hours.
  const from = Math.max(earliest, now);
  let slot = release(c, from);

  if (c.buyerRemindedToday && buyerElsewhereAt !== null && startOfShanghaiDay(buyerElsewhereAt) === startOfShanghaiDay(slot)) {
    slot = release(c, startOfShanghaiDay(slot) + DAY);
    if (slot >= closeAt) return none('buyer-reminded-today', sent, closeAt);
    return { kind: 'scheduled', step: stepFor(slot), dueAt: slot, channel: channelAt(c, slot), reason: 'buyer-reminded-today', sent, closeAt };
  }

  if (slot >= closeAt) {
    // Waiting out hold hours would miss the order: send in the last minute before they begin,
    // if that keeps the minimum gap after the order was placed and after the previous reminder,
    // and the hold hours have not begun yet.
    const hold = windowAt(c, from, true);
    if (hold) {
      const holdStart = prevTimeOfDay(from, hold.startMs);
      const at = Math.max(holdStart - MINUTE, order.createdAt + c.minGapMs, gapAt);
      if (now < holdStart && at < holdStart && !windowAt(c, at, true)) {
        const isDue = at <= now;
        return { kind: isDue ? 'due' : 'scheduled', step: c.stepIndex[k] ?? null, dueAt: at, channel: channelAt(c, isDue ? now : at), reason: 'before-quiet-hours', sent, closeAt };
      }
    }
    return none('quiet-until-close', sent, closeAt);
  }

  if (slot <= now) {
    // Due now. It became due at `earliest`, or at the end of the hold hours `earliest` fell into.
    const released = release(c, earliest);
    return {
      kind: 'due',
      step: stepFor(now),
      dueAt: Math.min(released, now),
      channel: channelAt(c, now),
      reason: released === earliest ? ownReason : 'quiet-hours',
      sent,
      closeAt,
    };
  }
  return { kind: 'scheduled', step: stepFor(slot), dueAt: slot, channel: channelAt(c, slot), reason: slot === from ? ownReason : 'quiet-hours', sent, closeAt };
}

/**
 * The next 催付 reminder of one order: `due` (send now), `scheduled` (at `dueAt`) or `none` (with
 * the reason). Payment, closing, an agent's stop, the cap or auto-close end the schedule.
 * `history` is this order's reminder rows (other orders' rows are ignored); `ctx` carries what
 * depends on the buyer's other orders.
 */
export function nextReminder(order: PaymentOrder, history: readonly PaymentReminderLike[], policy: PaymentPolicy, now: number, ctx: NextReminderContext = {}): NextReminder {
  const h = emptyHistory();
  for (const r of history) if (r.subjectId === order.id) note(h, r);
  return evaluate(order, h, compile(policy), now, ctx.buyerLastRemindedElsewhereAt ?? null);
}

export interface PlannedReminder extends NextReminder {
  orderId: string;
  shopId: string;
  buyerId: string;
}

interface BuyerTop2 {
  o1: string;
  t1: number;
  o2: string | null;
  t2: number;
}

/** Keeps, per buyer, the two orders with the latest sends (each order counted at its latest send). */
function noteBuyerSend(byBuyer: Map<string, BuyerTop2>, buyerId: string, orderId: string, at: number): void {
  const b = byBuyer.get(buyerId);
  if (!b) {
    byBuyer.set(buyerId, { o1: orderId, t1: at, o2: null, t2: -Infinity });
  } else if (orderId === b.o1) {
    if (at > b.t1) b.t1 = at;
  } else if (orderId === b.o2) {
    if (at > b.t2) b.t2 = at;
    if (b.t2 > b.t1) [b.o1, b.t1, b.o2, b.t2] = [orderId, b.t2, b.o1, b.t1];
  } else if (at > b.t1) {
    [b.o2, b.t2, b.o1, b.t1] = [b.o1, b.t1, orderId, at];
  } else if (at > b.t2) {
    b.o2 = orderId;
    b.t2 = at;
  }
}

/**
 * `nextReminder` for many orders at once (a worklist of tens of thousands): one pass indexes the
 * reminder rows by order and by buyer, then constant work per order. `histories` is every payment
 * reminder row the caller has, flat (other orders' rows feed the buyer "reminded today" rule).
 * `policy` is one policy or a per-shop lookup. Result: due first (oldest first), then scheduled
 * (soonest first), then none (in input order).
 */
export function planReminders(
  orders: readonly PaymentOrder[],
  histories: readonly PaymentReminderLike[],
  policy: PaymentPolicy | ((shopId: string) => PaymentPolicy),
  now: number,
): PlannedReminder[] {
  const byOrder = new Map<string, OrderHistory>();
  const byBuyer = new Map<string, BuyerTop2>();
  for (const r of histories) {
    let h = byOrder.get(r.subjectId);
    if (!h) byOrder.set(r.subjectId, (h = emptyHistory()));
    if (note(h, r) && r.buyerId !== null) noteBuyerSend(byBuyer, r.buyerId, r.subjectId, r.updatedAt);
  }

  const empty = emptyHistory();
  const policyOf = typeof policy === 'function' ? policy : () => policy;
  const due: PlannedReminder[] = [];
  const scheduled: PlannedReminder[] = [];
  const rest: PlannedReminder[] = [];
  for (const o of orders) {
    const b = byBuyer.get(o.buyerId);
    const elsewhere = b ? (b.o1 !== o.id ? b.t1 : b.o2 !== null ? b.t2 : null) : null;
    const r = evaluate(o, byOrder.get(o.id) ?? empty, compile(policyOf(o.shopId)), now, elsewhere);
    const p: PlannedReminder = { kind: r.kind, step: r.step, dueAt: r.dueAt, channel: r.channel, reason: r.reason, sent: r.sent, closeAt: r.closeAt, orderId: o.id, shopId: o.shopId, buyerId: o.buyerId };
    (r.kind === 'due' ? due : r.kind === 'scheduled' ? scheduled : rest).push(p);
  }
  const byTime = (a: PlannedReminder, b: PlannedReminder): number => (a.dueAt as number) - (b.dueAt as number) || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0);
  due.sort(byTime);
  scheduled.sort(byTime);
  return due.concat(scheduled, rest);
}
