import { z } from 'zod';
import { EpochMs, Id, OrderNo, Platform } from './common';

/**
 * The outbound half of the loopback endpoint (docs/ingest.md, "Outbox"): what this PC asks the
 * shop's bridge to do on the platform, and what the bridge answers. Every object is strict, so
 * a bridge that sends a field we do not know hears its name.
 */

/** Outbox item ids are ours (ULID-like); the bridge uses them as its idempotency key. */
export const OutboxItemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'id: 1–64 letters, digits, . _ : -');

const base = {
  id: OutboxItemId,
  shopId: Id,
  platform: Platform,
  createdAt: EpochMs,
  /** After this the host stops offering the item and reports it failed (`expired`). */
  expiresAt: EpochMs,
};

/** A message to the buyer in the platform's chat (reply, phrase, 催付, 核实, case step). */
export const OutboxMessage = z.object({ ...base, kind: z.literal('message'), buyerNick: z.string().min(1).max(64), text: z.string().min(1).max(5000), orderNo: OrderNo.nullable() }).strict();
/** The order's whole seller memo (备注) and its flag, as the platform stores them (a replace, not an append). */
export const OutboxMemo = z.object({ ...base, kind: z.literal('memo'), orderNo: OrderNo, memo: z.string().max(4000), bytes: z.number().int().nonnegative(), flag: z.number().int().min(0).max(10).nullable() }).strict();
/** The seller closes an unpaid order. */
export const OutboxCloseOrder = z.object({ ...base, kind: z.literal('closeOrder'), orderNo: OrderNo, reason: z.string().min(1).max(200) }).strict();
/** The buyer confirmed a new address: the bridge writes it to the order. */
export const OutboxAddress = z.object({ ...base, kind: z.literal('changeAddress'), orderNo: OrderNo, address: z.string().min(1).max(500) }).strict();
/** The shop's public explanation (解释) under a 中差评. */
export const OutboxReviewReply = z.object({ ...base, kind: z.literal('reviewReply'), orderNo: OrderNo, text: z.string().min(1).max(2000) }).strict();

export const OutboxItem = z.discriminatedUnion('kind', [OutboxMessage, OutboxMemo, OutboxCloseOrder, OutboxAddress, OutboxReviewReply]);
export type OutboxItem = z.infer<typeof OutboxItem>;
export type OutboxKind = OutboxItem['kind'];
export const OUTBOX_KINDS: readonly OutboxKind[] = ['message', 'memo', 'closeOrder', 'changeAddress', 'reviewReply'];

/** How one item ended, as the host reports it back to the page. */
export const OutboxOutcome = z.enum(['delivered', 'failed', 'expired']);
export type OutboxOutcome = z.infer<typeof OutboxOutcome>;

export const OutboxResult = z.object({
  seq: z.number().int().positive(),
  id: OutboxItemId,
  outcome: OutboxOutcome,
  reason: z.string().max(300).nullable(),
  at: EpochMs,
}).strict();
export type OutboxResult = z.infer<typeof OutboxResult>;

/** One line of POST /v1/outbox/ack. */
export const OutboxAckLine = z.object({
  id: OutboxItemId,
  status: z.enum(['delivered', 'failed']),
  /** Required with `failed`: what the platform said (shown to the agent). */
  reason: z.string().trim().min(1).max(300).optional(),
}).strict().refine((l) => l.status !== 'failed' || l.reason !== undefined, { message: 'required with status "failed"', path: ['reason'] });
export type OutboxAckLine = z.infer<typeof OutboxAckLine>;

export const OUTBOX_ACK_MAX = 200;
export const OutboxAckBody = z.object({ acks: z.array(OutboxAckLine).min(1).max(OUTBOX_ACK_MAX) }).strict();

/** What the bridge reads from GET /v1/outbox: the items with their offer sequence and attempt. */
export const OfferedItem = z.object({ seq: z.number().int().positive(), attempt: z.number().int().positive(), item: OutboxItem }).strict();
export type OfferedItem = z.infer<typeof OfferedItem>;

export const OutboxHostInfo = z.object({
  /** Items waiting for the bridge (offered or not yet pulled). */
  pending: z.number().int().nonnegative(),
  /** When a bridge last asked for items; null = never since start (no bridge running). */
  lastPullAt: EpochMs.nullable(),
  journalId: z.string(),
}).strict();
export type OutboxHostInfo = z.infer<typeof OutboxHostInfo>;
