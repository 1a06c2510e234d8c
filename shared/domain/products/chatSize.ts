import type { Product } from '../../schemas/entities';
import { measuresFromMessages, type BodyMeasures } from './measures';
import { recommendSize } from './sizeChart';

/** The phrase slot a worked-out size fills ("建议选{{尺码}}"). */
export const SIZE_SLOT = '尺码';

/** A size worked out for a chat: the product whose chart gave it and the measures it came from. */
export interface ChatSize {
  size: string;
  product: Product;
  measures: BodyMeasures;
}

export interface ChatSizeInput {
  /** The buyer's messages in this chat, newest first. */
  buyerTextsNewestFirst: readonly string[];
  /** The products of the chat's shop. */
  products: readonly Product[];
  /** Titles (and SKU codes) of the items of the buyer's latest order, when there is one. */
  orderItems?: readonly { title: string; sku: string }[];
}

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The shop's products in a fixed order: by 商家编码, then title, then id. */
function ordered(products: readonly Product[]): Product[] {
  const key = (p: Product): string => `${p.code ?? ''}\u0000${p.title}\u0000${p.id}`;
  return products.filter((p) => p.deletedAt === null).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The product a chat is about: the newest buyer message naming a product's title wins; else
 * the buyer's latest order (an item's title holding the product's title, or its SKU starting
 * with the product's 商家编码); else the shop's default, its first product with a size chart
 * by 商家编码. Null when the shop has no product to go on.
 */
export function chatProduct(input: ChatSizeInput): Product | null {
  const products = ordered(input.products).filter((p) => norm(p.title) !== '');
  for (const text of input.buyerTextsNewestFirst) {
    const t = norm(text);
    // The longest title named wins ("加绒连帽卫衣" over a product titled "卫衣").
    const named = products.filter((p) => t.includes(norm(p.title))).sort((a, b) => b.title.length - a.title.length)[0];
    if (named) return named;
  }
  for (const item of input.orderItems ?? []) {
    const hit = products.find((p) => norm(item.title).includes(norm(p.title)) || (p.code && item.sku.startsWith(`${p.code}-`)));
    if (hit) return hit;
  }
  return products.find((p) => p.sizeChart) ?? null;
}

/**
 * The size to put into a phrase's 尺码 slot for this chat: the buyer's height and weight as they
 * said them in the chat, read against the size chart of the product the chat is about. Null when
 * the buyer has not given both, the product has no chart, or the chart has no size for them
 * (outside it): the agent then fills the slot.
 */
export function sizeForChat(input: ChatSizeInput): ChatSize | null {
  const measures = measuresFromMessages(input.buyerTextsNewestFirst);
  if (measures.heightCm === null || measures.weightKg === null) return null;
  const product = chatProduct(input);
  if (!product?.sizeChart) return null;
  const advice = recommendSize(product.sizeChart, measures);
  if (advice.kind !== 'size' || advice.size.trim() === '') return null;
  return { size: advice.size, product, measures };
}
