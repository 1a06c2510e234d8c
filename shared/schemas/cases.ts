import { z } from 'zod';
import { EpochMs, Id, Tracked } from './common';

export const TicketType = z.enum(['tracking', 'missing_item', 'wrong_item', 'quality', 'return_7day', 'refund', 'lost_parcel', 'intercept', 'out_of_stock']);
export type TicketType = z.infer<typeof TicketType>;

export const TicketStatus = z.enum(['open', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const TicketStep = z.enum(['soothe', 'verify', 'handle', 'track', 'revisit']);
export type TicketStep = z.infer<typeof TicketStep>;

/** Who caused the problem (seed 003: 少发/错发 need a named person, 质量 may be the supplier). */
export const ResponsibleParty = z.enum(['warehouse', 'courier', 'buyer', 'supplier', 'shop']);
export type ResponsibleParty = z.infer<typeof ResponsibleParty>;

/** Type-specific answers (查件 reason, weight checked, exchange or refund…): small scalar values. */
export const TicketFields = z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean()]));
export type TicketFields = z.infer<typeof TicketFields>;

export const Ticket = Tracked.extend({
  type: TicketType,
  shopId: Id,
  orderId: Id.nullable(),
  buyerId: Id,
  status: TicketStatus,
  step: TicketStep,
  dueAt: EpochMs,
  summary: z.string(),
  /** Reshipment (or return) tracking number. */
  trackingNo: z.string().nullable(),
  resolution: z.string().nullable(),
  amountFen: z.number().int().nonnegative().nullable(),
  /** Name of the person responsible (warehouse packer, courier company…). */
  responsible: z.string().nullable(),
  ownerId: Id.nullable(),
  createdAt: EpochMs,
  // Added by the cases area; optional so records written before them stay valid.
  responsibleParty: ResponsibleParty.nullable().optional(),
  conversationId: Id.nullable().optional(),
  product: z.string().max(200).optional(),
  fields: TicketFields.optional(),
  resolvedAt: EpochMs.nullable().optional(),
});
export type Ticket = z.infer<typeof Ticket>;

export const ReviewCause = z.enum(['quality', 'service', 'shipping', 'mood', 'malicious']);
export type ReviewCause = z.infer<typeof ReviewCause>;

export const ReviewStatus = z.enum(['new', 'contacting', 'negotiating', 'modified', 'explained', 'unchanged']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** What the buyer finally did: changed it, deleted it, refused, or we answered publicly. */
export const ReviewOutcome = z.enum(['modified', 'deleted', 'refused', 'explained']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

export const Review = Tracked.extend({
  shopId: Id,
  orderId: Id.nullable(),
  buyerId: Id,
  rating: z.enum(['neutral', 'negative']),
  text: z.string(),
  postedAt: EpochMs,
  cause: ReviewCause.nullable(),
  status: ReviewStatus,
  nextContactAt: EpochMs,
  explanation: z.string(),
  ownerId: Id.nullable(),
  // Added by the cases area; optional so records written before them stay valid.
  followUp: z.string().max(2000).optional(),
  compensationFen: z.number().int().nonnegative().nullable().optional(),
  outcome: ReviewOutcome.nullable().optional(),
  closedAt: EpochMs.nullable().optional(),
});
export type Review = z.infer<typeof Review>;

export const ContactChannel = z.enum(['chat', 'phone', 'sms']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const Contact = Tracked.extend({
  subjectId: Id,
  subjectKind: z.enum(['review', 'ticket', 'order']),
  channel: ContactChannel,
  result: z.string(),
  at: EpochMs,
  nextAt: EpochMs.nullable(),
  agentId: Id,
});
export type Contact = z.infer<typeof Contact>;

/** A case photo's metadata; the image and its thumbnail are Blobs stored beside it. */
export const PhotoMeta = Tracked.extend({
  ticketId: Id,
  name: z.string().max(200),
  mime: z.string().regex(/^image\//),
  size: z.number().int().positive().max(10 * 1024 * 1024),
  at: EpochMs,
});
export type PhotoMeta = z.infer<typeof PhotoMeta>;
