import { RESPONSE_LINE_MS } from './waitLevel';

export interface AlertEntry {
  id: string;
  shopId: string;
  /** When this waiting round began: the buyer's first unanswered message (kept while waiting). */
  lastBuyerAt: number;
}

export type AlertLevel = 'new' | 'over';

/** What the alarm announced for one conversation: the round it belongs to, at which level, under which key. */
export interface Announced {
  round: number;
  level: AlertLevel;
  key: string;
}

/** What the alert loop remembers between passes: conversation id → what was announced. */
export type AlertMemory = ReadonlyMap<string, Announced>;

export type AlertAction =
  | { kind: 'show'; id: string; key: string; level: AlertLevel; sound: boolean; repeat: boolean }
  | { kind: 'ack'; id: string; key: string };

/**
 * The notification key of one waiting round at one level, in the spirit of the tray's due keys
 * (shared/domain/tray/keys.ts): an escalation over the 3-minute line and a buyer who writes
 * again after being answered are new keys, so the host rings for them, while the same round at
 * the same level keeps its key and, once acknowledged, never rings again.
 */
export function alertKey(conversationId: string, roundStart: number, level: AlertLevel): string {
  return `presale:${conversationId}:${roundStart}:${level}`;
}

/** The one notification standing for a burst of new buyers, keyed by the pass that raised it. */
export function burstKey(at: number): string {
  return `presale:burst:${at}`;
}

/**
 * One pass of the waiting-buyer alarm: a newly waiting buyer rings once; a buyer over the
 * 3-minute line raises a notification that repeats until acknowledged; a buyer who left the
 * queue (answered, resolved, handed over) is acknowledged; a buyer who writes again after that
 * starts a new round and rings again. Each show that supersedes an earlier one (escalation, new
 * round) acknowledges the earlier key first. Muted shops make no sound and no notification, but
 * still get acknowledged.
 */
export function alertPass(waiting: readonly AlertEntry[], memory: AlertMemory, mutedShops: ReadonlySet<string>, now: number): { actions: AlertAction[]; memory: Map<string, Announced> } {
  const actions: AlertAction[] = [];
  const next = new Map<string, Announced>();
  const present = new Set<string>();
  for (const w of waiting) {
    present.add(w.id);
    const before = memory.get(w.id);
    if (mutedShops.has(w.shopId)) {
      if (before) actions.push({ kind: 'ack', id: w.id, key: before.key });
      continue;
    }
    const level: AlertLevel = now - w.lastBuyerAt >= RESPONSE_LINE_MS ? 'over' : 'new';
    if (before && before.round === w.lastBuyerAt && (before.level === level || before.level === 'over')) {
      next.set(w.id, before);
      continue;
    }
    if (before) actions.push({ kind: 'ack', id: w.id, key: before.key });
    const key = alertKey(w.id, w.lastBuyerAt, level);
    next.set(w.id, { round: w.lastBuyerAt, level, key });
    actions.push({ kind: 'show', id: w.id, key, level, sound: true, repeat: level === 'over' });
  }
  for (const [id, before] of memory) if (!present.has(id)) actions.push({ kind: 'ack', id, key: before.key });
  return { actions, memory: next };
}
