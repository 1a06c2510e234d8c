import Dexie from 'dexie';
import { canEditRemark, cleanRemarkText, currentRemarks, formatRemark, isSuperseded } from '@shared/domain/remarks';
import { newId } from '@shared/lib/ids';
import type { Order, Remark } from '@shared/schemas/entities';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putOne, type WriteContext } from '../repositories/tracked';
import { platformMemo } from '@shared/domain/outbox';
import { enqueueOutbox, withOutbox } from '../outbox/enqueue';

async function agentName(agentId: string): Promise<string> {
  const a = await getDb().agents.get(agentId);
  if (!alive(a)) throw refuse('notFound', 'agents', { id: agentId });
  return a.name;
}

/** Every stored remark row of an order: current versions, replaced versions and retracted ones. */
function orderRemarkRows(orderId: string): Promise<Remark[]> {
  return getDb().remarks.where('[orderId+at]').between([orderId, Dexie.minKey], [orderId, Dexie.maxKey]).toArray();
}

/**
 * The order's newest live remark, formatted, and its flag — what the grid shows — and the
 * platform's seller memo + flag as one outbox item: the whole memo as the platform must now
 * read it (every live remark, within the platform's byte limit), since its API replaces the memo.
 */
async function refreshOrderMemo(orderId: string, ctx: WriteContext, subjectId: string, flag?: number | null): Promise<void> {
  const db = getDb();
  const order = await db.orders.get(orderId);
  if (!alive(order)) throw refuse('notFound', 'orders', { id: orderId });
  const current = currentRemarks(await orderRemarkRows(orderId));
  const last = current[current.length - 1]?.remark;
  const saved = await putOne<Order>(db, 'orders', { ...order, latestRemark: last ? formatRemark(last) : '', flag: flag ?? order.flag }, ctx);
  const shop = await db.shops.get(order.shopId);
  const memo = platformMemo(shop?.platform ?? 'other', current.map((c) => formatRemark(c.remark)), saved.flag ?? null);
  await enqueueOutbox(db, { kind: 'memo', subjectId, orderId, memo: memo.memo, bytes: memo.bytes, flag: memo.flag }, ctx);
}

/** Appends a signed remark (and optionally sets the order's flag) in one transaction. */
export async function addRemark(orderId: string, text: string, flag: number | null, ctx: WriteContext): Promise<Remark> {
  const clean = cleanRemarkText(text);
  if (!clean) throw refuse('required', 'remarks.text');
  const db = getDb();
  const name = await agentName(ctx.agentId);
  return db.transaction('rw', withOutbox(db, [db.orders, db.remarks, db.changes]), async () => {
    const remark = await putOne<Remark>(db, 'remarks', { id: newId(), orderId, agentId: ctx.agentId, agentName: name, text: clean, at: ctx.now, flag }, ctx);
    await refreshOrderMemo(orderId, ctx, remark.id, flag);
    return remark;
  });
}

async function ownRemark(remarkId: string, ctx: WriteContext): Promise<Remark> {
  const r = await getDb().remarks.get(remarkId);
  if (!r) throw refuse('notFound', 'remarks', { id: remarkId });
  if (!canEditRemark(r, ctx.agentId)) {
    if (r.agentId === ctx.agentId) throw refuse('remarkRetracted', 'remarks', { id: remarkId });
    // Remarks (备注) are append-only and signed: only the author may correct or retract theirs,
    // whatever the screen offered (DESIGN §4, seed 004). The author is named so the agent knows whom to ask.
    throw refuse('remarkNotYours', 'remarks', { id: remarkId, name: r.agentName });
  }
  if (isSuperseded(await orderRemarkRows(r.orderId), r.id)) throw refuse('remarkSuperseded', 'remarks', { id: remarkId });
  return r;
}

/**
 * The author corrects their own remark. Append-only: the old row is never rewritten; a new row
 * with the new text `replaces` it (same author, original time and flag, plus `editedAt`), so the
 * earlier text stays stored and shown as history. Returns the new version.
 */
export async function editRemark(remarkId: string, text: string, ctx: WriteContext): Promise<Remark> {
  const clean = cleanRemarkText(text);
  if (!clean) throw refuse('required', 'remarks.text');
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.orders, db.remarks, db.changes]), async () => {
    const r = await ownRemark(remarkId, ctx);
    if (clean === r.text) return r;
    const saved = await putOne<Remark>(db, 'remarks', {
      id: newId(), orderId: r.orderId, agentId: r.agentId, agentName: r.agentName, text: clean, at: r.at, flag: r.flag, replaces: r.id, editedAt: ctx.now,
    }, ctx);
    await refreshOrderMemo(r.orderId, ctx, saved.id);
    return saved;
  });
}

/** The author retracts their own remark (a tombstone; the row stays for sync and audit). */
export async function retractRemark(remarkId: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', withOutbox(db, [db.orders, db.remarks, db.changes]), async () => {
    const r = await ownRemark(remarkId, ctx);
    await putOne<Remark>(db, 'remarks', { ...r, deletedAt: ctx.now }, ctx);
    await refreshOrderMemo(r.orderId, ctx, r.id);
  });
}

// --- drafts: an unfinished remark survives a reload (kept per agent and order) ------------------

const draftKey = (agentId: string, orderId: string): string => `orders.remarkDraft.${agentId}.${orderId}`;

export async function readRemarkDraft(agentId: string, orderId: string): Promise<string> {
  const row = await getDb().settings.get(draftKey(agentId, orderId));
  return typeof row?.value === 'string' ? row.value : '';
}

/** Drafts are private scratch, not records: no `changes` row (never synced or backed up as data). */
export async function saveRemarkDraft(orderId: string, text: string, ctx: WriteContext): Promise<void> {
  const key = draftKey(ctx.agentId, orderId);
  if (text === '') await getDb().settings.delete(key);
  else await getDb().settings.put({ key, value: text, updatedAt: ctx.now, updatedBy: ctx.agentId });
}
