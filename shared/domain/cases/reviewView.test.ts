import { describe, expect, it } from 'vitest';
import type { Review } from '../../schemas/cases';
import { DAY, HOUR, fromShanghai } from '../../lib/time';
import { reviewCaseView } from './reviewView';

const POSTED = fromShanghai(2026, 5, 1, 22, 0);
const review = (over: Partial<Review> = {}): Review => ({
  id: 'R1', updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: 'O1', buyerId: 'B1', rating: 'negative', text: '质量太差了，开线',
  postedAt: POSTED, cause: 'quality', status: 'new', nextContactAt: POSTED, explanation: '', ownerId: null, ...over,
});
const view = (over: Partial<Review> = {}, now = POSTED + HOUR, contacts: { channel: 'chat' | 'phone' | 'sms' }[] = [], explanationDraft = '') =>
  reviewCaseView({ review: review(over), contacts, explanationDraft, now });

describe('the review case view', () => {
  it.each([
    { name: 'a new review may be contacted at once', over: {}, now: POSTED + HOUR, blocked: null },
    { name: 'a 心情 review may not be contacted on the day it was posted', over: { cause: 'mood' as const }, now: POSTED + HOUR, blocked: { reason: 'tooEarly', at: fromShanghai(2026, 5, 2, 9, 0) } },
    { name: 'a 心情 review may be contacted from 09:00 the next day', over: { cause: 'mood' as const }, now: fromShanghai(2026, 5, 2, 9, 0), blocked: null },
    { name: 'a settled review is not contacted any more', over: { status: 'explained' as const, explanation: '已说明' }, now: POSTED + HOUR, blocked: { reason: 'closed' } },
  ])('$name', ({ over, now, blocked }) => {
    expect(view(over, now).contactBlocked).toEqual(blocked);
  });

  it.each([
    { name: 'an open review shows its next contact', over: { nextContactAt: POSTED + 2 * DAY }, want: POSTED + 2 * DAY },
    { name: 'a 心情 review\'s next contact is never before the next day', over: { cause: 'mood' as const, nextContactAt: POSTED }, want: fromShanghai(2026, 5, 2, 9, 0) },
    { name: 'a closed review has no next contact', over: { status: 'unchanged' as const }, want: null },
  ])('$name', ({ over, want }) => {
    expect(view(over).nextContactAt).toBe(want);
  });

  it.each([
    { name: 'the explanation turns urgent inside the last three days when none is written', over: {}, now: POSTED + 27 * DAY + HOUR, urgent: true },
    { name: 'with more than three days left it is not urgent yet', over: {}, now: POSTED + 26 * DAY, urgent: false },
    { name: 'a written explanation is never urgent', over: { explanation: '感谢您的反馈' }, now: POSTED + 29 * DAY, urgent: false },
    { name: 'a closed review is never urgent', over: { status: 'unchanged' as const }, now: POSTED + 29 * DAY, urgent: false },
  ])('$name', ({ over, now, urgent }) => {
    expect(view(over, now).explainUrgent).toBe(urgent);
  });

  it.each([
    { name: 'before any chat the agent is told to chat first', contacts: [], hint: true },
    { name: 'after a phone call only, chat is still asked for', contacts: [{ channel: 'phone' as const }], hint: true },
    { name: 'once chat was tried the hint goes away', contacts: [{ channel: 'chat' as const }], hint: false },
  ])('$name', ({ contacts, hint }) => {
    expect(view({}, POSTED + HOUR, contacts).chatFirstHint).toBe(hint);
  });

  it('with no cause chosen, the suggested cause drives advice and templates and is offered', () => {
    const v = view({ cause: null });
    expect(v.suggestion.cause).toBe('quality');
    expect(v.workingCause).toBe('quality');
    expect(v.offerSuggestion).toBe(true);
    expect(v.templates.length).toBeGreaterThan(0);
  });

  it('a chosen cause wins over the suggestion, which stays on offer', () => {
    const v = view({ cause: 'shipping' });
    expect(v.workingCause).toBe('shipping');
    expect(v.offerSuggestion).toBe(true);
  });

  it('the suggestion is not offered again once it was taken', () => {
    expect(view({ cause: 'quality' }).offerSuggestion).toBe(false);
  });

  it.each([
    { name: 'a new review can start contact or be explained', status: 'new' as const, moves: ['contacting', 'explained'], deletable: false },
    { name: 'a negotiation can end modified, and then also deleted', status: 'negotiating' as const, moves: ['modified', 'explained', 'unchanged'], deletable: true },
    { name: 'a modified review has no more moves', status: 'modified' as const, moves: [], deletable: false },
  ])('$name', ({ status, moves, deletable }) => {
    const v = view({ status });
    expect(v.moves).toEqual(moves);
    expect(v.deletable).toBe(deletable);
  });

  it('only a suspected malicious review offers the evidence pack', () => {
    expect(view({ cause: 'malicious' }).evidence).toBe(true);
    expect(view({ cause: 'quality' }).evidence).toBe(false);
  });

  it('the explanation being typed is linted before it is saved', () => {
    expect(view({}, POSTED + HOUR, [], '我们保证绝对没有问题').warnings.length).toBeGreaterThan(0);
    expect(view({}, POSTED + HOUR, [], '').warnings).toEqual([]);
  });

  it('the deadlines are 30 days after posting', () => {
    const v = view();
    expect(v.modifiableUntil).toBe(POSTED + 30 * DAY);
    expect(v.explainBy).toBe(POSTED + 30 * DAY);
  });
});
