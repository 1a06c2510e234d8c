import { z } from 'zod';
import { EpochMs, Id, Tracked } from './common';

export const ConversationStatus = z.enum(['waiting', 'answered', 'closed']);

export const Stage = z.enum(['presale', 'aftersale']);

/** Why a buyer did not buy, tagged when a presale chat is resolved (报表: reasons for not buying). */
export const NotBoughtReason = z.enum(['price', 'size', 'stock', 'shipping', 'hesitant', 'other']);
export type NotBoughtReason = z.infer<typeof NotBoughtReason>;

/** The agent's tag on a resolved presale chat: bought, or not and why. */
export const ChatOutcomeTag = z.object({ ordered: z.boolean(), reason: NotBoughtReason.nullable(), at: EpochMs, agentId: Id });
export type ChatOutcomeTag = z.infer<typeof ChatOutcomeTag>;

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
  /** 已下单 / 未下单 + reason, tagged when resolved (optional: older records have none). */
  outcome: ChatOutcomeTag.nullable().optional(),
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
  /**
   * A shop's own wording of a team phrase: the phrase it stands in for. In that shop the picker
   * shows the variant instead of the original; every other shop keeps the original.
   */
  variantOf: Id.nullable().optional(),
  group: z.string().min(1).max(20),
  title: z.string().min(1).max(40),
  text: z.string().min(1).max(2000),
  shortcut: z.string().max(20),
  keywords: z.array(z.string()),
  uses: z.number().int().nonnegative(),
  order: z.number(),
});
export type Phrase = z.infer<typeof Phrase>;

/** A question and its answer: the shop's FAQ (常见问题) or a buyers' question (问大家). */
export const ProductQa = z.object({ q: z.string().trim().min(1).max(200), a: z.string().trim().min(1).max(1000) });
export type ProductQa = z.infer<typeof ProductQa>;

export const ProductSku = z.object({
  sku: z.string().trim().max(64),
  size: z.string().trim().max(30),
  color: z.string().trim().max(30),
  stock: z.number().int().min(0).max(1_000_000),
});
export type ProductSku = z.infer<typeof ProductSku>;

/**
 * A size chart: one row per size, one cell per measurement column (身高, 体重(kg), 胸围, 衣长…).
 * Cells are what the seller wrote ("165-170", "≤50", "104"); the size rule reads the ranges.
 */
export const SizeChart = z.object({
  columns: z.array(z.string().trim().min(1).max(16)).min(1).max(10),
  rows: z.array(z.object({ size: z.string().trim().min(1).max(20), cells: z.array(z.string().trim().max(30)).max(10) })).min(1).max(30),
});
export type SizeChart = z.infer<typeof SizeChart>;

export const Product = Tracked.extend({
  shopId: Id,
  title: z.string().trim().min(1).max(200),
  skus: z.array(ProductSku).max(600),
  material: z.string().max(200),
  sellingPoints: z.array(z.string().trim().min(1).max(200)).max(20),
  faqs: z.array(ProductQa).max(50),
  keywords: z.array(z.string()),
  /** 商家编码: the seller's own code, how a re-imported export finds the product again. */
  code: z.string().trim().max(64).optional(),
  priceFen: z.number().int().min(0).max(100_000_000).optional(),
  category: z.string().trim().max(60).optional(),
  sizeChart: SizeChart.nullable().optional(),
  /** 问大家: buyers' questions as the platform shows them, with their answers. */
  asks: z.array(ProductQa).max(50).optional(),
  /** The listing's description as plain text (an export's HTML stripped). */
  description: z.string().max(5000).optional(),
});
export type Product = z.infer<typeof Product>;
