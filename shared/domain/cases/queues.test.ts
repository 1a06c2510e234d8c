import { describe, expect, it } from 'vitest';
import type { Review, Ticket } from '../../schemas/cases';
import { DAY, HOUR, fromShanghai } from '../../lib/time';
import { reviewQueue, ticketQueue } from './queues';

const NOW = fromShanghai(2026, 5, 10, 14, 0);
const review = (id: string, over: Partial<Review> = {}): { review: Review } => ({
  review: { id, updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: 'O1', buyerId: 'B1', rating: 'negative', text: '', postedAt: NOW - DAY, cause: 'quality', status: 'contacting', nextContactAt: NOW + HOUR, explanation: '', ownerId: null, ...over },
});
const ticket = (id: string, dueAt: number): { ticket: Ticket } => ({
  ticket: { id, updatedAt: 0, updatedBy: 'A1', deletedAt: null, type: 'quality', shopId: 'S1', orderId: null, buyerId: 'B1', status: 'open', step: 'soothe', dueAt, summary: '', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: null, createdAt: 0 },
});

describe('the 评价 queue', () => {
  it('lists open reviews by what is due first, overdue ones marked', () => {
    const q = reviewQueue([review('later', { nextContactAt: NOW + 2 * HOUR }), review('over', { nextContactAt: NOW - HOUR }), review('soon')], NOW);
    expect(q.map((r) => [r.review.id, r.overdue])).toEqual([['over', true], ['soon', false], ['later', false]]);
  });

  it('a 心情 review is due no earlier than 09:00 the next day', () => {
    const posted = fromShanghai(2026, 5, 10, 12, 0);
    const [r] = reviewQueue([review('mood', { cause: 'mood', postedAt: posted, nextContactAt: posted })], NOW);
    expect(r?.due).toBe(fromShanghai(2026, 5, 11, 9, 0));
    expect(r?.overdue).toBe(false);
  });

  it('a settled review that slipped into the rows is not listed', () => {
    expect(reviewQueue([review('done', { status: 'explained', explanation: '已解释' })], NOW)).toEqual([]);
  });

  it('each row carries its explanation deadline', () => {
    expect(reviewQueue([review('r')], NOW)[0]?.explainBy).toBe(NOW - DAY + 30 * DAY);
  });
});

describe('the 售后 queue', () => {
  it('marks cases at or past their due time as overdue and counts them', () => {
    const q = ticketQueue([ticket('a', NOW - HOUR), ticket('b', NOW), ticket('c', NOW + HOUR)], NOW);
    expect(q.rows.map((r) => r.overdue)).toEqual([true, true, false]);
    expect(q.overdue).toBe(2);
  });
});
