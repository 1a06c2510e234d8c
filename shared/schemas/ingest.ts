import { z } from 'zod';
import { EpochMs, Id } from './common';

/**
 * What a shop's ERP or bridge script posts to the loopback ingest server (docs/ingest.md).
 * Every object is strict: an unknown field is a mistake in the bridge, reported by name.
 */

export const INGEST_MAX_EVENTS = 500;
export const INGEST_MAX_BYTES = 1024 * 1024;
/**
 * The sender's idempotency key, per shop: the same shop + id posted twice is one event, the same
 * id from two shops is two (domain/ingest/eventKey.ts). 1–60 characters, never `/`.
 */
export const IngestEventId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$/, 'eventId: 1–60 letters, digits, . _ : - (starting with a letter or digit)');

/** 订单编号 arrives as text: a JSON number would already have lost digits of a 19-digit id. */
const OrderNoText = z.string({ error: (i) => (i.input === undefined ? 'required' : 'must be a string of digits (a JSON number loses digits)') })
  .regex(/^\d{6,24}$/, 'must be 6–24 digits');
const Nick = z.string().min(1).max(64);
const Fen = z.number().int().nonnegative().max(100_000_000_00);

const base = { eventId: IngestEventId, shopId: Id, at: EpochMs };

export const BuyerMessageEvent = z.object({ ...base, type: z.literal('buyer.message'), buyerNick: Nick, text: z.string().trim().min(1, 'empty').max(5000) }).strict();

export const IngestItem = z.object({
  title: z.string().min(1).max(200),
  sku: z.string().max(100).default(''),
  qty: z.number().int().positive().max(10_000),
  /** Unit price in fen. */
  priceFen: Fen,
}).strict();

export const OrderCreatedEvent = z.object({
  ...base, type: z.literal('order.created'), orderNo: OrderNoText, buyerNick: Nick,
  items: z.array(IngestItem).min(1).max(100), totalFen: Fen, createdAt: EpochMs,
}).strict();

export const OrderPaidEvent = z.object({ ...base, type: z.literal('order.paid'), orderNo: OrderNoText, paidAt: EpochMs.optional() }).strict();
export const OrderShippedEvent = z.object({ ...base, type: z.literal('order.shipped'), orderNo: OrderNoText, carrier: z.string().min(1).max(40), trackingNo: z.string().regex(/^[A-Za-z0-9-]{4,40}$/, 'letters, digits or -, 4–40') }).strict();
export const OrderClosedEvent = z.object({ ...base, type: z.literal('order.closed'), orderNo: OrderNoText, reason: z.string().max(200).optional() }).strict();

/** 中评 / 差评 as the platforms write them; the English words are accepted too. */
export const ReviewRating = z.enum(['中评', '差评', 'neutral', 'negative']);
export const ReviewPostedEvent = z.object({
  ...base, type: z.literal('review.posted'), orderNo: OrderNoText, rating: ReviewRating,
  text: z.string().max(2000), postedAt: EpochMs,
}).strict();

/** The event types by short name, so code switches on these instead of repeating the strings. */
export const EVENT = { message: 'buyer.message', created: 'order.created', paid: 'order.paid', shipped: 'order.shipped', closed: 'order.closed', review: 'review.posted' } as const;
export const INGEST_TYPES = Object.values(EVENT);

export const IngestEvent = z.discriminatedUnion('type', [BuyerMessageEvent, OrderCreatedEvent, OrderPaidEvent, OrderShippedEvent, OrderClosedEvent, ReviewPostedEvent]);
export type IngestEvent = z.infer<typeof IngestEvent>;
export type BuyerMessageEvent = z.infer<typeof BuyerMessageEvent>;
export type OrderCreatedEvent = z.infer<typeof OrderCreatedEvent>;
export type ReviewPostedEvent = z.infer<typeof ReviewPostedEvent>;
/** order.paid / order.shipped / order.closed: they move an existing order's status. */
export type OrderStatusEvent = z.infer<typeof OrderPaidEvent> | z.infer<typeof OrderShippedEvent> | z.infer<typeof OrderClosedEvent>;

/** One accepted event as the journal keeps it: `seq` orders them, acks go up to a seq. */
export const JournaledEvent = z.object({ seq: z.number().int().positive(), receivedAt: EpochMs, event: IngestEvent }).strict();
export type JournaledEvent = z.infer<typeof JournaledEvent>;

/** One bad event of a batch, named so the bridge's author can fix it. */
export const IngestProblem = z.object({
  index: z.number().int().nonnegative(),
  eventId: z.string().nullable(),
  field: z.string(),
  reason: z.string(),
}).strict();
export type IngestProblem = z.infer<typeof IngestProblem>;

/** The answer to POST /v1/events (202 all accepted, 207 some refused, 400 none accepted). */
export const IngestResponse = z.object({
  accepted: z.array(z.string()),
  duplicates: z.array(z.string()),
  rejected: z.array(IngestProblem),
  error: z.string().optional(),
}).strict();
export type IngestResponse = z.infer<typeof IngestResponse>;

/** A refused request or batch, kept (the last few) for the 设置 screen. */
export const IngestRejection = z.object({
  at: EpochMs,
  status: z.number().int(),
  error: z.string(),
  problems: z.array(IngestProblem).max(20),
  /** The same refusal in a row is kept once with its count (a flood cannot push out the others). */
  times: z.number().int().positive().optional(),
}).strict();
export type IngestRejection = z.infer<typeof IngestRejection>;

export const IngestInfo = z.object({
  url: z.string(),
  token: z.string(),
  running: z.boolean(),
  pending: z.number().int().nonnegative(),
  /** Changes when the journal is recreated, so a saved cursor from another journal is ignored. */
  journalId: z.string(),
  lastSeq: z.number().int().nonnegative(),
  receivedToday: z.number().int().nonnegative(),
  lastEventAt: EpochMs.nullable(),
  lastError: z.string().nullable(),
  rejections: z.array(IngestRejection).max(10),
}).strict();
export type IngestInfo = z.infer<typeof IngestInfo>;
