import { MINUTE } from '../../lib/time';
import type { SyncMutation } from '../../schemas/sync';

/** How far a PC's clock may run ahead of the server before its timestamps are not believed. */
export const CLOCK_TOLERANCE_MS = 5 * MINUTE;

export type ClockFlag = 'clock_ahead';

/**
 * A PC's clock never orders writes (the server's version does), but its timestamps are still
 * stored and shown: the edit time, the record's updatedAt, a platform time. One from more than
 * five minutes in the server's future is clamped to the server's now and the answer says so,
 * so a PC two hours ahead cannot make its platform facts win for two hours.
 */
export function clampClock(m: SyncMutation, now: number): { mutation: SyncMutation; flags: ClockFlag[] } {
  const limit = now + CLOCK_TOLERANCE_MS;
  let ahead = false;
  const clamp = (t: number): number => {
    if (t <= limit) return t;
    ahead = true;
    return now;
  };
  const fields = typeof m.fields.updatedAt === 'number' ? { ...m.fields, updatedAt: clamp(m.fields.updatedAt) } : m.fields;
  const mutation: SyncMutation = { ...m, at: clamp(m.at), fields, ...(m.platformAt !== undefined ? { platformAt: clamp(m.platformAt) } : {}) };
  return { mutation, flags: ahead ? ['clock_ahead'] : [] };
}
