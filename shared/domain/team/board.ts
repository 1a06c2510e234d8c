import { RESPONSE_LINE_MS } from '../presale/waitLevel';

/** What the board needs of a conversation and of a reply (synced records every PC has). */
export interface BoardConversation {
  id: string;
  status: 'waiting' | 'answered' | 'closed';
  lastBuyerAt: number;
  assignedTo: string | null;
  transfer?: { to: string } | null | undefined;
  deletedAt: number | null;
}
export interface BoardReply {
  agentId: string | null;
  at: number;
}

export interface AgentBoardRow {
  agentId: string;
  /** Buyers waiting for this agent: assigned to them, or handed to them. */
  waiting: number;
  longestWaitMs: number | null;
  /** Waiting past the 3-minute line. */
  overLine: number;
  repliesToday: number;
}

/** Who a waiting buyer waits for: the colleague it was handed to, else whoever it is assigned to (null: anyone). */
export const waitsFor = (c: BoardConversation): string | null => c.transfer?.to ?? c.assignedTo;

/**
 * The supervisor's 团队 board (issue 13 §5), per agent: the waiting queue, the longest wait,
 * buyers over the 3-minute line, replies since `dayStart`. Buyers nobody holds yet are the row
 * with agentId '' (the shared queue). Pure: time passed in.
 */
export function teamBoard(agentIds: readonly string[], conversations: readonly BoardConversation[], replies: readonly BoardReply[], now: number, dayStart: number): AgentBoardRow[] {
  const rows = new Map<string, AgentBoardRow>([...agentIds, ''].map((id) => [id, { agentId: id, waiting: 0, longestWaitMs: null, overLine: 0, repliesToday: 0 }]));
  for (const c of conversations) {
    if (c.deletedAt !== null || c.status !== 'waiting') continue;
    const row = rows.get(waitsFor(c) ?? '') ?? rows.get('');
    if (!row) continue;
    const waited = Math.max(0, now - c.lastBuyerAt);
    row.waiting += 1;
    row.longestWaitMs = Math.max(row.longestWaitMs ?? 0, waited);
    if (waited >= RESPONSE_LINE_MS) row.overLine += 1;
  }
  for (const r of replies) {
    if (r.at < dayStart || r.at > now || !r.agentId) continue;
    const row = rows.get(r.agentId);
    if (row) row.repliesToday += 1;
  }
  return [...rows.values()];
}
