import { MINUTE } from '../../lib/time';

/**
 * Taobao rates replies within 3 minutes: the one constant for that line — the queue's timers,
 * the alarm's escalation and the 报表 response rate all read it. We warn a minute before it.
 */
export const RESPONSE_LINE_MS = 3 * MINUTE;
export const APPROACHING_MS = 2 * MINUTE;

export type WaitLevel = 'fresh' | 'approaching' | 'over';

export function waitLevel(lastBuyerAt: number, now: number): WaitLevel {
  const waited = now - lastBuyerAt;
  if (waited >= RESPONSE_LINE_MS) return 'over';
  if (waited >= APPROACHING_MS) return 'approaching';
  return 'fresh';
}
