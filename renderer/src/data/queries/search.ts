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
 * character-by-character case-insensitive scan.
 */
export async function findBuyersByNick(query: string, limit = 8): Promise<Buyer[]> {
  const q = query.trim();
  if (!q) return [];
  const variants = [...new Set([q, q.toLowerCase(), q.toUpperCase()])];
  const rows = await getDb().buyers.where('nick').startsWithAnyOf(variants).limit(limit).toArray();
  return rows.filter(alive);
}
