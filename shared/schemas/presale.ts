import { z } from 'zod';
import { EpochMs, Id, Tracked } from './common';

export const ConversationStatus = z.enum(['waiting', 'answered', 'closed']);

export const Stage = z.enum(['presale', 'aftersale']);

export const Conversation = Tracked.extend({
  shopId: Id,
  buyerId: Id,
  status: ConversationStatus,
  stage: Stage,
  /**
   * Start of the current unanswered round: the buyer's first message after our last reply.
   * A follow-up "还在吗？" does not reset it, so the 3-minute clock counts the whole wait.
   */
  lastBuyerAt: EpochMs,
  firstReplyAt: EpochMs.nullable(),
  lastPreview: z.string(),
  assignedTo: Id.nullable(),
  /** Last hand-over to a colleague: only the receiver sees the buyer in the queue until answered. */
  transfer: z.object({ from: Id, to: Id, reason: z.string().min(1).max(200), at: EpochMs }).nullable().optional(),
  /** When the last auto reply went out; auto replies go once per round (after `lastBuyerAt`). */
  lastAutoAt: EpochMs.nullable().optional(),
  /** When the agent marked the conversation resolved. */
  resolvedAt: EpochMs.nullable().optional(),
});
export type Conversation = z.infer<typeof Conversation>;

export const MessageFrom = z.enum(['buyer', 'agent', 'system', 'auto']);

export const Message = Tracked.extend({
  conversationId: Id,
  from: MessageFrom,
  text: z.string().max(20_000),
  at: EpochMs,
  agentId: Id.nullable(),
});
export type Message = z.infer<typeof Message>;

export const PhraseScope = z.enum(['team', 'personal']);

export const Phrase = Tracked.extend({
  scope: PhraseScope,
  ownerId: Id.nullable(),
  shopId: Id.nullable(),
  group: z.string().min(1).max(20),
  title: z.string().min(1).max(40),
  text: z.string().min(1).max(2000),
  shortcut: z.string().max(20),
  keywords: z.array(z.string()),
  uses: z.number().int().nonnegative(),
  order: z.number(),
});
export type Phrase = z.infer<typeof Phrase>;

export const Product = Tracked.extend({
  shopId: Id,
  title: z.string(),
  skus: z.array(z.object({ sku: z.string(), size: z.string(), color: z.string(), stock: z.number().int() })),
  material: z.string(),
  sellingPoints: z.array(z.string()),
  faqs: z.array(z.object({ q: z.string(), a: z.string() })),
  keywords: z.array(z.string()),
});
export type Product = z.infer<typeof Product>;
