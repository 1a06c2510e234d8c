import { NotBoughtReason } from '../../schemas/presale';
import { groupFacts, type Cell, type GroupKey, type Place } from './group';

/** Why a buyer did not buy, as the agent tags it when resolving a presale chat (价格, 尺码, 缺货, 物流, 犹豫, 其他). */
export const NOT_BOUGHT_REASONS = NotBoughtReason.options;
export type { NotBoughtReason };

export type ChatOutcome = { ordered: true; reason: null } | { ordered: false; reason: NotBoughtReason };

/** A resolved, tagged presale chat (the drill-down's rows). */
export interface OutcomeFact {
  conversationId: string;
  shopId: string;
  agentId: string | null;
  at: number;
  ordered: boolean;
  reason: NotBoughtReason | null;
}

export const outcomePlace = (o: OutcomeFact): Place => ({ agentId: o.agentId, shopId: o.shopId, at: o.at });

export interface OutcomeRow extends Cell {
  tagged: number;
  ordered: number;
  /** Not bought, per reason (every reason present, 0 when none). */
  reasons: Record<NotBoughtReason, number>;
}

export function outcomeFigures(facts: readonly OutcomeFact[]): Omit<OutcomeRow, keyof Cell> {
  const reasons = Object.fromEntries(NOT_BOUGHT_REASONS.map((r) => [r, 0])) as Record<NotBoughtReason, number>;
  for (const f of facts) if (!f.ordered && f.reason) reasons[f.reason] += 1;
  return { tagged: facts.length, ordered: facts.filter((f) => f.ordered).length, reasons };
}

export function outcomeRates(facts: readonly OutcomeFact[], groupBy: readonly GroupKey[]): OutcomeRow[] {
  return groupFacts(facts, groupBy, outcomePlace).map(({ cell, facts: f }) => ({ ...cell, ...outcomeFigures(f) }));
}
