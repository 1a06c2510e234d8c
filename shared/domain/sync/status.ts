import type { z } from 'zod';
import type { ConversationStatus, ReminderState, ReviewStatus, TicketStatus, TicketStep } from '../../schemas/entities';
import type { BuyerPromise } from '../../schemas/shift';

/**
 * Workflow status fields only move forward (DESIGN.md §3): when two PCs move the same case,
 * the one further along wins whatever order they reach the server in, and an edit made
 * offline from an older state cannot pull a resolved ticket back to open.
 *
 * A rule names a group of fields and ranks a record by them; ranks compare as tuples. Equal
 * ranks are not "backwards" (two terminal review outcomes, a re-signed handover): per-field
 * LWW decides between them.
 */
export interface StatusRule {
  fields: readonly string[];
  rank(record: Record<string, unknown>): readonly number[];
}

type Fields = Record<string, unknown>;

export const TICKET_STATUS_RANK: Record<z.infer<typeof TicketStatus>, number> = { open: 0, resolved: 1, closed: 2 };
export const TICKET_STEP_RANK: Record<z.infer<typeof TicketStep>, number> = { soothe: 0, verify: 1, handle: 2, track: 3, revisit: 4 };
/** The three outcomes are all final; which one stands is LWW. */
export const REVIEW_STATUS_RANK: Record<z.infer<typeof ReviewStatus>, number> = { new: 0, contacting: 1, negotiating: 2, modified: 3, explained: 3, unchanged: 3 };
export const REMINDER_STATE_RANK: Record<z.infer<typeof ReminderState>, number> = { due: 0, done: 1, cancelled: 1 };
export const PROMISE_STATE_RANK: Record<BuyerPromise['state'], number> = { open: 0, kept: 1, cancelled: 1 };
/** Within one round of the buyer's (same lastBuyerAt): waiting → answered → closed. */
export const CONVERSATION_STATUS_RANK: Record<z.infer<typeof ConversationStatus>, number> = { waiting: 0, answered: 1, closed: 2 };

const byRank =
  (field: string, ranks: Record<string, number>): StatusRule['rank'] =>
  (r) => [ranks[String(r[field])] ?? -1];

const num = (v: unknown): number => (typeof v === 'number' ? v : -1);

export const STATUS_RULES: Readonly<Record<string, readonly StatusRule[]>> = {
  tickets: [
    { fields: ['status'], rank: byRank('status', TICKET_STATUS_RANK) },
    { fields: ['step'], rank: byRank('step', TICKET_STEP_RANK) },
  ],
  reviews: [{ fields: ['status'], rank: byRank('status', REVIEW_STATUS_RANK) }],
  reminders: [{ fields: ['state'], rank: byRank('state', REMINDER_STATE_RANK) }],
  promises: [{ fields: ['state'], rank: byRank('state', PROMISE_STATE_RANK) }],
  // A conversation cycles (the buyer writes again), so its order is (round, status): a new
  // round (a later lastBuyerAt) may go back to waiting; a reply to an older round cannot
  // clear a newer waiting buyer, and cannot move the round back.
  conversations: [{ fields: ['lastBuyerAt', 'status'], rank: (r: Fields) => [num(r.lastBuyerAt), CONVERSATION_STATUS_RANK[String(r.status) as 'waiting'] ?? -1] }],
  // A handover has no status field: drafted → signed out → signed in, and never un-signed.
  handovers: [{ fields: ['signedOutAt', 'signedInAt'], rank: (r: Fields) => [r.signedInAt != null ? 2 : r.signedOutAt != null ? 1 : 0] }],
};

/** Lexicographic comparison of rank tuples: negative when `a` is behind `b`. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
