import type { Review, Ticket } from '../../schemas/cases';
import { OPEN_REVIEW, reviewDeadlines, reviewDueAt } from './reviews';

/** The 评价 queue: open reviews by what is due first (next contact, or a reminder before the window ends). */
export function reviewQueue<R extends { review: Review }>(rows: readonly R[], now: number): (R & { due: number; overdue: boolean; explainBy: number })[] {
  return rows
    .filter((r) => OPEN_REVIEW.has(r.review.status)) // the index already narrows; this keeps the screen honest if it widens
    .map((r) => {
      const due = reviewDueAt(r.review, now) ?? r.review.nextContactAt;
      return { ...r, due, overdue: due <= now, explainBy: reviewDeadlines(r.review).explainBy };
    })
    .sort((a, b) => a.due - b.due);
}

/** The 售后 queue (already in due order from its index), each case marked overdue, and how many are. */
export function ticketQueue<R extends { ticket: Ticket }>(rows: readonly R[], now: number): { rows: (R & { overdue: boolean })[]; overdue: number } {
  const marked = rows.map((r) => ({ ...r, overdue: r.ticket.dueAt <= now }));
  return { rows: marked, overdue: marked.filter((r) => r.overdue).length };
}
