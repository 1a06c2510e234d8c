import type { Handover, HandoverItem } from '@shared/schemas/entities';
import { newId } from '@shared/lib/ids';
import { DAY } from '@shared/lib/time';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putOne, type WriteContext } from '../repositories/tracked';

/** Handovers are few (two or three a day); 60 days of them is a short indexed range. */
const RECENT_MS = 60 * DAY;

export async function recentHandovers(now: number): Promise<Handover[]> {
  return (await getDb().handovers.where('createdAt').aboveOrEqual(now - RECENT_MS).reverse().toArray()).filter(alive);
}

/** The outgoing agent's unsigned draft (per-item notes and free notes survive a restart). */
export async function draftOf(agentId: string, now: number): Promise<Handover | undefined> {
  return (await recentHandovers(now)).find((h) => h.fromAgentId === agentId && h.signedOutAt === null);
}

export type DraftInput = Pick<Handover, 'shiftKey' | 'shiftDate' | 'items' | 'notes'>;

export async function saveDraft(id: string | null, input: DraftInput, ctx: WriteContext): Promise<Handover> {
  const existing = id ? await getDb().handovers.get(id) : undefined;
  return putOne<Handover>(getDb(), 'handovers', {
    id: existing?.id ?? newId(), fromAgentId: ctx.agentId, toAgentId: null, createdAt: existing?.createdAt ?? ctx.now, signedOutAt: null, signedInAt: null, ...input,
  }, ctx);
}

/** The outgoing agent signs out: the snapshot of items with their notes is fixed from now on. */
export async function signOutHandover(id: string | null, input: DraftInput, ctx: WriteContext): Promise<Handover> {
  const draft = await saveDraft(id, input, ctx);
  return putOne<Handover>(getDb(), 'handovers', { ...draft, signedOutAt: ctx.now }, ctx);
}

/** Signed out but not yet taken over by another agent: what an incoming agent must read. */
export async function pendingHandovers(agentId: string, now: number): Promise<Handover[]> {
  return (await recentHandovers(now)).filter((h) => h.signedOutAt !== null && h.signedInAt === null && h.fromAgentId !== agentId);
}

async function updateItem(handoverId: string, key: string, patch: (i: HandoverItem) => HandoverItem, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.handovers, db.changes], async () => {
    const h = await db.handovers.get(handoverId);
    if (!alive(h)) throw refuse('notFound', 'handovers', { id: handoverId });
    if (!h.items.some((i) => i.key === key)) throw refuse('notFound', 'handovers.items', { id: key });
    await putOne<Handover>(db, 'handovers', { ...h, items: h.items.map((i) => (i.key === key ? patch(i) : i)) }, ctx);
  });
}

export const acknowledgeItem = (handoverId: string, key: string, ctx: WriteContext): Promise<void> =>
  updateItem(handoverId, key, (i) => ({ ...i, ackBy: ctx.agentId, ackAt: ctx.now }), ctx);

/** Claiming means "I take care of it": acknowledged and owned by the claimer. */
export const claimItem = (handoverId: string, key: string, ctx: WriteContext): Promise<void> =>
  updateItem(handoverId, key, (i) => ({ ...i, ackBy: ctx.agentId, ackAt: ctx.now, claimedBy: ctx.agentId }), ctx);

export async function signInHandover(handoverId: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  const h = await db.handovers.get(handoverId);
  if (!alive(h)) throw refuse('notFound', 'handovers', { id: handoverId });
  await putOne<Handover>(db, 'handovers', { ...h, toAgentId: ctx.agentId, signedInAt: ctx.now }, ctx);
}

/** Items of signed-out handovers nobody acknowledged yet, with the handover they came from. */
export async function unacknowledged(now: number): Promise<{ handover: Handover; item: HandoverItem }[]> {
  return (await recentHandovers(now)).filter((h) => h.signedOutAt !== null).flatMap((handover) => handover.items.filter((i) => i.ackAt === null).map((item) => ({ handover, item })));
}
