import type { TicketType } from '../../schemas/cases';
import { DAY } from '../../lib/time';
import { RETURN_EXCLUSIONS, type ReturnExclusion } from './kinds';

/** 7天无理由: counted in whole 24-hour periods from the moment the buyer signed for the parcel. */
export const RETURN_WINDOW_MS = 7 * DAY;

export interface ReturnInput {
  /** When the buyer signed for the parcel; null if not yet received. */
  receivedAt: number | null;
  /** Excluded conditions the agent ticked (worn, washed, tags removed, underwear, clearance). */
  conditions: Partial<Record<ReturnExclusion, boolean>>;
}

export interface ReturnEligibility {
  eligible: boolean;
  /** Why not: 'notReceived', 'expired', or the exclusion keys that apply. */
  reasons: string[];
  /** End of the window (null if not received). */
  windowEndsAt: number | null;
}

/** Whether a 7-day no-reason return is allowed at `now`. The last millisecond of day 7 still counts. */
export function returnEligibility(input: ReturnInput, now: number): ReturnEligibility {
  const reasons: string[] = [];
  const windowEndsAt = input.receivedAt === null ? null : input.receivedAt + RETURN_WINDOW_MS;
  if (windowEndsAt === null) reasons.push('notReceived');
  else if (now > windowEndsAt) reasons.push('expired');
  for (const k of RETURN_EXCLUSIONS) if (input.conditions[k]) reasons.push(k);
  return { eligible: reasons.length === 0, reasons, windowEndsAt };
}

/**
 * Who pays the return shipping (seed 003): the shop when the fault is ours (错发, 质量, 少发),
 * the buyer for a change of mind (7天无理由, 退款) unless the agent found our fault after all.
 */
export function returnShippingPayer(type: TicketType, ourFault = false): 'shop' | 'buyer' | 'none' {
  if (type === 'wrong_item' || type === 'quality' || type === 'missing_item') return 'shop';
  if (type === 'return_7day' || type === 'refund') return ourFault ? 'shop' : 'buyer';
  return 'none';
}
