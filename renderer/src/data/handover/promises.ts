import Dexie from 'dexie';
import type { Buyer, BuyerPromise, Order, Remark } from '@shared/schemas/entities';
import { newId } from '@shared/lib/ids';
import { promiseRemark } from '@shared/domain/promises';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putOne, type WriteContext } from '../repositories/tracked';

export type PromiseDraft = Pick<BuyerPromise, 'buyerId' | 'orderId' | 'caseId' | 'conversationId' | 'kind' | 'what' | 'dueAt'>;

/**
 * Records a promise. One about an order is also appended to the order's remarks, signed by the
 * agent, so whoever opens the order sees it even without the handover. Both in one transaction.
 */
export async function recordPromise(draft: PromiseDraft, ctx: WriteContext & { agentName: string }): Promise<BuyerPromise> {
  const db = getDb();
  return db.transaction('rw', [db.promises, db.remarks, db.buyers, db.orders, db.changes], async () => {
    const buyer = await db.buyers.get(draft.buyerId);
    if (!alive(buyer)) throw refuse('notFound', 'buyers', { id: draft.buyerId });
    const promise = await putOne<BuyerPromise>(db, 'promises', {
      id: newId(), shopId: buyer.shopId, ...draft, what: draft.what.trim(), promisedBy: ctx.agentId, promisedAt: ctx.now, state: 'open', closedBy: null, closedAt: null,
    }, ctx);
    if (draft.orderId) {
      await putOne<Remark>(db, 'remarks', { id: newId(), orderId: draft.orderId, agentId: ctx.agentId, agentName: ctx.agentName, text: promiseRemark(promise.what, promise.dueAt).slice(0, 500), at: ctx.now, flag: null }, ctx);
    }
    return promise;
  });
}

/** Keeping (or dropping) a promise closes it; the record stays for reports. */
export async function closePromise(id: string, state: 'kept' | 'cancelled', ctx: WriteContext): Promise<void> {
  const db = getDb();
  const p = await db.promises.get(id);
  if (!alive(p)) throw refuse('notFound', 'promises', { id });
  if (p.state !== 'open') return;
  await putOne<BuyerPromise>(db, 'promises', { ...p, state, closedBy: ctx.agentId, closedAt: ctx.now }, ctx);
}

export interface OpenPromiseRow {
  promise: BuyerPromise;
  buyer: Buyer | undefined;
  order: Order | undefined;
}

/** Open promises due by `until` (all when omitted), soonest first, from the [state+dueAt] index. */
export async function openPromises(until = Number.MAX_SAFE_INTEGER): Promise<OpenPromiseRow[]> {
  const db = getDb();
  const rows = (await db.promises.where('[state+dueAt]').between(['open', Dexie.minKey], ['open', until], true, true).toArray()).filter(alive);
  const [buyers, orders] = await Promise.all([db.buyers.bulkGet(rows.map((r) => r.buyerId)), db.orders.bulkGet(rows.map((r) => r.orderId ?? ''))]);
  return rows.map((promise, i) => ({ promise, buyer: buyers[i], order: promise.orderId ? orders[i] : undefined }));
}

/** A buyer's latest orders, to attach a promise to (most recent first). */
export async function recentOrdersOf(buyerId: string, limit = 5): Promise<Order[]> {
  const rows = (await getDb().orders.where('buyerId').equals(buyerId).toArray()).filter(alive);
  return rows.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
}

/** A buyer's open promises (or only those about one case), soonest first, from the buyerId index. */
export async function openPromisesOf(buyerId: string, caseId: string | null = null): Promise<BuyerPromise[]> {
  const rows = (await getDb().promises.where('buyerId').equals(buyerId).toArray()).filter((p) => alive(p) && p.state === 'open' && (caseId === null || p.caseId === caseId));
  return rows.sort((a, b) => a.dueAt - b.dueAt);
}
