import { describe, expect, it } from 'vitest';
import { fromShanghai, HOUR } from '../../lib/time';
import { aftersaleRates, reviewRates, type CaseFact, type PaidOrderFact, type ReviewFact } from './aftersale';

const T = fromShanghai(2026, 11, 20, 10);
const ticket = (id: string, over: Partial<CaseFact> = {}): CaseFact => ({ id, type: 'refund', shopId: 'S1', ownerId: 'A1', createdAt: T, status: 'open', amountFen: null, fields: {}, orderId: null, ...over });
const paid = (n: number, shopId = 'S1', agentId: string | null = 'A1'): PaidOrderFact[] => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, shopId, agentId, paidAt: T }));
const review = (id: string, over: Partial<ReviewFact> = {}): ReviewFact => ({ id, shopId: 'S1', ownerId: 'A1', postedAt: T, status: 'new', outcome: null, rating: 'negative', cause: null, buyerId: 'b', orderId: null, closedAt: null, ...over });

describe('退款率, 退款自主完结率, 纠纷率', () => {
  it.each([
    ['a 退款 case over ten paid orders is 10%', [ticket('t1')], 10, { refunds: 1, refundRate: 0.1 }],
    ['a 7天无理由 return is a refund', [ticket('t1', { type: 'return_7day' })], 10, { refunds: 1 }],
    ['a 查件 case is not a refund', [ticket('t1', { type: 'tracking' })], 10, { refunds: 0, refundRate: 0 }],
    ['a 质量 case that paid money back is a refund', [ticket('t1', { type: 'quality', amountFen: 500 })], 10, { refunds: 1 }],
    ['no paid orders: no refund rate', [ticket('t1')], 0, { refundRate: null, disputeRate: null }],
    ['a settled refund without the platform is self-closed', [ticket('t1', { status: 'resolved' }), ticket('t2', { status: 'closed', fields: { platformIntervened: true } }), ticket('t3')], 10, { settledRefunds: 2, selfClosed: 1, selfCloseRate: 0.5, disputes: 1, disputeRate: 0.1 }],
  ] as const)('%s', (_name, cases, paidCount, want) => {
    expect(aftersaleRates(cases, paid(paidCount), [])[0]).toMatchObject(want);
  });

  it('a shop with paid orders and no cases still has a row (0%)', () => {
    expect(aftersaleRates([], paid(3, 'S2'), ['shop'])).toEqual([expect.objectContaining({ shopId: 'S2', refunds: 0, paidOrders: 3, refundRate: 0 })]);
  });
});

describe('中差评修改率 and the time to resolve a review', () => {
  it.each([
    ['an open review is not settled', [review('r1')], { settled: 0, modifyRate: null, meanResolveMs: null }],
    ['modified counts, explained and unchanged do not', [review('r1', { status: 'modified', closedAt: T + 2 * HOUR }), review('r2', { status: 'explained', closedAt: T + 4 * HOUR }), review('r3', { status: 'unchanged' })], { settled: 3, modified: 1, meanResolveMs: 3 * HOUR }],
    ['a deleted review counts as modified', [review('r1', { status: 'explained', outcome: 'deleted', closedAt: T + HOUR })], { modified: 1, modifyRate: 1 }],
  ] as const)('%s', (_name, reviews, want) => {
    expect(reviewRates(reviews, [])[0]).toMatchObject(want);
  });
});
