import { derivedIds, planEvent, type IngestPlan, type IngestView } from '@shared/domain/ingest';
import type { Buyer, Conversation, Message, Order, Review } from '@shared/schemas/entities';
import { EVENT, type IngestEvent, type JournaledEvent } from '@shared/schemas/ingest';
import type { XiaoerDb } from '../db';
import { alive, putTracked, type WriteContext } from '../repositories/tracked';
import { addProblem, countApplied, MAX_PARKED, readCursor, readParked, writeCursor, writeParked, INGEST_AGENT } from './state';

async function loadView(db: XiaoerDb, event: IngestEvent): Promise<IngestView> {
  const ids = derivedIds(event);
  const shop = await db.shops.get(event.shopId);
  const shopPlatform = alive(shop) ? shop.platform : null;
  const nick = 'buyerNick' in event ? event.buyerNick : null;
  const buyer = nick === null ? null : ((await db.buyers.where('[shopId+nick]').equals([event.shopId, nick]).toArray()).find(alive) ?? null);
  let conversation: Conversation | null = null;
  if (buyer && event.type === EVENT.message) {
    const convs = await db.conversations.where('buyerId').equals(buyer.id).toArray();
    conversation = convs.filter((c) => alive(c) && c.shopId === event.shopId).sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  }
  // 订单编号 is unique across the store (&orderNo), tombstoned rows included.
  const order = 'orderNo' in event ? ((await db.orders.where('orderNo').equals(event.orderNo).first()) ?? null) : null;
  const existing = new Set<string>();
  if (await db.messages.get(ids.message)) existing.add(ids.message);
  if (await db.reviews.get(ids.review)) existing.add(ids.review);
  return { shopPlatform, buyer, conversation, order, existingIds: existing };
}

async function write(db: XiaoerDb, plan: IngestPlan, ctx: WriteContext): Promise<void> {
  const w = plan.writes;
  if (w.buyers.length) await putTracked<Buyer>(db, 'buyers', w.buyers, ctx);
  if (w.conversations.length) await putTracked<Conversation>(db, 'conversations', w.conversations, ctx);
  if (w.messages.length) await putTracked<Message>(db, 'messages', w.messages, ctx);
  if (w.orders.length) await putTracked<Order>(db, 'orders', w.orders, ctx);
  if (w.reviews.length) await putTracked<Review>(db, 'reviews', w.reviews, ctx);
}

export type ApplyOutcome = IngestPlan['outcome'] | 'skipped';

/** Plans and writes one event; parked and refused ones are remembered for the 设置 screen. */
async function applyEvent(db: XiaoerDb, j: JournaledEvent, ctx: WriteContext): Promise<IngestPlan> {
  const view = await loadView(db, j.event);
  const plan = planEvent(j.event, view, ctx);
  if (view.order && !alive(view.order) && plan.outcome !== 'refused') {
    await addProblem(db, j, 'deletedOrder', ctx.now);
    return { ...plan, outcome: 'refused', reason: null, writes: { buyers: [], conversations: [], messages: [], orders: [], reviews: [] } };
  }
  await write(db, plan, ctx);
  if (plan.outcome === 'refused') await addProblem(db, j, plan.reason ?? 'refused', ctx.now);
  return plan;
}

/** Order events that waited for this order.created: planned again, oldest first. */
async function releaseParked(db: XiaoerDb, orderNo: string, ctx: WriteContext): Promise<number> {
  const parked = await readParked(db);
  const ready = parked.filter((p) => 'orderNo' in p.event && p.event.orderNo === orderNo).sort((a, b) => a.seq - b.seq);
  if (!ready.length) return 0;
  await writeParked(db, parked.filter((p) => !ready.includes(p)), ctx.now);
  let applied = 0;
  for (const p of ready) if ((await applyEvent(db, { seq: p.seq, receivedAt: p.at, event: p.event }, ctx)).outcome === 'applied') applied++;
  return applied;
}

/**
 * Applies one journaled event in one transaction together with the cursor, so it is applied
 * exactly once even when the renderer dies before acking and the host replays it.
 */
export async function applyJournaled(db: XiaoerDb, journalId: string, j: JournaledEvent, now: number): Promise<ApplyOutcome> {
  const ctx: WriteContext = { agentId: INGEST_AGENT, now };
  return db.transaction('rw', [db.shops, db.buyers, db.conversations, db.messages, db.orders, db.reviews, db.settings, db.changes], async () => {
    const cursor = await readCursor(db);
    if (cursor.journalId === journalId && j.seq <= cursor.seq) return 'skipped';
    const plan = await applyEvent(db, j, ctx);
    let applied = plan.outcome === 'applied' ? 1 : 0;
    if (plan.outcome === 'parked') {
      const parked = await readParked(db);
      const dropped = parked.length >= MAX_PARKED ? parked.slice(0, parked.length - MAX_PARKED + 1) : [];
      for (const d of dropped) await addProblem(db, d, 'parkedTooLong', now);
      await writeParked(db, [...parked.slice(dropped.length), { seq: j.seq, event: j.event, at: j.receivedAt }], now);
    }
    if (plan.outcome === 'applied' && j.event.type === EVENT.created) applied += await releaseParked(db, j.event.orderNo, ctx);
    if (applied) await countApplied(db, applied, now);
    await writeCursor(db, { journalId, seq: j.seq }, now);
    return plan.outcome;
  });
}
