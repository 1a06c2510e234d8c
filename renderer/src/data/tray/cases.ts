import Dexie from 'dexie';
import type { CaseFact } from '@shared/domain/tray';
import { OPEN_REVIEW, OPEN_REVIEW_STATUSES, REVIEW_WINDOW_MS, REMINDER_OFFSETS_MS, dueReminderAt, reviewDueAt } from '@shared/domain/cases';
import type { Review } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

const FIRST_REMINDER = Math.max(...REMINDER_OFFSETS_MS);

/**
 * Aftersale tickets and 中差评 due by `until` (owned by the cases area). A review is due at its
 * next contact (never before the 心情 next-day time) and again 3 days and 1 day before its
 * 30-day window ends, so the explanation is never missed. Both reads are index ranges.
 */
export async function caseFacts(until: number): Promise<CaseFact[]> {
  const db = getDb();
  const [tickets, contacting, nearEnd] = await Promise.all([
    db.tickets.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', until], true, true).toArray(),
    Promise.all(OPEN_REVIEW_STATUSES.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, until], true, true).toArray())).then((r) => r.flat()),
    // Posted so long ago that the first reminder has passed by `until`, but the window is still open.
    db.reviews.where('postedAt').between(until - REVIEW_WINDOW_MS, until - REVIEW_WINDOW_MS + FIRST_REMINDER, true, true).toArray(),
  ]);
  const reviews = new Map<string, Review>();
  for (const r of [...contacting, ...nearEnd]) if (alive(r)) reviews.set(r.id, r);
  const facts: CaseFact[] = tickets.filter(alive).map((t) => ({ id: t.id, caseKind: 'ticket' as const, dueAt: t.dueAt, label: t.summary }));
  for (const r of reviews.values()) {
    const dueAt = OPEN_REVIEW.has(r.status) ? reviewDueAt(r, until) : dueReminderAt(r, until);
    if (dueAt !== null && dueAt <= until) facts.push({ id: r.id, caseKind: 'review', dueAt, label: r.text.slice(0, 40) });
  }
  return facts;
}
