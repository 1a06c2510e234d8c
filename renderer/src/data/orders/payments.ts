import Dexie from 'dexie';
import {
  buildPaymentMessage,
  canCloseUnpaid,
  nextReminder,
  openUnpaidSince,
  PAYMENT_OUTCOME_STOPPED,
  paymentSuccessRate,
  planReminders,
  type PaymentPolicy,
  type PaymentQueueRow,
  type PaymentSuccessRow,
  type PlannedReminder,
} from '@shared/domain/payments';
import { DAY, MINUTE } from '@shared/lib/time';
import { newId } from '@shared/lib/ids';
import type { Buyer, Order, Reminder, Shop } from '@shared/schemas/entities';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putOne, type WriteContext } from '../repositories/tracked';
import { liveShops, policyLookup } from './policy';
import { conversationWith, writeToBuyer } from '../repositories/conversations';
import { enqueueOutbox, withOutbox } from '../outbox/enqueue';

/**
 * 催付 work, computed — never stored. The scheduler (shared/domain/payments) decides from the
 * unpaid orders, the sent/stopped reminder rows and each shop's policy what is due now; stored
 * `payment` rows in state `due` (older demo data) are ignored, so the scheduler is the truth.
 */
export type PaymentChannel = 'chat' | 'sms' | 'phone';

export type PaymentWorkRow = PaymentQueueRow;

/**
 * Unpaid orders that can still be open at `at`: created after the longest auto-close window of
 * `policies` (older ones have closed on their own and are planned as nothing), read as one range
 * of [status+createdAt]. Years of expired unpaid orders are never read.
 */
export async function openUnpaidOrders(policies: readonly PaymentPolicy[], at: number): Promise<Order[]> {
  const since = openUnpaidSince(policies, at);
  const rows = await getDb().orders.where('[status+createdAt]').between(['unpaid', since], ['unpaid', Dexie.maxKey], false, true).toArray();
  return rows.filter(alive);
}

/**
 * Sent and stopped payment reminders recent enough to matter for still-open orders (the longest
 * auto-close window plus a day for the "reminded today" rule), from [kind+state+updatedAt].
 */
export async function paymentHistory(since: number): Promise<Reminder[]> {
  const r = getDb().reminders.where('[kind+state+updatedAt]');
  const [done, cancelled] = await Promise.all([
    r.between(['payment', 'done', since], ['payment', 'done', Dexie.maxKey]).toArray(),
    r.between(['payment', 'cancelled', since], ['payment', 'cancelled', Dexie.maxKey]).toArray(),
  ]);
  return done.concat(cancelled).filter(alive);
}

const historySince = (policies: readonly PaymentPolicy[], now: number): number =>
  now - Math.max(24 * 60, ...policies.map((p) => p.autoCloseMinutes)) * MINUTE - DAY;

export interface PlanStats {
  unpaid: number;
  history: number;
  /** Reading the open unpaid orders and their history off their indexes. */
  readMs: number;
  /** The pure scheduler over all of them. */
  planMs: number;
}

/**
 * The plan for every unpaid order that can still be open at `now` (due first, then scheduled,
 * then none). Reads are bounded by time: unpaid orders within the longest auto-close window and
 * the reminders sent within it, so the cost follows what can be due, not the size of the store.
 */
export async function planAll(now: number): Promise<{ plans: PlannedReminder[]; orders: Map<string, Order>; shops: Shop[]; policyOf: (shopId: string) => PaymentPolicy; stats: PlanStats }> {
  const t0 = performance.now();
  const shops = await liveShops();
  const policyOf = policyLookup(shops);
  // An order of a shop not (or no longer) in the store falls back to the default policy.
  const policies = [...shops.map((s) => policyOf(s.id)), policyOf('')];
  const [orders, history] = await Promise.all([openUnpaidOrders(policies, now), paymentHistory(historySince(policies, now))]);
  const t1 = performance.now();
  const plans = planReminders(orders, history, policyOf, now);
  const stats = { unpaid: orders.length, history: history.length, readMs: Math.round(t1 - t0), planMs: Math.round(performance.now() - t1) };
  return { plans, orders: new Map(orders.map((o) => [o.id, o])), shops, policyOf, stats };
}

/** The 催付 queue: reminders due now and those coming within `soonMs`, with the buyer and shop. */
export async function paymentQueue(now: number, soonMs = 30 * MINUTE): Promise<{ rows: PaymentWorkRow[]; stats: PlanStats }> {
  const { plans, orders, shops, policyOf, stats } = await planAll(now);
  const wanted = plans.filter((p) => p.kind === 'due' || (p.kind === 'scheduled' && (p.dueAt as number) <= now + soonMs));
  const buyers = await getDb().buyers.bulkGet([...new Set(wanted.map((p) => p.buyerId))]);
  const nick = new Map(buyers.filter(alive).map((b) => [b.id, b.nick]));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  const rows = wanted.map((plan) => ({ plan, order: orders.get(plan.orderId) as Order, buyerNick: nick.get(plan.buyerId) ?? '—', shopName: shopName.get(plan.shopId) ?? '', policy: policyOf(plan.shopId) }));
  return { rows, stats };
}

/** Payment reminder rows of one order (its 催付 history), oldest first. */
export async function orderPaymentHistory(orderId: string): Promise<Reminder[]> {
  const rows = await getDb().reminders.where('subjectId').equals(orderId).toArray();
  return rows.filter((r) => alive(r) && r.kind === 'payment' && r.state !== 'due').sort((a, b) => a.updatedAt - b.updatedAt);
}

