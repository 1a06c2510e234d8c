import { responseRates, type ChatLine } from '../reports/responseRate';

/** Today's figures of one agent on the 团队 board (issue 13 §5). */
export interface AgentKpis {
  agentId: string;
  /** Manual replies sent today. */
  replies: number;
  /** Counted buyer rounds and those answered within 3 minutes (the 报表's rule, shared/domain/reports). */
  rounds: number;
  within: number;
  rate: number | null;
  /** 催付: orders reminded and paid after it (the 报表's attribution, shared/domain/payments). */
  reminded: number;
  paid: number;
  /** 售后 cases and 中差评 closed today by their owner. */
  casesClosed: number;
}

export interface KpiFacts {
  /** Today's chat lines (from the start of the Shanghai day to now). */
  lines: readonly ChatLine[];
  /** paymentSuccessRate grouped by agent, for today. */
  payments: readonly { agentId: string | null; reminded: number; paid: number }[];
  /** Cases closed (ticket resolved, review closed) with their owner and when. */
  closed: readonly { ownerId: string | null; at: number }[];
}

/**
 * Puts the report figures side by side per agent: it computes no rate of its own (the response
 * rate and 催付 rate are the 报表's functions), only counts replies and closed cases of the day.
 */
export function teamKpis(agentIds: readonly string[], facts: KpiFacts, dayStart: number, now: number): AgentKpis[] {
  const rows = new Map(agentIds.map((id) => [id, { agentId: id, replies: 0, rounds: 0, within: 0, rate: null, reminded: 0, paid: 0, casesClosed: 0 } as AgentKpis]));
  for (const l of facts.lines) {
    if (l.from !== 'agent' || !l.agentId || l.at < dayStart || l.at > now) continue;
    const row = rows.get(l.agentId);
    if (row) row.replies += 1;
  }
  for (const r of responseRates(facts.lines, ['agent'], now)) {
    const row = r.agentId ? rows.get(r.agentId) : undefined;
    if (row) Object.assign(row, { rounds: r.rounds, within: r.within, rate: r.rate });
  }
  for (const p of facts.payments) {
    const row = p.agentId ? rows.get(p.agentId) : undefined;
    if (row) Object.assign(row, { reminded: p.reminded, paid: p.paid });
  }
  for (const c of facts.closed) {
    const row = c.ownerId && c.at >= dayStart && c.at <= now ? rows.get(c.ownerId) : undefined;
    if (row) row.casesClosed += 1;
  }
  return [...rows.values()];
}
