import type { Contact, Review, ReviewCause, ReviewOutcome, ReviewStatus } from '@shared/schemas/entities';
import { checkRefundAmount, checkReviewContact, checkReviewMove, problem, reviewDeadlines } from '@shared/domain/cases';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { alive, putOne, putTracked, type WriteContext } from '../repositories/tracked';
import { ProblemError, refuseIf } from '@shared/lib/problem';
import type { ContactInput } from './tickets';
import { enqueueOutbox, withOutbox } from '../outbox/enqueue';

export interface NewReview {
  orderId: string;
  rating: Review['rating'];
  text: string;
  postedAt: number;
  cause: ReviewCause | null;
}

/** Registers a 中差评 from the platform against its order; the first contact waits as the rules say. */
export async function registerReview(input: NewReview, ctx: WriteContext): Promise<Review> {
  if (input.postedAt > ctx.now) throw new ProblemError(problem('postedAt', 'postedInFuture'));
  if (!input.text.trim()) throw new ProblemError(problem('reviews.text', 'textRequired'));
  const db = getDb();
  return db.transaction('rw', [db.reviews, db.orders, db.changes], async () => {
    const order = await db.orders.get(input.orderId);
    if (!alive(order)) throw new ProblemError(problem('orderId', 'orderNotFound'));
    const review: Review = {
      id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null, shopId: order.shopId, orderId: order.id, buyerId: order.buyerId,
      rating: input.rating, text: input.text.trim(), postedAt: input.postedAt, cause: input.cause, status: 'new',
      nextContactAt: reviewDeadlines({ postedAt: input.postedAt, cause: input.cause }).earliestContactAt, explanation: '', ownerId: ctx.agentId,
      followUp: '', compensationFen: null, outcome: null, closedAt: null,
    };
    return putOne<Review>(db, 'reviews', review, ctx);
  });
}

async function getReview(id: string): Promise<Review> {
  const r = await getDb().reviews.get(id);
  if (!alive(r)) throw new ProblemError(problem('reviews', 'caseNotFound'));
  return r;
}

export interface ReviewPatch {
  cause?: ReviewCause | null;
  explanation?: string;
  compensationFen?: number | null;
  followUp?: string;
  ownerId?: string | null;
}

/** Saves cause, explanation draft, compensation (never above the order amount) and 追评. */
export async function updateReview(id: string, patch: ReviewPatch, ctx: WriteContext): Promise<Review> {
  const db = getDb();
  return db.transaction('rw', [db.reviews, db.orders, db.changes], async () => {
    const r = await getReview(id);
    if (patch.compensationFen !== undefined) {
      const order = r.orderId ? await db.orders.get(r.orderId) : undefined;
      const p = checkRefundAmount(patch.compensationFen, order?.totalFen ?? null);
      refuseIf(p && { ...p, field: 'compensationFen' });
    }
    let next: Review = { ...r, ...patch };
    // A cause changed to 心情 pushes the first contact to the next day.
    if (patch.cause !== undefined && r.status === 'new') next = { ...next, nextContactAt: Math.max(next.nextContactAt, reviewDeadlines(next).earliestContactAt) };
    return putOne<Review>(db, 'reviews', next, ctx);
  });
}

/**
 * Logs a contact with the reviewer, refused before the earliest contact time (心情: next day),
 * by phone before chat, or with a next contact time already past. The first contact moves 待联系
 * to 联系中; the next contact time becomes the review's due time.
 */
export async function logReviewContact(id: string, input: ContactInput, ctx: WriteContext): Promise<Contact> {
  if (!input.result.trim()) throw new ProblemError(problem('result', 'resultRequired'));
  const db = getDb();
  return db.transaction('rw', [db.reviews, db.contacts, db.changes], async () => {
    const r = await getReview(id);
    const previous = (await db.contacts.where('[subjectId+at]').between([id, 0], [id, Infinity]).toArray()).filter(alive);
    refuseIf(checkReviewContact(r, previous, { channel: input.channel, nextAt: input.nextAt }, ctx.now));
    const contact: Contact = { id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null, subjectId: id, subjectKind: 'review', channel: input.channel, result: input.result.trim(), at: ctx.now, nextAt: input.nextAt, agentId: ctx.agentId };
    await putTracked<Contact>(db, 'contacts', [contact], ctx);
    await putOne<Review>(db, 'reviews', { ...r, status: r.status === 'new' ? 'contacting' : r.status, nextContactAt: input.nextAt ?? r.postedAt + 30 * 86_400_000, ownerId: r.ownerId ?? ctx.agentId }, ctx);
    return contact;
  });
}

const OUTCOME: Partial<Record<ReviewStatus, ReviewOutcome>> = { modified: 'modified', explained: 'explained', unchanged: 'refused' };

/** Moves a review along 联系 → 协商 → 已修改/已解释/未修改 (validated); `deleted` records a removed review. */
export async function moveReview(id: string, to: ReviewStatus, ctx: WriteContext, deleted = false): Promise<Review> {
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.reviews, db.changes]), async () => {
    const r = await getReview(id);
    refuseIf(checkReviewMove(r, to, ctx.now));
    const outcome = to === 'modified' && deleted ? 'deleted' : OUTCOME[to] ?? null;
    const closed = to === 'modified' || to === 'explained' || to === 'unchanged';
    const saved = await putOne<Review>(db, 'reviews', { ...r, status: to, outcome, closedAt: closed ? ctx.now : null }, ctx);
    // 已解释: the explanation is posted under the review on the platform.
    if (to === 'explained' && r.orderId && r.explanation.trim()) await enqueueOutbox(db, { kind: 'reviewReply', subjectId: r.id, orderId: r.orderId, text: r.explanation.trim().slice(0, 2000) }, ctx);
    return saved;
  });
}
