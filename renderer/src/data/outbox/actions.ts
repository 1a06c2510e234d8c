import Dexie from 'dexie';
import { expiresAtFor, needsAlert, readShopDelivery, replyCountsAt, type OutboxRow, type ShopDelivery } from '@shared/domain/outbox';
import { newId } from '@shared/lib/ids';
import { refuse } from '@shared/lib/problem';
import { getDb } from '../store';
import { writeSetting } from '../repositories/settings';
import type { WriteContext } from '../repositories/tracked';
import { deliveryKey, shopDelivery } from './enqueue';

async function rowOf(id: string): Promise<OutboxRow> {
  const row = await getDb().outbox.get(id);
  if (!row) throw refuse('notFound', 'outbox', { id });
  return row;
}

/** The exact text went onto the clipboard (companion mode): the message shows 已复制. */
export async function markCopied(id: string, now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.outbox, async () => {
    const row = await rowOf(id);
    if (row.mode !== 'companion') return;
    await db.outbox.put({ ...row, state: 'copied', settledAt: row.settledAt ?? now });
  });
}

/**
 * 重发: a failed delivery goes out again as a new item (a new id, so a bridge that remembers the
 * failed id never mistakes it for a duplicate), with the next attempt number and a fresh expiry.
 * The failed row is marked handled: its alert stops.
 */
export async function resendDelivery(id: string, ctx: WriteContext): Promise<OutboxRow> {
  const db = getDb();
  return db.transaction('rw', [db.outbox, db.settings], async () => {
    const row = await rowOf(id);
    if (row.state !== 'failed') throw refuse('outboxNotFailed', 'outbox', { id });
    const delivery = await shopDelivery(db, row.shopId);
    const next: OutboxRow = {
      ...row,
      id: newId(),
      item: { ...row.item, id: '', createdAt: ctx.now, expiresAt: expiresAtFor(ctx.now, delivery) },
      mode: delivery.mode,
      state: delivery.mode === 'bridge' ? 'sending' : 'toCopy',
      createdAt: ctx.now, settledAt: null, reason: null, offeredTo: null, attempt: row.attempt + 1, handled: false,
    };
    next.item = { ...next.item, id: next.id };
    await db.outbox.put({ ...row, handled: true });
    await db.outbox.put(next);
    return next;
  });
}

/** The agent saw a failure and dealt with it another way: no more alerts for it. */
export async function dismissDelivery(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.outbox, async () => {
    await db.outbox.put({ ...(await rowOf(id)), handled: true });
  });
}

/** Outbox rows of one conversation's messages (the chat shows each message's state). */
export function deliveriesOf(conversationId: string): Promise<OutboxRow[]> {
  return getDb().outbox.where('conversationId').equals(conversationId).toArray();
}

/** Outbox rows of one order (memo, close, address). */
export function orderDeliveries(orderId: string): Promise<OutboxRow[]> {
  return getDb().outbox.where('orderId').equals(orderId).toArray();
}

/** Failed bridge deliveries nobody has dealt with yet: each raises an alert. */
export async function failedDeliveries(): Promise<OutboxRow[]> {
  const rows = await getDb().outbox.where('[state+createdAt]').between(['failed', Dexie.minKey], ['failed', Dexie.maxKey]).toArray();
  return rows.filter(needsAlert);
}

/** When each agent message of these conversations counts as a reply (delivery-aware; null = not yet). */
export async function replyTimes(conversationIds: readonly string[]): Promise<Map<string, OutboxRow[]>> {
  const rows = conversationIds.length ? await getDb().outbox.where('conversationId').anyOf([...conversationIds]).toArray() : [];
  const bySubject = new Map<string, OutboxRow[]>();
  for (const r of rows) bySubject.set(r.subjectId, [...(bySubject.get(r.subjectId) ?? []), r]);
  return bySubject;
}
export { replyCountsAt };

export async function readShopDeliveries(shopIds: readonly string[]): Promise<Record<string, ShopDelivery>> {
  const rows = await getDb().settings.bulkGet(shopIds.map(deliveryKey));
  return Object.fromEntries(shopIds.map((id, i) => [id, readShopDelivery(rows[i]?.value)]));
}

export async function saveShopDelivery(shopId: string, delivery: ShopDelivery, ctx: WriteContext): Promise<void> {
  await writeSetting(deliveryKey(shopId), readShopDelivery(delivery), ctx);
}
