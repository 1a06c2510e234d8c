import Dexie from 'dexie';
import { OPEN_REVIEW_STATUSES } from '@shared/domain/cases';
import { teamBoard, teamKpis, type AgentBoardRow, type AgentKpis } from '@shared/domain/team';
import type { Agent, Review, Ticket } from '@shared/schemas/entities';
import { successRates } from '../orders/payments';
import { chatLinesBetween } from '../reports/chatLines';
import { alive } from '../repositories/tracked';
import { getDb } from '../store';

export interface TeamCase {
  kind: 'ticket' | 'review';
  id: string;
  buyerNick: string;
  ownerId: string | null;
  /** 售后 type or 中差评 rating, as the case lists name them. */
  what: string;
}

export interface TeamBoardView {
  rows: (AgentBoardRow & { name: string; kpis: AgentKpis | null })[];
  /** Waiting buyers, oldest first, with whom they wait for: what the supervisor reassigns. */
  waiting: { id: string; buyerNick: string; waitsFor: string | null; lastBuyerAt: number }[];
  /** Open 售后 cases and 中差评: what the supervisor hands to another agent. */
  cases: TeamCase[];
}

/** Start of the Shanghai day `now` falls in. */
export const shanghaiDayStart = (now: number): number => now - ((now + 8 * 3_600_000) % 86_400_000);

const CLOSED_REVIEW = ['modified', 'explained', 'unchanged'] as const;

/**
 * Cases closed today with their owner. Closed cases have no index by close time (store v8), so
 * this reads the closed ones by status; the 团队 tab is a supervisor's screen, not every PC's hot path.
 */
async function closedToday(dayStart: number): Promise<{ ownerId: string | null; at: number }[]> {
  const db = getDb();
  const [tickets, reviews] = await Promise.all([
    Promise.all(['resolved', 'closed'].map((s) => db.tickets.where('[status+dueAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray())),
    Promise.all(CLOSED_REVIEW.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray())),
  ]);
  return [
    ...tickets.flat().filter(alive).map((t: Ticket) => ({ ownerId: t.ownerId, at: t.resolvedAt ?? 0 })),
    ...reviews.flat().filter(alive).map((r: Review) => ({ ownerId: r.ownerId, at: r.closedAt ?? 0 })),
  ].filter((c) => c.at >= dayStart);
}

async function openCases(): Promise<TeamCase[]> {
  const db = getDb();
  const [tickets, reviews] = await Promise.all([
    db.tickets.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray(),
    Promise.all(OPEN_REVIEW_STATUSES.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray())),
  ]);
  const open = [...tickets.filter(alive).map((t) => ({ kind: 'ticket' as const, c: t, what: t.type })), ...reviews.flat().filter(alive).map((r) => ({ kind: 'review' as const, c: r, what: r.rating }))];
  const buyers = await db.buyers.bulkGet(open.map((o) => o.c.buyerId));
  return open.map((o, i) => ({ kind: o.kind, id: o.c.id, buyerNick: buyers[i]?.nick ?? '', ownerId: o.c.ownerId, what: o.what }));
}

/**
 * The supervisor's 团队 board from the synced records every PC holds: each agent's waiting
 * queue and longest wait, buyers past the 3-minute line, today's KPIs (the 报表's figures per
 * agent), and the open cases to reassign.
 */
export async function teamBoardView(now: number): Promise<TeamBoardView> {
  const db = getDb();
  const dayStart = shanghaiDayStart(now);
  const [agents, waiting, answeredToday, lines, payments, closed, cases] = await Promise.all([
    db.agents.toArray(),
    db.conversations.where('[status+lastBuyerAt]').between(['waiting', 0], ['waiting', now + 1]).toArray(),
    db.conversations.where('updatedAt').aboveOrEqual(dayStart).filter((c) => c.status === 'answered').toArray(),
    chatLinesBetween(dayStart, now),
    successRates(dayStart, ['agent'], now),
    closedToday(dayStart),
    openCases(),
  ]);
  const team = agents.filter(alive).filter((a: Agent) => !a.demo);
  const live = waiting.filter(alive);
  const ids = team.map((a) => a.id);
  const board = teamBoard(ids, live, answeredToday.map((c) => ({ agentId: c.assignedTo, at: c.firstReplyAt ?? c.updatedAt })), now, dayStart);
  const kpis = new Map(teamKpis(ids, { lines, payments, closed }, dayStart, now).map((k) => [k.agentId, k]));
  const names = new Map(team.map((a) => [a.id, a.name]));
  const buyers = await db.buyers.bulkGet(live.map((c) => c.buyerId));
  return {
    rows: board.map((r) => ({ ...r, name: names.get(r.agentId) ?? '', kpis: kpis.get(r.agentId) ?? null })),
    waiting: live.map((c, i) => ({ id: c.id, buyerNick: buyers[i]?.nick ?? '', waitsFor: c.transfer?.to ?? c.assignedTo, lastBuyerAt: c.lastBuyerAt })).sort((a, b) => a.lastBuyerAt - b.lastBuyerAt),
    cases,
  };
}