export interface SendPaymentInput {
  orderId: string;
  channel: PaymentChannel;
  /** What happened (chat: 'sent'; phone: 'answered' / 'no-answer' / 'will-pay' …). */
  outcome: string;
}

/**
 * Sends (chat) or records (SMS, phone) the reminder the scheduler has due for this order: the
 * chat text goes into the buyer's conversation as the agent's message, and a `done` reminder row
 * is written — its `updatedAt`/`updatedBy` are the send time and agent used by 催付成功率.
 */
export async function sendPaymentReminder(input: SendPaymentInput, ctx: WriteContext): Promise<{ reminder: Reminder; text: string | null }> {
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.orders, db.reminders, db.shops, db.buyers, db.conversations, db.messages, db.changes]), async () => {
    const order = await db.orders.get(input.orderId);
    if (!alive(order)) throw refuse('notFound', 'orders', { id: input.orderId });
    if (order.status !== 'unpaid') throw refuse('orderNotUnpaid', 'orders', { orderNo: order.orderNo });
    const [shop, buyer, history] = await Promise.all([db.shops.get(order.shopId), db.buyers.get(order.buyerId), orderPaymentHistory(order.id)]);
    const policy = policyLookup(shop ? [shop] : [])(order.shopId);
    const plan = nextReminder(order, history, policy, ctx.now);
    const step = plan.step ?? Math.max(0, Math.min(history.filter((h) => h.state === 'done').length, policy.steps.length - 1));
    let text: string | null = null;
    if (input.channel !== 'phone') {
      text = buildPaymentMessage(
        { buyerNick: buyer?.nick ?? '', items: order.items, totalFen: order.totalFen, closeAt: plan.closeAt, now: ctx.now, shopName: shop?.name ?? '', step, channel: input.channel },
        policy,
      );
    }
    if (input.channel === 'chat' && text) await writeToBuyer(db, await conversationWith(order.buyerId, order.shopId, 'presale', ctx), text, ctx);
    const reminder = await putOne<Reminder>(db, 'reminders', {
      id: newId(),
      kind: 'payment',
      subjectId: order.id,
      buyerId: order.buyerId,
      shopId: order.shopId,
      label: `催付 ${order.orderNo}`,
      dueAt: plan.dueAt ?? ctx.now,
      attempt: plan.sent + 1,
      channel: input.channel,
      state: 'done',
      outcome: input.outcome.trim().slice(0, 200) || 'sent',
    }, ctx);
    return { reminder, text };
  });
}

/** The agent stops 催付 for an order (buyer said they will not buy, or asked not to be chased). */
export async function stopPaymentReminders(orderId: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const order = await db.orders.get(orderId);
  if (!alive(order)) throw refuse('notFound', 'orders', { id: orderId });
  await putOne<Reminder>(db, 'reminders', {
    id: newId(), kind: 'payment', subjectId: order.id, buyerId: order.buyerId, shopId: order.shopId, label: `催付 ${order.orderNo}`,
    dueAt: ctx.now, attempt: 0, channel: null, state: 'cancelled', outcome: PAYMENT_OUTCOME_STOPPED,
  }, ctx);
}

/** Closes an unpaid order for a reason; the platform allows it from 5 minutes after creation. */
export async function closeUnpaidOrder(orderId: string, reason: string, ctx: WriteContext): Promise<Order> {
  const why = reason.trim();
  if (!why) throw refuse('required', 'orders.closeReason');
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.orders, db.changes]), async () => {
    const order = await db.orders.get(orderId);
    if (!alive(order)) throw refuse('notFound', 'orders', { id: orderId });
    const check = canCloseUnpaid(order, ctx.now);
    if (!check.allowed) {
      throw check.reason === 'too-early'
        ? refuse('closeTooEarly', 'orders.status', { allowedAt: check.allowedAt as number, seconds: Math.ceil(((check.allowedAt as number) - ctx.now) / 1000) })
        : refuse('orderNotUnpaid', 'orders.status', { orderNo: order.orderNo });
    }
    const closed = await putOne<Order>(db, 'orders', { ...order, status: 'closed', closeReason: why.slice(0, 200) }, ctx);
    // Closed here means nothing to the buyer until the platform closes it too: the bridge does.
    await enqueueOutbox(db, { kind: 'closeOrder', orderId, reason: why.slice(0, 200) }, ctx);
    return closed;
  });
}

/** 催付成功率 rows for reminders sent in [since, until), grouped as asked (until open by default). */
export async function successRates(since: number, groupBy: ('agent' | 'shop' | 'day')[], until: number = Number.POSITIVE_INFINITY): Promise<PaymentSuccessRow[]> {
  const db = getDb();
  const shops = await liveShops();
  const policyOf = policyLookup(shops);
  const hi = Number.isFinite(until) ? until : Dexie.maxKey;
  const sent = (await db.reminders.where('[kind+state+updatedAt]').between(['payment', 'done', since], ['payment', 'done', hi], true, false).toArray()).filter(alive);
  const orders = (await db.orders.bulkGet([...new Set(sent.map((r) => r.subjectId))])).filter(alive);
  return paymentSuccessRate(sent, orders, groupBy, { autoCloseMinutes: (id) => policyOf(id).autoCloseMinutes });
}

export type { Buyer };
