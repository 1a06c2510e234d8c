import { RESPONSE_LINE_MS } from './waitLevel';

export interface AlertEntry {
  id: string;
  shopId: string;
  lastBuyerAt: number;
}

/** What the alert loop remembers between passes: conversation id → level already announced. */
export type AlertMemory = ReadonlyMap<string, 'new' | 'over'>;

export type AlertAction =
  | { kind: 'show'; id: string; level: 'new' | 'over'; sound: boolean; repeat: boolean }
  | { kind: 'ack'; id: string };

/**
 * One pass of the waiting-buyer alarm: a newly waiting buyer rings once; a buyer over the
 * 3-minute line raises a notification that repeats until acknowledged; a buyer who left the
 * queue (answered, resolved, handed over) is acknowledged. Muted shops make no sound and no
 * notification, but still get acknowledged.
 */
export function alertPass(waiting: readonly AlertEntry[], memory: AlertMemory, mutedShops: ReadonlySet<string>, now: number): { actions: AlertAction[]; memory: Map<string, 'new' | 'over'> } {
  const actions: AlertAction[] = [];
  const next = new Map<string, 'new' | 'over'>();
  const present = new Set<string>();
  for (const w of waiting) {
    present.add(w.id);
    const level = now - w.lastBuyerAt >= RESPONSE_LINE_MS ? 'over' : 'new';
    const before = memory.get(w.id);
    if (mutedShops.has(w.shopId)) {
      if (before) actions.push({ kind: 'ack', id: w.id });
      continue;
    }
    next.set(w.id, level);
    if (before === level || before === 'over') {
      next.set(w.id, before);
      continue;
    }
    actions.push({ kind: 'show', id: w.id, level, sound: true, repeat: level === 'over' });
  }
  for (const id of memory.keys()) if (!present.has(id)) actions.push({ kind: 'ack', id });
  return { actions, memory: next };
}
