import { shanghaiParts } from '../../lib/time';
import { RESPONSE_LINE_MS } from '../presale/waitLevel';
import { groupFacts, mean, ratio, type Cell, type GroupKey, type Place } from './group';

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

export type { GroupKey };

export interface ResponseRow extends Cell {
  /** Buyer rounds that started in counted hours. */
  rounds: number;
  /** Of those, answered by a person within 3 minutes. */
  within: number;
  rate: number | null;
  /** 平均响应时长: mean time to the manual reply over answered rounds, ms. */
  meanReplyMs: number | null;
  /** 首次响应时长: mean time to the manual reply over each conversation's first round, ms. */
  firstReplyMs: number | null;
  unanswered: number;
}

export interface Round {
  conversationId: string;
  shopId: string;
  startedAt: number;
  repliedAt: number | null;
  agentId: string | null;
  /** The conversation's first round among the lines given (its 首次响应). */
  first: boolean;
}

/**
 * Splits each conversation into rounds: a round starts with a buyer message after the last
 * manual reply and ends at the next manual reply. Auto replies and system lines (a transfer
 * note, a bot) never end a round: they are excluded from the manual figures. The round is
 * credited to the person who answered it — after a transfer, the receiver. Lines may come in
 * any order.
 */
export function buyerRounds(lines: readonly ChatLine[]): Round[] {
  const byConversation = new Map<string, ChatLine[]>();
  for (const l of lines) {
    const list = byConversation.get(l.conversationId);
    if (list) list.push(l);
    else byConversation.set(l.conversationId, [l]);
  }
  const rounds: Round[] = [];
  for (const [conversationId, list] of byConversation) {
    list.sort((a, b) => a.at - b.at);
    let open: Round | null = null;
    let first = true;
    for (const l of list) {
      if (l.from === 'buyer' && !open) {
        open = { conversationId, shopId: l.shopId, startedAt: l.at, repliedAt: null, agentId: null, first };
        first = false;
      } else if (l.from === 'agent' && open) {
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

export const inCountedHours = (at: number): boolean => {
  const h = shanghaiParts(at).hour;
  return h >= COUNTED_FROM_HOUR && h < COUNTED_UNTIL_HOUR;
};

/** A round the response figures count, with its outcome (the drill-down's rows). */
export interface CountedRound extends Round {
  waitMs: number | null;
  within: boolean;
}

/**
 * The rounds the response figures count at `now`: started in counted hours; an open round is
 * counted as missed once 3 minutes have passed, and left out while it may still make it.
 */
export function countedRounds(lines: readonly ChatLine[], now: number): CountedRound[] {
  return buyerRounds(lines)
    .filter((r) => inCountedHours(r.startedAt) && !(r.repliedAt === null && now - r.startedAt < RESPONSE_LINE_MS))
    .map((r) => {
      const waitMs = r.repliedAt === null ? null : r.repliedAt - r.startedAt;
      return { ...r, waitMs, within: waitMs !== null && waitMs <= RESPONSE_LINE_MS };
    });
}

export const roundPlace = (r: CountedRound): Place => ({ agentId: r.agentId, shopId: r.shopId, at: r.startedAt });

/** The response figures of some counted rounds. */
export function responseFigures(rounds: readonly CountedRound[]): Omit<ResponseRow, keyof Cell> {
  const answered = rounds.filter((r) => r.waitMs !== null);
  const within = rounds.filter((r) => r.within).length;
  return {
    rounds: rounds.length,
    within,
    rate: ratio(within, rounds.length),
    meanReplyMs: mean(answered.map((r) => r.waitMs as number)),
    firstReplyMs: mean(answered.filter((r) => r.first).map((r) => r.waitMs as number)),
    unanswered: rounds.length - answered.length,
  };
}

/** The 3-minute manual response rate and the response times per agent, shop, day and/or hour. */
export function responseRates(lines: readonly ChatLine[], groupBy: readonly GroupKey[], now: number): ResponseRow[] {
  return groupFacts(countedRounds(lines, now), groupBy, roundPlace).map(({ cell, facts }) => ({ ...cell, ...responseFigures(facts) }));
}
