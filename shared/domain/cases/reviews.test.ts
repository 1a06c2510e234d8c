import { describe, expect, it } from 'vitest';
import { ReviewStatus as ReviewStatusSchema, type Review, type ReviewCause, type ReviewStatus } from '../../schemas/cases';
import { DAY, HOUR, MINUTE, fromShanghai } from '../../lib/time';
import { OPEN_REVIEW_STATUSES, checkReviewContact, checkReviewMove, dueReminderAt, reviewDeadlines, reviewDueAt } from './reviews';

const review = (over: Partial<Review> = {}): Review => ({
  id: 'R1', updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: 'O1', buyerId: 'B1', rating: 'negative', text: '不喜欢',
  postedAt: fromShanghai(2026, 1, 31, 22, 30), cause: 'quality', status: 'new', nextContactAt: 0, explanation: '', ownerId: null, ...over,
});

describe('review deadlines', () => {
  it.each<[string, number, number]>([
    ['posted on 31 Jan: the window ends on 2 Mar (30×24 h, February has 28 days)', fromShanghai(2026, 1, 31, 22, 30), fromShanghai(2026, 3, 2, 22, 30)],
    ['posted on 31 Jan of a leap year ends on 1 Mar', fromShanghai(2028, 1, 31, 22, 30), fromShanghai(2028, 3, 1, 22, 30)],
    ['posted on 28 Feb ends on 30 Mar', fromShanghai(2026, 2, 28, 10, 0), fromShanghai(2026, 3, 30, 10, 0)],
    ['posted on 31 Dec ends on 30 Jan next year', fromShanghai(2026, 12, 31, 23, 59), fromShanghai(2027, 1, 30, 23, 59)],
  ])('%s', (_n, postedAt, end) => {
    const d = reviewDeadlines({ postedAt, cause: 'quality' });
    expect(d.modifiableUntil).toBe(end);
    expect(d.explainBy).toBe(end);
    expect(d.reminders).toEqual([end - 3 * DAY, end - DAY]);
  });

  it.each<[string, number, ReviewCause, number]>([
    ['a 心情 review posted late at night is contacted from 09:00 the next Shanghai day', fromShanghai(2026, 1, 31, 23, 50), 'mood', fromShanghai(2026, 2, 1, 9, 0)],
    ['a 心情 review posted just after midnight still waits for the next day', fromShanghai(2026, 2, 28, 0, 5), 'mood', fromShanghai(2026, 3, 1, 9, 0)],
    ['a 心情 review on 31 Dec waits until New Year\'s Day', fromShanghai(2026, 12, 31, 12, 0), 'mood', fromShanghai(2027, 1, 1, 9, 0)],
    ['a quality review may be contacted at once', fromShanghai(2026, 1, 31, 23, 50), 'quality', fromShanghai(2026, 1, 31, 23, 50)],
  ])('%s', (_n, postedAt, cause, earliest) => {
    expect(reviewDeadlines({ postedAt, cause }).earliestContactAt).toBe(earliest);
  });

  it('reminders come due 3 days and 1 day before the window ends, and stop once it has ended', () => {
    const r = review();
    const end = reviewDeadlines(r).explainBy;
    expect(dueReminderAt(r, end - 3 * DAY - 1)).toBeNull();
    expect(dueReminderAt(r, end - 3 * DAY)).toBe(end - 3 * DAY);
    expect(dueReminderAt(r, end - DAY + MINUTE)).toBe(end - DAY);
    expect(dueReminderAt(r, end + 1)).toBeNull();
    expect(dueReminderAt({ ...r, status: 'modified' }, end - HOUR)).toBeNull();
    expect(dueReminderAt({ ...r, status: 'unchanged' }, end - HOUR)).toBe(end - DAY);
    expect(dueReminderAt({ ...r, status: 'unchanged', explanation: '已解释' }, end - HOUR)).toBeNull();
  });

  it('a review is due at its next contact, or earlier when a reminder has passed', () => {
    const r = review({ status: 'contacting', nextContactAt: fromShanghai(2026, 2, 5, 10, 0) });
    expect(reviewDueAt(r, fromShanghai(2026, 2, 1, 10, 0))).toBe(fromShanghai(2026, 2, 5, 10, 0));
    const late = { ...r, nextContactAt: fromShanghai(2026, 3, 2, 10, 0) };
    expect(reviewDueAt(late, fromShanghai(2026, 3, 1, 0, 0))).toBe(reviewDeadlines(r).explainBy - 3 * DAY);
    // A 心情 review is never due before the next day, whatever nextContactAt says.
    const mood = review({ cause: 'mood', nextContactAt: 0 });
    expect(reviewDueAt(mood, mood.postedAt)).toBe(fromShanghai(2026, 2, 1, 9, 0));
  });
});

