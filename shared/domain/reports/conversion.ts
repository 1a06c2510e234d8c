import { HOUR } from '../../lib/time';
import { groupFacts, ratio, type Cell, type GroupKey, type Place } from './group';
import type { CountedRound } from './responseRate';

/**
 * 询单 → 下单 → 付款, 询单转化率, 销售额 and 客单价, credited to agents. The rule:
 *
 * - A consultation (询单) is a buyer round a person answered, dated by the round's start. 询单人数
 *   counts distinct buyers per cell: a buyer who asked twice in a day is one; a buyer served by
 *   two agents counts once for each agent and once in the shop's total.
 * - An order is credited to the buyer's latest consultation in the same shop that began at or
 *   before the order was placed and no longer ago than the shop's attribution window (default
 *   24 hours). So with two agents, the one who served the buyer last before the order gets it.
 * - The credited order moves its consultation's buyer into 下单人数; if it is paid (at any time
 *   up to now — a payment after midnight stays with the day of the consultation) the buyer is in
 *   付款人数 and its amount in 销售额. 询单转化率 = 付款人数 ÷ 询单人数 (Taobao's 询单→最终付款);
 *   下单率 = 下单人数 ÷ 询单人数; 客单价 = 销售额 ÷ 付款人数.
 * - Closed orders never paid count as ordered, not paid.
 */
export const DEFAULT_ATTRIBUTION_MS = 24 * HOUR;

export interface Consultation {
  conversationId: string;
  buyerId: string;
  shopId: string;
  agentId: string;
  at: number;
}

export interface SaleOrder {
  id: string;
  orderNo: string;
  buyerId: string;
  shopId: string;
  createdAt: number;
  paidAt: number | null;
  totalFen: number;
}

/** A consultation with the orders credited to it (the drill-down's rows). */
export interface CreditedConsultation extends Consultation {
  orders: SaleOrder[];
  paidFen: number;
}

/** Answered rounds as consultations, given each conversation's buyer. */
export function consultationsOf(rounds: readonly CountedRound[], buyerOf: (conversationId: string) => string | undefined): Consultation[] {
  return rounds.flatMap((r) => {
    const buyerId = buyerOf(r.conversationId);
    return r.agentId !== null && r.repliedAt !== null && buyerId ? [{ conversationId: r.conversationId, buyerId, shopId: r.shopId, agentId: r.agentId, at: r.startedAt }] : [];
  });
}

/** Credits each order to at most one consultation (the rule above). */
export function creditOrders(consultations: readonly Consultation[], orders: readonly SaleOrder[], windowMs: (shopId: string) => number = () => DEFAULT_ATTRIBUTION_MS): CreditedConsultation[] {
  const byBuyer = new Map<string, Consultation[]>();
  for (const c of consultations) {
    const k = `${c.shopId}|${c.buyerId}`;
    const list = byBuyer.get(k);
    if (list) list.push(c);
    else byBuyer.set(k, [c]);
  }
  for (const list of byBuyer.values()) list.sort((a, b) => a.at - b.at);
  const credited = new Map<Consultation, SaleOrder[]>();
  for (const o of orders) {
    const list = byBuyer.get(`${o.shopId}|${o.buyerId}`);
    if (!list) continue;
    let best: Consultation | null = null;
    for (const c of list) if (c.at <= o.createdAt) best = c;
    if (best && o.createdAt - best.at <= windowMs(o.shopId)) credited.set(best, [...(credited.get(best) ?? []), o]);
  }
  return consultations.map((c) => {
    const mine = credited.get(c) ?? [];
    return { ...c, orders: mine, paidFen: mine.reduce((s, o) => s + (o.paidAt !== null ? o.totalFen : 0), 0) };
  });
}

export interface ConversionRow extends Cell {
  consulted: number;
  ordered: number;
  paid: number;
  orderRate: number | null;
  conversion: number | null;
  salesFen: number;
  perBuyerFen: number | null;
}

export const consultationPlace = (c: Consultation): Place => ({ agentId: c.agentId, shopId: c.shopId, at: c.at });

/** The funnel of some credited consultations: distinct buyers at each step, and the money. */
export function conversionFigures(facts: readonly CreditedConsultation[]): Omit<ConversionRow, keyof Cell> {
  const consulted = new Set(facts.map((f) => f.buyerId));
  const ordered = new Set(facts.filter((f) => f.orders.length > 0).map((f) => f.buyerId));
  const paid = new Set(facts.filter((f) => f.orders.some((o) => o.paidAt !== null)).map((f) => f.buyerId));
  const salesFen = facts.reduce((s, f) => s + f.paidFen, 0);
  return {
    consulted: consulted.size,
    ordered: ordered.size,
    paid: paid.size,
    orderRate: ratio(ordered.size, consulted.size),
    conversion: ratio(paid.size, consulted.size),
    salesFen,
    perBuyerFen: paid.size ? Math.round(salesFen / paid.size) : null,
  };
}

export function conversionRates(facts: readonly CreditedConsultation[], groupBy: readonly GroupKey[]): ConversionRow[] {
  return groupFacts(facts, groupBy, consultationPlace).map(({ cell, facts: f }) => ({ ...cell, ...conversionFigures(f) }));
}
