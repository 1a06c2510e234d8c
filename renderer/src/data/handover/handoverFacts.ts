import Dexie from 'dexie';
import type { HandoverFacts } from '@shared/domain/handover';
import { OPEN_REVIEW_STATUSES } from '@shared/domain/cases';
import { DAY } from '@shared/lib/time';
import { formatYuan } from '@shared/lib/money';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { openPromises } from './promises';
import { planAll } from '../orders/payments';

/** Answered conversations older than this are not looked at (the compiler keeps only this shift's). */
const UNRESOLVED_LOOKBACK = DAY;

/**
 * What the handover compiler needs, read from indexes only: waiting conversations (with their
 * transfer), answered-but-unresolved ones of the last day, 催付 the scheduler has due before `horizon`, orders paid
 * in the last 3 days with their 核实 state, open cases and reviews, open promises.
 */
export async function handoverFacts(now: number, horizon: number): Promise<HandoverFacts> {
  const db = getDb();
  const [shops, waiting, answered, payments, paid, tickets, reviews, promises, agents] = await Promise.all([
    db.shops.toArray(),
    db.conversations.where('[status+lastBuyerAt]').between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey]).toArray(),
    db.conversations.where('[status+lastBuyerAt]').between(['answered', now - UNRESOLVED_LOOKBACK], ['answered', Dexie.maxKey]).toArray(),
    // 催付 due before the next shift, as the scheduler computes it (stored rows only record sends).
    planAll(now).then(({ plans, orders }) => plans.filter((p) => p.kind !== 'none' && p.dueAt !== null && p.dueAt < horizon).map((p) => ({ plan: p, order: orders.get(p.orderId) }))),
    db.orders.where('[status+paidAt]').between(['paid', now - 3 * DAY], ['paid', Dexie.maxKey]).toArray(),
    db.tickets.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray(),
    Promise.all(OPEN_REVIEW_STATUSES.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray())).then((r) => r.flat()),
    openPromises(horizon),
    db.agents.toArray(),
  ]);
  const buyerIds = [...new Set([...waiting, ...answered, ...paid, ...tickets, ...reviews].map((x) => x.buyerId))];
  const buyers = new Map((await db.buyers.bulkGet(buyerIds)).filter(alive).map((b) => [b.id, b.nick]));
  const nick = (id: string): string => buyers.get(id) ?? '';
  const agentName = new Map(agents.map((a) => [a.id, a.name]));
  return {
    shops: shops.filter(alive).map((s) => ({ id: s.id, name: s.name })),
    waiting: waiting.filter(alive).map((c) => ({
      id: c.id, shopId: c.shopId, buyerNick: nick(c.buyerId), lastBuyerAt: c.lastBuyerAt, preview: c.lastPreview,
      transfer: c.transfer ? { toName: agentName.get(c.transfer.to) ?? '', reason: c.transfer.reason } : null,
    })),
    unresolved: answered.filter(alive).map((c) => ({ id: c.id, shopId: c.shopId, buyerNick: nick(c.buyerId), lastBuyerAt: c.lastBuyerAt, preview: c.lastPreview, resolvedAt: c.resolvedAt ?? null })),
    payments: payments.flatMap(({ plan, order: o }) =>
      o ? [{ id: `${o.id}:${plan.step}`, orderId: o.id, orderNo: o.orderNo, shopId: o.shopId, dueAt: plan.dueAt as number, label: `${o.items.map((i) => i.title).join('、').slice(0, 40)} ${formatYuan(o.totalFen)}` }] : [],
    ),
    paidOrders: paid.filter(alive).map((o) => ({ id: o.id, orderNo: o.orderNo, shopId: o.shopId, buyerNick: nick(o.buyerId), paidAt: o.paidAt ?? o.createdAt, flag: o.flag, remark: o.latestRemark, verification: o.verification?.state ?? null })),
    tickets: tickets.filter(alive).map((t) => ({ id: t.id, shopId: t.shopId, type: t.type, summary: t.summary, buyerNick: nick(t.buyerId), dueAt: t.dueAt })),
    reviews: reviews.filter(alive).map((r) => ({ id: r.id, shopId: r.shopId, rating: r.rating, buyerNick: nick(r.buyerId), text: r.text, nextContactAt: r.nextContactAt, postedAt: r.postedAt })),
    promises: promises.map(({ promise: p, buyer }) => ({ id: p.id, shopId: p.shopId, buyerNick: buyer?.nick ?? '', what: p.what, dueAt: p.dueAt, orderId: p.orderId, caseId: p.caseId, buyerId: p.buyerId, promisedByName: agentName.get(p.promisedBy) ?? '' })),
  };
}
