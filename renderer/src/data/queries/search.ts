import type { Buyer, Order } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

/** Digits only: agents paste order numbers with spaces or Excel's ="…" wrapping. */
const orderNoDigits = (q: string): string => q.replace(/\D/g, '');

/** Orders whose 订单编号 starts with the typed digits (unique index, prefix range). */
export async function findOrdersByNoPrefix(query: string, limit = 8): Promise<Order[]> {
  const digits = orderNoDigits(query);
  if (digits.length < 4) return [];
  const rows = await getDb().orders.where('orderNo').startsWith(digits).limit(limit).toArray();
  return rows.filter(alive);
}

/**
 * Buyers whose nick starts with the typed text, off the nick index. Nicks are mostly Chinese or
 * lower-case ids, so three exact ranges (as typed, lower, upper) replace Dexie's slower
 * character-by-character case-insensitive scan; each range is one limited read, all at once
 * (a multi-range cursor steps record by record), merged in nick order.
 */
export async function findBuyersByNick(query: string, limit = 8): Promise<Buyer[]> {
  const q = query.trim();
  if (!q) return [];
  const variants = [...new Set([q, q.toLowerCase(), q.toUpperCase()])];
  const lists = await Promise.all(variants.map((v) => getDb().buyers.where('nick').startsWith(v).limit(limit).toArray()));
  const byId = new Map(lists.flat().map((b) => [b.id, b]));
  return [...byId.values()].sort((a, b) => (a.nick < b.nick ? -1 : a.nick > b.nick ? 1 : a.id < b.id ? -1 : 1)).slice(0, limit).filter(alive);
}

/** How many buyers the palette's pinyin search reads: the most recently active ones. */
const PINYIN_BUYERS = 3_000;

/** What Ctrl+K can find by pinyin: a buyer's nick, a shop's name, a product's title. */
export interface PaletteName {
  kind: 'buyer' | 'shop' | 'product';
  id: string;
  name: string;
}

/**
 * The names the palette searches by pinyin initials and full pinyin (the phrase picker's matching,
 * shared/domain/phrases): every shop and product, and the buyers most recently active (a
 * year-long store has far more buyers than an agent looks up by sound; exact nicks are found by
 * findBuyersByNick over the whole index).
 */
export async function paletteNames(): Promise<PaletteName[]> {
  const db = getDb();
  const [shops, products, buyers] = await Promise.all([
    db.shops.toArray(),
    db.products.toArray(),
    db.buyers.orderBy('updatedAt').reverse().limit(PINYIN_BUYERS).toArray(),
  ]);
  return [
    ...shops.filter(alive).map((s) => ({ kind: 'shop' as const, id: s.id, name: s.name })),
    ...buyers.filter(alive).map((b) => ({ kind: 'buyer' as const, id: b.id, name: b.nick })),
    ...products.filter(alive).map((p) => ({ kind: 'product' as const, id: p.id, name: p.title })),
  ];
}

/** The buyer's chat to open from Ctrl+K: the latest conversation, waiting ones first. */
export async function latestConversationOf(buyerId: string): Promise<string | null> {
  const rows = (await getDb().conversations.where('buyerId').equals(buyerId).toArray()).filter(alive);
  rows.sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting') || b.lastBuyerAt - a.lastBuyerAt);
  return rows[0]?.id ?? null;
}
