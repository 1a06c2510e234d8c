import type { Contact, ContactChannel, Review, ReviewStatus } from '../../schemas/cases';
import { DAY, HOUR, startOfShanghaiDay } from '../../lib/time';
import { problem, type Check } from './errors';

/** A review can be modified once within 30 days of posting (seed 003); the 解释 is due by then. */
export const REVIEW_WINDOW_MS = 30 * DAY;
/** Reminders before the window ends. */
export const REMINDER_OFFSETS_MS: readonly number[] = [3 * DAY, DAY];
/** Day-after contacts for 心情 reviews start when the working day does (Shanghai 09:00). */
export const WORKDAY_START_MS = 9 * HOUR;

/**
 * The statuses of a review still being worked on (待联系 / 联系中 / 协商中), spelled once: queues,
 * the tray, the handover and the checklist read their index ranges from this list.
 */
export const OPEN_REVIEW_STATUSES: readonly ReviewStatus[] = ['new', 'contacting', 'negotiating'];
export const OPEN_REVIEW: ReadonlySet<ReviewStatus> = new Set(OPEN_REVIEW_STATUSES);

export interface ReviewDeadlines {
  /** Last moment the buyer can still change the review. */
  modifiableUntil: number;
  /** The public explanation must be written before this. */
  explainBy: number;
  /** First moment the buyer may be contacted. */
  earliestContactAt: number;
  /** The reminder moments (3 days and 1 day before the window ends). */
  reminders: number[];
}

/**
 * Deadlines from the platform rules. The window is a fixed 30×24 h from posting, so month ends
 * need no calendar arithmetic; only the 心情 rule is calendar-based: contact waits for the next
 * Shanghai business day, never the same day the buyer wrote in a mood.
 */
export function reviewDeadlines(review: Pick<Review, 'postedAt' | 'cause'>): ReviewDeadlines {
  const modifiableUntil = review.postedAt + REVIEW_WINDOW_MS;
  const earliestContactAt = review.cause === 'mood' ? startOfShanghaiDay(review.postedAt) + DAY + WORKDAY_START_MS : review.postedAt;
  return { modifiableUntil, explainBy: modifiableUntil, earliestContactAt, reminders: REMINDER_OFFSETS_MS.map((o) => modifiableUntil - o) };
}

/** The latest reminder moment already passed at `now` (null before the first or once closed). */
export function dueReminderAt(review: Pick<Review, 'postedAt' | 'cause' | 'status' | 'explanation'>, now: number): number | null {
  if (!OPEN_REVIEW.has(review.status) && review.status !== 'unchanged') return null;
  if (review.status === 'unchanged' && review.explanation.trim()) return null;
  const d = reviewDeadlines(review);
  if (now > d.explainBy) return null;
  const passed = d.reminders.filter((r) => r <= now);
  return passed.length ? Math.max(...passed) : null;
}

export interface ContactAttempt {
  channel: ContactChannel;
  nextAt: number | null;
}

/**
 * May the agent log this contact now? Refused: before the earliest contact time (心情 reviews:
 * not on the posting day), by phone or SMS before anyone tried chat, with a next contact time
 * that is already past or after the 30-day window, or on a closed review.
 */
export function checkReviewContact(review: Review, previous: readonly Pick<Contact, 'channel'>[], attempt: ContactAttempt, now: number): Check {
  if (!OPEN_REVIEW.has(review.status)) return problem('status', 'reviewClosed');
  const d = reviewDeadlines(review);
  if (now < d.earliestContactAt) return problem('channel', 'tooEarly', { at: d.earliestContactAt });
  if (attempt.channel !== 'chat' && !previous.some((c) => c.channel === 'chat')) return problem('channel', 'chatFirst');
  // Once the 30 days are over the buyer can no longer change the review: a later contact is pointless.
  if (attempt.nextAt !== null && attempt.nextAt > d.modifiableUntil) return problem('nextAt', 'nextAfterWindow', { at: d.modifiableUntil });
  return checkNextContact(attempt.nextAt, now);
}

/** A next contact time must lie in the future. */
export function checkNextContact(nextAt: number | null, now: number): Check {
  if (nextAt !== null && nextAt <= now) return problem('nextAt', 'nextInPast');
  return null;
}

const REVIEW_MOVES: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  new: ['contacting', 'explained'],
  contacting: ['negotiating', 'explained', 'unchanged'],
  negotiating: ['modified', 'explained', 'unchanged'],
  modified: [],
  explained: [],
  unchanged: ['explained'],
};

/** Allowed next statuses: 联系 → 协商 → 已修改 / 已解释 / 未修改 (an unchanged review may still be explained). */
export function reviewMoves(status: ReviewStatus): readonly ReviewStatus[] {
  return REVIEW_MOVES[status];
}

/** Validates a review status change against the workflow and the 30-day window. */
export function checkReviewMove(review: Review, to: ReviewStatus, now: number): Check {
  if (!REVIEW_MOVES[review.status].includes(to)) return problem('status', 'reviewMoveNotAllowed', { from: review.status, to });
  const d = reviewDeadlines(review);
  if (to === 'contacting' && now < d.earliestContactAt) return problem('status', 'tooEarly', { at: d.earliestContactAt });
  if (to === 'modified' && now > d.modifiableUntil) return problem('status', 'windowClosed', { at: d.modifiableUntil });
  if (to === 'explained') {
    if (!review.explanation.trim()) return problem('explanation', 'explanationRequired');
    if (now > d.explainBy) return problem('explanation', 'windowClosed', { at: d.explainBy });
  }
  return null;
}

/**
 * The next moment this review needs the agent: the planned next contact while it is being
 * worked on, pulled earlier by a passed reminder before the window ends.
 */
export function reviewDueAt(review: Review, now: number): number | null {
  const reminder = dueReminderAt(review, now);
  if (!OPEN_REVIEW.has(review.status)) return reminder;
  const contact = Math.max(review.nextContactAt, reviewDeadlines(review).earliestContactAt);
  return reminder === null ? contact : Math.min(contact, reminder);
}
