import Dexie, { type Table } from 'dexie';
import { expiresAtFor, readShopDelivery, type OutboxRow, type ShopDelivery } from '@shared/domain/outbox';
import { newId } from '@shared/lib/ids';
import { refuse } from '@shared/lib/problem';
import type { OutboxItem } from '@shared/schemas/outbox';
import type { XiaoerDb } from '../db';
import type { WriteContext } from '../repositories/tracked';

/** Where a shop's delivery mode is kept: per PC (the bridge and the clipboard are this PC's). */
export const deliveryKey = (shopId: string): string => `outbox.delivery.${shopId}`;

/**
 * The tables an outbox write reads and writes. A transaction that calls `enqueueOutbox` lists
 * these beside its own (`withOutbox`), so the item lands with its record or not at all.
 */
export function withOutbox(db: XiaoerDb, tables: readonly Table[]): Table[] {
  const all = [...tables, db.outbox, db.shops, db.settings, db.buyers, db.orders];
  return all.filter((t, i) => all.findIndex((x) => x.name === t.name) === i);
}

/** What a record asks to send; the shop, platform, buyer nick and 订单编号 are looked up here. */
export type OutboxDraft =
  | { kind: 'message'; subjectId: string; conversationId: string; shopId: string; buyerId: string; text: string; orderId?: string | null }
  | { kind: 'memo'; subjectId: string; orderId: string; memo: string; bytes: number; flag: number | null }
  | { kind: 'closeOrder'; orderId: string; reason: string }
  | { kind: 'changeAddress'; orderId: string; address: string }
  | { kind: 'reviewReply'; subjectId: string; orderId: string; text: string };

type Listener = (row: OutboxRow) => void;
const listeners = new Set<Listener>();

/** Told after the transaction that wrote a row committed (never for a rolled-back write). */
export function onOutboxWritten(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const announce = (row: OutboxRow): void => {
  for (const l of listeners) l(row);
};

export async function shopDelivery(db: XiaoerDb, shopId: string): Promise<ShopDelivery> {
  return readShopDelivery((await db.settings.get(deliveryKey(shopId)))?.value);
}

/**
 * Makes the outbox row of a buyer-facing action inside the caller's transaction. Bridge shops get
 * a `sending` row the runner hands to the host; companion shops a `toCopy` row the page copies.
 * `attempt`: a 重发 passes the next number.
 */
export async function enqueueOutbox(db: XiaoerDb, draft: OutboxDraft, ctx: WriteContext, attempt = 1): Promise<OutboxRow> {
  const orderId = draft.kind === 'message' ? draft.orderId ?? null : draft.orderId;
  const order = orderId ? await db.orders.get(orderId) : undefined;
  if (orderId && !order) throw refuse('notFound', 'orders', { id: orderId });
  const shopId = draft.kind === 'message' ? draft.shopId : (order?.shopId as string);
  // A record of a shop this store does not hold (an old import) still goes out: as "other".
  const platform = (await db.shops.get(shopId))?.platform ?? 'other';
  const delivery = await shopDelivery(db, shopId);
  const base = { id: newId(), shopId, platform, createdAt: ctx.now, expiresAt: expiresAtFor(ctx.now, delivery) };
  let item: OutboxItem;
  let copyText: string;
  switch (draft.kind) {
    case 'message': {
      const buyer = await db.buyers.get(draft.buyerId);
      item = { ...base, kind: 'message', buyerNick: buyer?.nick ?? draft.buyerId, text: draft.text, orderNo: order?.orderNo ?? null };
      copyText = draft.text;
      break;
    }
    case 'memo':
      item = { ...base, kind: 'memo', orderNo: order?.orderNo as string, memo: draft.memo, bytes: draft.bytes, flag: draft.flag };
      copyText = draft.memo;
      break;
    case 'closeOrder':
      item = { ...base, kind: 'closeOrder', orderNo: order?.orderNo as string, reason: draft.reason };
      copyText = draft.reason;
      break;
    case 'changeAddress':
      item = { ...base, kind: 'changeAddress', orderNo: order?.orderNo as string, address: draft.address };
      copyText = draft.address;
      break;
    case 'reviewReply':
      item = { ...base, kind: 'reviewReply', orderNo: order?.orderNo as string, text: draft.text };
      copyText = draft.text;
      break;
  }
  const row: OutboxRow = {
    id: item.id,
    subjectId: draft.kind === 'closeOrder' || draft.kind === 'changeAddress' ? draft.orderId : draft.subjectId,
    conversationId: draft.kind === 'message' ? draft.conversationId : null,
    orderId,
    shopId,
    mode: delivery.mode,
    state: delivery.mode === 'bridge' ? 'sending' : 'toCopy',
    item,
    copyText,
    createdAt: ctx.now,
    settledAt: null,
    reason: null,
    offeredTo: null,
    attempt,
    handled: false,
  };
  await db.outbox.put(row);
  // Listeners write (markCopied) and read the store: run them outside this transaction's zone,
  // after it committed, or Dexie would try to join the finished transaction.
  const later = (): void => void setTimeout(() => Dexie.ignoreTransaction(() => announce(row)), 0);
  const tx = Dexie.currentTransaction;
  if (tx) tx.on('complete', later);
  else later();
  return row;
}
