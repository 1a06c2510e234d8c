import { paymentCredits } from '@shared/domain/payments';
import {
  buyerRounds, consultationsOf, countedRounds, creditOrders, DEFAULT_ATTRIBUTION_MS, type CaseFact, type OutcomeFact, type PaidOrderFact, type Range, type ReportFacts, type ReviewFact, type SaleOrder,
} from '@shared/domain/reports';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { liveShops, policyLookup } from '../orders/policy';
import { chatBetween } from './chatLines';

/**
 * Every record the 报表 figures of [from, until) count, read by index ranges bounded by time
 * (messages by [conversationId+at], orders by createdAt and paidAt, reminders by
 * [kind+state+updatedAt], tickets by createdAt, reviews by postedAt) — never a table scan.
 * Rows pulled from the team's other PCs are the same rows in the same tables, so the figures
 * cover the whole team once they are here.
 */
export async function reportFacts(range: Range, now: number): Promise<ReportFacts> {
  const db = getDb();
  const { from, until } = range;
  const [{ lines, conversations }, shops] = await Promise.all([chatBetween(from, until), liveShops()]);
  const policyOf = policyLookup(shops);
  const buyerOf = new Map(conversations.map((c) => [c.id, c.buyerId]));
  const rounds = countedRounds(lines, Math.min(now, until));

  const [placed, paidRows, sent, tickets, reviews] = await Promise.all([
    // Orders an in-range consultation may be credited with: placed from `from` to a window after `until`.
    db.orders.where('createdAt').between(from, until + DEFAULT_ATTRIBUTION_MS, true, false).toArray(),
    db.orders.where('paidAt').between(from, until, true, false).toArray(),
    db.reminders.where('[kind+state+updatedAt]').between(['payment', 'done', from], ['payment', 'done', until], true, false).toArray(),
    db.tickets.where('createdAt').between(from, until, true, false).toArray(),
    db.reviews.where('postedAt').between(from, until, true, false).toArray(),
  ]);

  const asSale = (o: (typeof placed)[number]): SaleOrder => ({ id: o.id, orderNo: o.orderNo, buyerId: o.buyerId, shopId: o.shopId, createdAt: o.createdAt, paidAt: o.paidAt, totalFen: o.totalFen });
  const consultations = creditOrders(consultationsOf(rounds, (id) => buyerOf.get(id)), placed.filter(alive).map(asSale));
  const creditedTo = new Map(consultations.flatMap((c) => c.orders.map((o) => [o.id, c.agentId] as const)));

  const remindedOrders = (await db.orders.bulkGet([...new Set(sent.filter(alive).map((r) => r.subjectId))])).filter(alive);
  const payments = paymentCredits(sent.filter(alive), remindedOrders, { autoCloseMinutes: (id) => policyOf(id).autoCloseMinutes });

  const paidOrders: PaidOrderFact[] = paidRows.filter(alive).flatMap((o) => (o.paidAt === null ? [] : [{ id: o.id, shopId: o.shopId, agentId: creditedTo.get(o.id) ?? null, paidAt: o.paidAt }]));
  const cases: CaseFact[] = tickets.filter(alive);
  const reviewFacts: ReviewFact[] = reviews.filter(alive);
  const outcomes: OutcomeFact[] = conversations.flatMap((c) =>
    c.outcome && c.outcome.at >= from && c.outcome.at < until ? [{ conversationId: c.id, shopId: c.shopId, agentId: c.outcome.agentId, at: c.outcome.at, ordered: c.outcome.ordered, reason: c.outcome.reason }] : [],
  );
  const visits = buyerRounds(lines).filter((r) => r.startedAt >= from && r.startedAt < until);
  return { visits, rounds, consultations, payments, cases, paidOrders, reviews: reviewFacts, outcomes };
}

/** Names for a drill-down's rows: buyers' nicks and orders' numbers, by id (one bulk read each). */
export async function drillNames(buyerIds: readonly string[], orderIds: readonly string[]): Promise<{ buyers: Map<string, string>; orders: Map<string, string> }> {
  const db = getDb();
  const [buyers, orders] = await Promise.all([db.buyers.bulkGet([...new Set(buyerIds)]), db.orders.bulkGet([...new Set(orderIds)])]);
  return {
    buyers: new Map(buyers.filter(alive).map((b) => [b.id, b.nick])),
    orders: new Map(orders.filter(alive).map((o) => [o.id, o.orderNo])),
  };
}

/** The buyer of each conversation (a drill-down row of a chat names its buyer). */
export async function conversationBuyers(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await getDb().conversations.bulkGet([...new Set(ids)]);
  return new Map(rows.filter(alive).map((c) => [c.id, c.buyerId]));
}
