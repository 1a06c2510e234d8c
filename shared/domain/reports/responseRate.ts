import { shanghaiDate, shanghaiParts } from '../../lib/time';
import { RESPONSE_LINE_MS } from '../presale/waitLevel';

/** Taobao counts the manual response rate on consultations between 09:00 and 23:00. */
export const COUNTED_FROM_HOUR = 9;
export const COUNTED_UNTIL_HOUR = 23;

export interface ChatLine {
  conversationId: string;
  shopId: string;
  from: 'buyer' | 'agent' | 'system' | 'auto';
  at: number;
  agentId: string | null;
}

export type GroupKey = 'agent' | 'shop' | 'day';

export interface ResponseRow {
  agentId: string | null;
  shopId: string | null;
  day: string | null;
  /** Buyer rounds that started in counted hours. */
  rounds: number;
  /** Of those, answered by a person within 3 minutes. */
  within: number;
  rate: number | null;
  /** Mean time to the first manual reply of answered rounds, ms. */
  meanReplyMs: number | null;
  unanswered: number;
}

interface Round {
  shopId: string;
  startedAt: number;
  repliedAt: number | null;
  agentId: string | null;
}

/**
 * Splits each conversation into rounds: a round starts with a buyer message after the last
 * manual reply and ends at the next manual reply. Auto replies and system lines never end a
 * round (they are excluded from the manual rate). Lines may come in any order.
 */
export function buyerRounds(lines: readonly ChatLine[]): Round[] {
  const byConversation = new Map<string, ChatLine[]>();
  for (const l of lines) {
    const list = byConversation.get(l.conversationId);
    if (list) list.push(l);
    else byConversation.set(l.conversationId, [l]);
  }
  const rounds: Round[] = [];
  for (const list of byConversation.values()) {
    list.sort((a, b) => a.at - b.at);
    let open: Round | null = null;
    for (const l of list) {
      if (l.from === 'buyer' && !open) open = { shopId: l.shopId, startedAt: l.at, repliedAt: null, agentId: null };
      else if (l.from === 'agent' && open) {
        open.repliedAt = l.at;
        open.agentId = l.agentId;
        rounds.push(open);
        open = null;
      }
    }
    if (open) rounds.push(open);
  }
  return rounds;
}

const inCountedHours = (at: number): boolean => {
  const h = shanghaiParts(at).hour;
  return h >= COUNTED_FROM_HOUR && h < COUNTED_UNTIL_HOUR;
};

/**
 * The 3-minute manual response rate per agent, shop and/or Shanghai day. A round still open is
 * counted as missed once 3 minutes have passed by `now`, and left out while it may still make it.
 */
export function responseRates(lines: readonly ChatLine[], groupBy: readonly GroupKey[], now: number): ResponseRow[] {
  const groups = new Map<string, ResponseRow & { replySum: number; replied: number }>();
  for (const r of buyerRounds(lines)) {
    if (!inCountedHours(r.startedAt)) continue;
    if (r.repliedAt === null && now - r.startedAt < RESPONSE_LINE_MS) continue;
    const agentId = groupBy.includes('agent') ? r.agentId : null;
    const shopId = groupBy.includes('shop') ? r.shopId : null;
    const day = groupBy.includes('day') ? shanghaiDate(r.startedAt) : null;
    const key = `${agentId}|${shopId}|${day}`;
    const g = groups.get(key) ?? { agentId, shopId, day, rounds: 0, within: 0, rate: null, meanReplyMs: null, unanswered: 0, replySum: 0, replied: 0 };
    g.rounds += 1;
    if (r.repliedAt === null) g.unanswered += 1;
    else {
      g.replied += 1;
      g.replySum += r.repliedAt - r.startedAt;
      if (r.repliedAt - r.startedAt <= RESPONSE_LINE_MS) g.within += 1;
    }
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ replySum, replied, ...row }) => ({ ...row, rate: row.rounds ? row.within / row.rounds : null, meanReplyMs: replied ? Math.round(replySum / replied) : null }))
    .sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || String(a.shopId).localeCompare(String(b.shopId)) || String(a.agentId).localeCompare(String(b.agentId)));
}