describe('contacting a reviewer', () => {
  const posted = fromShanghai(2026, 5, 10, 14, 0);
  it.each<[string, ReviewCause, number, 'chat' | 'phone' | 'sms', Array<'chat' | 'phone'>, number | null, string | null]>([
    ['chat on the posting day is fine for a quality review', 'quality', posted + HOUR, 'chat', [], null, null],
    ['a 心情 review is not contacted the same day', 'mood', posted + 9 * HOUR, 'chat', [], null, 'tooEarly'],
    ['a 心情 review may be contacted at 09:00 the next day', 'mood', fromShanghai(2026, 5, 11, 9, 0), 'chat', [], null, null],
    ['phone before any chat is refused', 'quality', posted + HOUR, 'phone', [], null, 'chatFirst'],
    ['SMS before any chat is refused too', 'quality', posted + HOUR, 'sms', [], null, 'chatFirst'],
    ['phone after a chat attempt is fine', 'quality', posted + HOUR, 'phone', ['chat'], null, null],
    ['a next contact time in the past is refused', 'quality', posted + HOUR, 'chat', [], posted, 'nextInPast'],
    ['a next contact time equal to now is refused', 'quality', posted + HOUR, 'chat', [], posted + HOUR, 'nextInPast'],
    ['a next contact time tomorrow is fine', 'quality', posted + HOUR, 'chat', [], posted + DAY, null],
    ['a next contact on the last moment of the window is fine', 'quality', posted + HOUR, 'chat', [], posted + 30 * DAY, null],
    ['a next contact after the 30-day window is refused', 'quality', posted + HOUR, 'chat', [], posted + 30 * DAY + 1, 'nextAfterWindow'],
  ])('%s', (_n, cause, now, channel, previous, nextAt, code) => {
    const r = review({ cause, postedAt: posted });
    expect(checkReviewContact(r, previous.map((c) => ({ channel: c })), { channel, nextAt }, now)?.code ?? null).toBe(code);
  });

  it('a closed review takes no more contacts', () => {
    expect(checkReviewContact(review({ status: 'modified' }), [], { channel: 'chat', nextAt: null }, review().postedAt + HOUR)?.code).toBe('reviewClosed');
  });
});

describe('review workflow', () => {
  const r0 = review();
  const inside = r0.postedAt + 10 * DAY;
  const after = r0.postedAt + 31 * DAY;
  it.each<[string, ReviewStatus, ReviewStatus, Partial<Review>, number, string | null]>([
    ['联系 starts a new review', 'new', 'contacting', {}, inside, null],
    ['a 心情 review cannot be moved to 联系 on its posting day either', 'new', 'contacting', { cause: 'mood' }, r0.postedAt + 60_000, 'tooEarly'],
    ['协商 follows 联系', 'contacting', 'negotiating', {}, inside, null],
    ['已修改 cannot skip 协商', 'new', 'modified', {}, inside, 'reviewMoveNotAllowed'],
    ['已修改 after 协商 within 30 days', 'negotiating', 'modified', {}, inside, null],
    ['已修改 after the window is refused', 'negotiating', 'modified', {}, after, 'windowClosed'],
    ['已解释 needs the explanation written', 'contacting', 'explained', {}, inside, 'explanationRequired'],
    ['已解释 with an explanation', 'contacting', 'explained', { explanation: '已核实' }, inside, null],
    ['a malicious review may be explained without contact', 'new', 'explained', { explanation: '已核实' }, inside, null],
    ['the explanation is refused after the window', 'negotiating', 'explained', { explanation: '已核实' }, after, 'windowClosed'],
    ['未修改 may still be explained', 'unchanged', 'explained', { explanation: '说明' }, inside, null],
    ['已修改 is final', 'modified', 'unchanged', {}, inside, 'reviewMoveNotAllowed'],
  ])('%s', (_n, from, to, over, now, code) => {
    expect(checkReviewMove({ ...r0, status: from, ...over }, to, now)?.code ?? null).toBe(code);
  });
});

describe('open reviews', () => {
  it.each(ReviewStatusSchema.options)('a %s review is open exactly when a contact may still be logged for it', (status) => {
    const refused = checkReviewContact(review({ status, postedAt: 0 }), [], { channel: 'chat', nextAt: null }, HOUR)?.code === 'reviewClosed';
    expect(OPEN_REVIEW_STATUSES.includes(status)).toBe(!refused);
  });
});
