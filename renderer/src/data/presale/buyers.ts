import type { Buyer, Order, Reminder, Remark, Review, Shop, Ticket } from '@shared/schemas/entities';
import { stripInvisible } from '@shared/lib/textHygiene';
import Dexie from 'dexie';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { appendAudit } from '../repositories/audit';
import { refuse } from '@shared/lib/problem';
import { alive, opened, putTracked, type WriteContext } from '../repositories/tracked';

export interface BuyerPanelData {
  buyer: Buyer;
  shop: Shop | undefined;
  orders: { order: Order; remarks: Remark[] }[];
  tickets: Ticket[];
  reviews: Review[];
  followUps: Reminder[];
  /** Status and amount of every order (not only the 20 listed), for the tier rule. */
  orderTotals: { status: Order['status']; totalFen: number }[];
}

/** Everything the buyer panel beside the chat shows, off the buyerId / subjectId indexes. */
export async function buyerPanel(buyerId: string): Promise<BuyerPanelData | null> {
  const db = getDb();
  const buyer = await db.buyers.get(buyerId);
  if (!alive(buyer)) return null;
  const [shop, orders, tickets, reviews, reminders] = await Promise.all([
    db.shops.get(buyer.shopId),
    db.orders.where('buyerId').equals(buyerId).toArray(),
    db.tickets.where('buyerId').equals(buyerId).toArray(),
    db.reviews.where('buyerId').equals(buyerId).toArray(),
    db.reminders.where('subjectId').equals(buyerId).toArray(),
  ]);
  const all = orders.filter(alive);
  const live = [...all].sort((a, b) => b.createdAt - a.createdAt).slice(0, 20);
  const remarks = await Promise.all(live.map((o) => db.remarks.where('[orderId+at]').between([o.id, Dexie.minKey], [o.id, Dexie.maxKey]).toArray()));
  return {
    buyer,
    shop,
    orders: live.map((order, i) => ({ order, remarks: (remarks[i] ?? []).filter(alive) })),
    tickets: tickets.filter(alive),
    reviews: reviews.filter(alive),
    followUps: reminders.filter((r) => alive(r) && r.kind === 'followup').sort((a, b) => a.dueAt - b.dueAt),
    orderTotals: all.map((o) => ({ status: o.status, totalFen: o.totalFen })),
  };
}

async function updateBuyer(buyerId: string, patch: (b: Buyer) => Partial<Buyer>, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.buyers, db.changes], async () => {
    const b = await db.buyers.get(buyerId);
    if (!alive(b)) throw refuse('notFound', 'buyers', { id: buyerId });
    await putTracked<Buyer>(db, 'buyers', [{ ...b, ...patch(b) }], ctx);
  });
}

export async function setBuyerTags(buyerId: string, tags: string[], ctx: WriteContext): Promise<void> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
  const long = clean.find((t) => t.length > 20);
  if (long) throw refuse('tooLong', 'buyers.tags', { max: 20, value: long });
  await updateBuyer(buyerId, () => ({ tags: clean }), ctx);
}

export async function setBuyerNotes(buyerId: string, notes: string, ctx: WriteContext): Promise<void> {
  await updateBuyer(buyerId, () => ({ notes: stripInvisible(notes) }), ctx);
}

export async function setBuyerTier(buyerId: string, tier: Buyer['tier'], ctx: WriteContext): Promise<void> {
  await updateBuyer(buyerId, () => ({ tier }), ctx);
}

/** A dated follow-up on a buyer; stored as a `followup` reminder so it feeds the tray. */
export async function addFollowUp(buyer: Buyer, label: string, dueAt: number, ctx: WriteContext): Promise<void> {
  if (!label.trim()) throw refuse('required', 'reminders.label');
  if (!Number.isFinite(dueAt)) throw refuse('required', 'reminders.dueAt');
  await putTracked<Reminder>(getDb(), 'reminders', [{
    id: newId(), kind: 'followup', subjectId: buyer.id, buyerId: buyer.id, shopId: buyer.shopId, label: label.trim(), dueAt, attempt: 0, channel: 'chat', state: 'due', outcome: null,
  }], ctx);
}

export async function completeFollowUp(reminder: Reminder, ctx: WriteContext): Promise<void> {
  await putTracked<Reminder>(getDb(), 'reminders', [{ ...reminder, state: 'done', outcome: 'done' }], ctx);
}

/**
 * Shows a buyer's full phone or address. Writes the audit entry (who, when, why) first; no
 * reason, no reveal.
 */
export async function revealBuyerContact(buyerId: string, field: 'phone' | 'address', reason: string, ctx: WriteContext): Promise<string> {
  const why = reason.trim();
  if (!why) throw refuse('required', 'audit.reason');
  const b = await getDb().buyers.get(buyerId);
  if (!alive(b) || !b.contactSecret) throw refuse('noContact', 'buyers', { id: buyerId });
  await appendAudit(`reveal:${field}`, buyerId, why, ctx);
  // Sealed in the store: opened only now, after the audit entry is written.
  const secret = (await opened('buyers', b)).contactSecret;
  if (!secret || typeof secret === 'string') throw refuse('noContact', 'buyers', { id: buyerId });
  return field === 'phone' ? secret.phone : `${secret.name} ${secret.address}`;
}

export async function auditOf(subjectId: string) {
  return getDb().audit.where('subjectId').equals(subjectId).toArray();
}

/** The buyer's most recent order, for the {订单号}/{金额}/{商品} variables of phrases. */
export async function latestOrderOf(buyerId: string): Promise<Order | null> {
  const rows = (await getDb().orders.where('buyerId').equals(buyerId).toArray()).filter(alive);
  return rows.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
}
