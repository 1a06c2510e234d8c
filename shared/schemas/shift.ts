import { z } from 'zod';
import { EpochMs, Id, Tracked } from './common';
import { TabTarget } from './tabs';

/** One line of a handover: a snapshot of something open, the outgoing agent's note, and who took it. */
export const HandoverItem = z.object({
  key: z.string().min(1).max(120),
  /** The section it belongs to (waiting, payments, unverified, flagged, tickets, reviews, promises, note). */
  kind: z.string().min(1).max(30),
  label: z.string().max(300),
  detail: z.string().max(500),
  shopName: z.string().max(60),
  dueAt: EpochMs.nullable(),
  /** 0 overdue, 1 due before the next shift starts, 2 due during the next shift, 3 open without deadline pressure. */
  urgency: z.number().int().min(0).max(3),
  target: TabTarget.nullable(),
  note: z.string().max(2000),
  ackBy: Id.nullable(),
  ackAt: EpochMs.nullable(),
  claimedBy: Id.nullable(),
});
export type HandoverItem = z.infer<typeof HandoverItem>;

export const Handover = Tracked.extend({
  fromAgentId: Id,
  toAgentId: Id.nullable(),
  /** The shift being handed over ("day", "night") and the Shanghai business date it belongs to. */
  shiftKey: z.string().max(20),
  shiftDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  items: z.array(HandoverItem).max(2000),
  notes: z.string().max(5000),
  createdAt: EpochMs,
  signedOutAt: EpochMs.nullable(),
  signedInAt: EpochMs.nullable(),
});
export type Handover = z.infer<typeof Handover>;

/** A note holds at most this many characters; more would make typing and search sluggish. */
export const MAX_NOTE_CHARS = 500_000;
export const MAX_NOTE_TITLE_CHARS = 200;

export const Note = Tracked.extend({
  ownerId: Id.nullable(),
  title: z.string().max(MAX_NOTE_TITLE_CHARS),
  body: z.string().max(MAX_NOTE_CHARS),
  tags: z.array(z.string().max(30)).max(20),
  pinned: z.boolean(),
  subjectId: Id.nullable(),
  /** Team mode: this note is the copy of an edit made offline on another PC while this one changed too. */
  conflictOf: Id.nullable().optional(),
});
export type Note = z.infer<typeof Note>;

export const NoteRevision = Tracked.extend({ noteId: Id, body: z.string(), at: EpochMs, reason: z.enum(['periodic', 'before-restore']) });
export type NoteRevision = z.infer<typeof NoteRevision>;

export const PromiseKind = z.enum(['reply-later', 'gift', 'courier', 'price', 'callback', 'other']);

/** A promise made to a buyer (承诺): kept on time or it is a broken promise (违背承诺). */
export const BuyerPromise = Tracked.extend({
  shopId: Id,
  buyerId: Id,
  orderId: Id.nullable(),
  caseId: Id.nullable(),
  conversationId: Id.nullable(),
  kind: PromiseKind,
  what: z.string().trim().min(1, 'what was promised is empty').max(500),
  promisedBy: Id,
  promisedAt: EpochMs,
  dueAt: EpochMs,
  state: z.enum(['open', 'kept', 'cancelled']),
  closedBy: Id.nullable(),
  closedAt: EpochMs.nullable(),
});
export type BuyerPromise = z.infer<typeof BuyerPromise>;
