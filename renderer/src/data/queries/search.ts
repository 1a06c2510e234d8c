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
