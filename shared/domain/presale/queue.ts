import { waitLevel, type WaitLevel } from './waitLevel';

/** What the queue rules need of a waiting conversation. */
export interface QueueEntry {
  id: string;
  shopId: string;
  stage: 'presale' | 'aftersale';
  lastBuyerAt: number;
  /** Set when a colleague handed this buyer over; only the receiver sees it in the queue. */
  transferTo?: string | null;
}

export interface QueueFilter {
  shopId?: string | null;
  stage?: 'presale' | 'aftersale' | null;
  /** The signed-in agent: buyers handed over to someone else are left out. */
  agentId: string;
}

/**
 * The one queue across shops: longest wait first (ties by id so the order is stable), buyers
 * handed to this agent before everyone else because a colleague already made them wait.
 */
export function orderQueue<T extends QueueEntry>(rows: readonly T[], filter: QueueFilter): T[] {
  return rows
    .filter((r) => (r.transferTo == null || r.transferTo === filter.agentId)
      && (!filter.shopId || r.shopId === filter.shopId)
      && (!filter.stage || r.stage === filter.stage))
    .sort((a, b) => Number(b.transferTo === filter.agentId) - Number(a.transferTo === filter.agentId)
      || a.lastBuyerAt - b.lastBuyerAt
      || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The "next waiting buyer" key: the first in queue order that is not the one on screen. */
export function nextWaiting<T extends QueueEntry>(ordered: readonly T[], currentId: string | null): T | null {
  return ordered.find((r) => r.id !== currentId) ?? null;
}

/** Counts per colour for the queue header (how many are over the 3-minute line). */
export function levelCounts(rows: readonly Pick<QueueEntry, 'lastBuyerAt'>[], now: number): Record<WaitLevel, number> {
  const out: Record<WaitLevel, number> = { fresh: 0, approaching: 0, over: 0 };
  for (const r of rows) out[waitLevel(r.lastBuyerAt, now)]++;
  return out;
}
