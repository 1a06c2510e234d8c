import type { OutboxItem } from '../../schemas/outbox';
import type { DeliveryMode } from './mode';

/**
 * Where one buyer-facing action stands on this PC:
 * - bridge mode: `sending` (in the outbox) → `delivered` | `failed` (the bridge said so, or it expired);
 * - companion mode: `toCopy` (written, not yet on the clipboard) → `copied`.
 */
export type DeliveryState = 'sending' | 'delivered' | 'failed' | 'toCopy' | 'copied';

/** One outbox row as the page keeps it (Dexie `outbox`, per PC, never synced). */
export interface OutboxRow {
  id: string;
  /** The record the action belongs to: a message, a remark, an order, a review. */
  subjectId: string;
  /** The conversation a message belongs to (alerts open it), else null. */
  conversationId: string | null;
  /** The order a memo or order action is about (the order screen reads its rows), else null. */
  orderId: string | null;
  shopId: string;
  mode: DeliveryMode;
  state: DeliveryState;
  item: OutboxItem;
  /** The text an agent pastes in companion mode (a message's text, a memo, a close reason). */
  copyText: string;
  createdAt: number;
  /** When it was delivered, failed or copied. */
  settledAt: number | null;
  reason: string | null;
  /** The host's journal that holds it (null until offered; re-offered when the host's journal changes). */
  offeredTo: string | null;
  /** 1 for the first try; a 重发 makes a new row with the next number. */
  attempt: number;
  /** A failure the agent has seen and dealt with (resent, or dismissed): no more alerts. */
  handled: boolean;
}

export interface DeliveryView {
  state: DeliveryState;
  reason: string | null;
  /** 重发: a failed bridge delivery, not yet resent. */
  canResend: boolean;
  /** 复制: anything in companion mode can be copied (again). */
  canCopy: boolean;
  rowId: string;
  attempt: number;
}

/** The newest row of a subject says where it stands (a 重发 is a newer row). */
export function latestRow<T extends Pick<OutboxRow, 'createdAt' | 'attempt' | 'id'>>(rows: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of rows) if (!best || r.attempt > best.attempt || (r.attempt === best.attempt && r.createdAt > best.createdAt)) best = r;
  return best;
}

export function deliveryView(rows: readonly OutboxRow[]): DeliveryView | null {
  const r = latestRow(rows);
  if (!r) return null;
  return {
    state: r.state,
    reason: r.reason,
    canResend: r.mode === 'bridge' && r.state === 'failed',
    canCopy: r.mode === 'companion',
    rowId: r.id,
    attempt: r.attempt,
  };
}

/** Subject id → its view, for a history of messages (one pass over the rows). */
export function deliveriesBySubject(rows: readonly OutboxRow[]): Map<string, DeliveryView> {
  const groups = new Map<string, OutboxRow[]>();
  for (const r of rows) groups.set(r.subjectId, [...(groups.get(r.subjectId) ?? []), r]);
  const out = new Map<string, DeliveryView>();
  for (const [id, g] of groups) {
    const v = deliveryView(g);
    if (v) out.set(id, v);
  }
  return out;
}

/** Failed bridge deliveries nobody has dealt with: each is an alert, like a waiting buyer. */
export const needsAlert = (r: Pick<OutboxRow, 'mode' | 'state' | 'handled'>): boolean => r.mode === 'bridge' && r.state === 'failed' && !r.handled;

/** The result a host reported, applied to a row; a row already settled stays as it is (results are replayed). */
export function settleRow(row: OutboxRow, outcome: 'delivered' | 'failed' | 'expired', reason: string | null, at: number): OutboxRow {
  if (row.state !== 'sending') return row;
  if (outcome === 'delivered') return { ...row, state: 'delivered', settledAt: at, reason: null };
  return { ...row, state: 'failed', settledAt: at, reason: outcome === 'expired' ? 'expired' : reason ?? 'failed' };
}

/**
 * When an agent's message counts as a reply for the response-rate figures: when it was typed in
 * companion mode (the agent pastes it at once), when the platform took it in bridge mode — a
 * message still sending or failed has not reached the buyer, so it is no reply yet (null).
 */
export function replyCountsAt(messageAt: number, rows: readonly OutboxRow[]): number | null {
  const r = latestRow(rows);
  if (!r || r.mode === 'companion') return messageAt;
  const delivered = rows.filter((x) => x.state === 'delivered').map((x) => x.settledAt ?? messageAt);
  return delivered.length ? Math.min(...delivered) : null;
}
