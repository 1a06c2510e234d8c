import type { Review, Ticket } from '../../schemas/cases';
import { groupFacts, mean, ratio, type Cell, type GroupKey, type Place } from './group';

/**
 * 退款率, 退款自主完结率 and 纠纷率 from aftersale cases, dated by registration and credited to
 * the case's owner:
 * - a refund case is a 退款 or 7天无理由 case, or any case that paid money back (amount > 0);
 * - 退款率 = refund cases ÷ paid orders in the same period and shop (per agent: the agent's
 *   refund cases over the shop's paid orders is meaningless, so the denominator is the orders
 *   credited to the agent by the conversion rule);
 * - 自主完结 = a settled refund case the platform did not step into (fields.platformIntervened);
 *   退款自主完结率 = those ÷ settled refund cases;
 * - 纠纷率 = cases the platform stepped into ÷ paid orders.
 */
export const REFUND_TYPES: readonly Ticket['type'][] = ['refund', 'return_7day'];

export type CaseFact = Pick<Ticket, 'id' | 'type' | 'shopId' | 'ownerId' | 'createdAt' | 'status' | 'amountFen' | 'fields' | 'orderId'> & { resolvedAt?: number | null };

export const isRefund = (t: CaseFact): boolean => REFUND_TYPES.includes(t.type) || (t.amountFen ?? 0) > 0;
export const isDispute = (t: CaseFact): boolean => t.fields?.platformIntervened === true;
export const isSettled = (t: CaseFact): boolean => t.status !== 'open';

export const casePlace = (t: CaseFact): Place => ({ agentId: t.ownerId, shopId: t.shopId, at: t.createdAt });

/** A paid order as the refund denominators see it: where and when it was paid, and who it is credited to. */
export interface PaidOrderFact {
  id: string;
  shopId: string;
  agentId: string | null;
  paidAt: number;
}

export const paidOrderPlace = (o: PaidOrderFact): Place => ({ agentId: o.agentId, shopId: o.shopId, at: o.paidAt });

export interface AftersaleRow extends Cell {
  cases: number;
  refunds: number;
  paidOrders: number;
  refundRate: number | null;
  settledRefunds: number;
  selfClosed: number;
  selfCloseRate: number | null;
  disputes: number;
  disputeRate: number | null;
}

export function aftersaleFigures(cases: readonly CaseFact[], paidOrders: number): Omit<AftersaleRow, keyof Cell> {
  const refunds = cases.filter(isRefund);
  const settled = refunds.filter(isSettled);
  const selfClosed = settled.filter((t) => !isDispute(t)).length;
  const disputes = cases.filter(isDispute).length;
  return {
    cases: cases.length,
    refunds: refunds.length,
    paidOrders,
    refundRate: ratio(refunds.length, paidOrders),
    settledRefunds: settled.length,
    selfClosed,
    selfCloseRate: ratio(selfClosed, settled.length),
    disputes,
    disputeRate: ratio(disputes, paidOrders),
  };
}

/** Aftersale figures per cell: cases and paid orders grouped the same way. */
export function aftersaleRates(cases: readonly CaseFact[], paid: readonly PaidOrderFact[], groupBy: readonly GroupKey[]): AftersaleRow[] {
  const caseCells = groupFacts(cases, groupBy, casePlace);
  const paidCells = new Map(groupFacts(paid, groupBy, paidOrderPlace).map((g) => [JSON.stringify(g.cell), g.facts.length]));
  const seen = new Set<string>();
  const rows = caseCells.map(({ cell, facts }) => {
    seen.add(JSON.stringify(cell));
    return { ...cell, ...aftersaleFigures(facts, paidCells.get(JSON.stringify(cell)) ?? 0) };
  });
  for (const [key, n] of paidCells) if (!seen.has(key)) rows.push({ ...(JSON.parse(key) as Cell), ...aftersaleFigures([], n) });
  return rows.sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || (a.hour ?? -1) - (b.hour ?? -1) || String(a.shopId).localeCompare(String(b.shopId)) || String(a.agentId).localeCompare(String(b.agentId)));
}

/**
 * 中差评修改率 and the mean time to resolve a review, dated by posting, credited to its owner:
 * settled = modified / explained / unchanged; modified = the buyer changed or deleted it;
 * time to resolve = closedAt − postedAt over settled reviews that carry closedAt.
 */
export type ReviewFact = Pick<Review, 'id' | 'shopId' | 'ownerId' | 'postedAt' | 'status' | 'outcome' | 'rating' | 'cause' | 'buyerId' | 'orderId'> & { closedAt?: number | null };

export const reviewPlace = (r: ReviewFact): Place => ({ agentId: r.ownerId, shopId: r.shopId, at: r.postedAt });
export const isSettledReview = (r: ReviewFact): boolean => r.status === 'modified' || r.status === 'explained' || r.status === 'unchanged';
export const isModifiedReview = (r: ReviewFact): boolean => isSettledReview(r) && (r.status === 'modified' || r.outcome === 'deleted');

export interface ReviewRow extends Cell {
  reviews: number;
  settled: number;
  modified: number;
  modifyRate: number | null;
  meanResolveMs: number | null;
}

export function reviewFigures(reviews: readonly ReviewFact[]): Omit<ReviewRow, keyof Cell> {
  const settled = reviews.filter(isSettledReview);
  const modified = settled.filter(isModifiedReview).length;
  return {
    reviews: reviews.length,
    settled: settled.length,
    modified,
    modifyRate: ratio(modified, settled.length),
    meanResolveMs: mean(settled.flatMap((r) => (r.closedAt != null && r.closedAt >= r.postedAt ? [r.closedAt - r.postedAt] : []))),
  };
}

export function reviewRates(reviews: readonly ReviewFact[], groupBy: readonly GroupKey[]): ReviewRow[] {
  return groupFacts(reviews, groupBy, reviewPlace).map(({ cell, facts }) => ({ ...cell, ...reviewFigures(facts) }));
}
