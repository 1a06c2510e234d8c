import type { Agent, Order, Remark } from '../../schemas/entities';
import { formatShanghaiShort, HOUR } from '../../lib/time';
import { REMARK_TEXTS } from './content/casework';
import { demoId } from './ids';
import type { Rng } from './rng';
import { tracked } from './tracked';

/** How an order list shows its newest remark: the text signed with agent and time (seed 004). */
export const signRemark = (r: Pick<Remark, 'text' | 'agentName' | 'at'>): string => `${r.text}（${r.agentName} ${formatShanghaiShort(r.at)}）`;

/**
 * Signed remarks on about `count` paid orders, one or two each by different agents, and the
 * orders updated with their newest remark and flag. Unpaid orders get none: nothing to note yet.
 */
export function buildRemarks(rng: Rng, orders: readonly Order[], agents: readonly Agent[], now: number, count: number): { remarks: Remark[]; orders: Order[] } {
  const candidates = orders.filter((o) => o.paidAt !== null);
  const chosen = new Set(rng.sample(candidates, count).map((o) => o.id));
  const remarks: Remark[] = [];
  const updated = orders.map((order) => {
    if (!chosen.has(order.id) || order.paidAt === null) return order;
    const authors = rng.sample(agents, rng.chance(0.25) ? 2 : 1);
    let at = order.paidAt;
    let last: Remark | null = null;
    for (const agent of authors) {
      // Somewhere between the previous event and now, usually within the first day.
      const span = Math.max(0, now - at);
      at += rng.int(Math.min(5 * 60_000, span), Math.min(20 * HOUR, span));
      const flag = rng.chance(0.7) ? rng.int(1, 4) : null;
      last = { ...tracked(demoId(rng, at), now, agent.id), orderId: order.id, agentId: agent.id, agentName: agent.name, text: rng.pick(REMARK_TEXTS), at, flag };
      remarks.push(last);
    }
    return last ? { ...order, latestRemark: signRemark(last), flag: last.flag ?? order.flag, updatedBy: last.agentId } : order;
  });
  return { remarks, orders: updated };
}
