import { teamBoard, type AgentBoardRow } from '@shared/domain/team';
import type { Agent, Conversation } from '@shared/schemas/entities';
import { alive } from '../repositories/tracked';
import { getDb } from '../store';

export interface TeamBoardView {
  rows: (AgentBoardRow & { name: string })[];
  /** Waiting buyers, oldest first, with whom they wait for: what the supervisor reassigns. */
  waiting: { id: string; buyerNick: string; waitsFor: string | null; lastBuyerAt: number }[];
}

/** Start of the Shanghai day `now` falls in. */
const shanghaiDayStart = (now: number): number => now - ((now + 8 * 3_600_000) % 86_400_000);

/**
 * The supervisor's 团队 board from the synced records every PC holds: each agent's waiting
 * queue and longest wait, buyers past the 3-minute line, buyers answered today.
 */
export async function teamBoardView(now: number): Promise<TeamBoardView> {
  const db = getDb();
  const dayStart = shanghaiDayStart(now);
  const [agents, waiting, answeredToday] = await Promise.all([
    db.agents.toArray(),
    db.conversations.where('[status+lastBuyerAt]').between(['waiting', 0], ['waiting', now + 1]).toArray(),
    db.conversations.where('updatedAt').aboveOrEqual(dayStart).filter((c) => c.status === 'answered').toArray(),
  ]);
  const team = agents.filter(alive).filter((a: Agent) => !a.demo);
  const live = waiting.filter(alive);
  const board = teamBoard(team.map((a) => a.id), live, answeredToday.map((c: Conversation) => ({ agentId: c.assignedTo, at: c.firstReplyAt ?? c.updatedAt })), now, dayStart);
  const names = new Map(team.map((a) => [a.id, a.name]));
  const buyers = await db.buyers.bulkGet(live.map((c) => c.buyerId));
  return {
    rows: board.map((r) => ({ ...r, name: names.get(r.agentId) ?? '' })),
    waiting: live.map((c, i) => ({ id: c.id, buyerNick: buyers[i]?.nick ?? '', waitsFor: c.transfer?.to ?? c.assignedTo, lastBuyerAt: c.lastBuyerAt })).sort((a, b) => a.lastBuyerAt - b.lastBuyerAt),
  };
}
