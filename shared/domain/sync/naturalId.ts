import { sha256Hex } from '../../lib/sha256';

/**
 * Platform facts get their ids from their natural keys, so two PCs that learn of the same
 * order (from the ERP, an import, the simulator) make the same record instead of two.
 * The key parts are canonical already (a validated 订单编号, the nick as the platform spells it).
 */
export type NaturalKey =
  | { table: 'orders'; platform: string; shopId: string; orderNo: string }
  | { table: 'buyers'; shopId: string; nick: string }
  // A case made from a platform refund export: platform + shop + 退款编号 (服务单号, 售后编号).
  | { table: 'tickets'; platform: string; shopId: string; refundNo: string };

const PREFIX = { orders: 'o', buyers: 'b', tickets: 't' } as const;

/** `o-` / `b-` and 32 hex digits of SHA-256 over the key parts: fixed length whatever the nick. */
export function naturalId(key: NaturalKey): string {
  const parts =
    key.table === 'orders' ? [key.table, key.platform, key.shopId, key.orderNo]
    : key.table === 'tickets' ? [key.table, key.platform, key.shopId, key.refundNo]
    : [key.table, key.shopId, key.nick];
  // U+001F (unit separator) cannot occur in any part, so ("a","bc") and ("ab","c") differ.
  return `${PREFIX[key.table]}-${sha256Hex(parts.join('\u001f')).slice(0, 32)}`;
}

/** The natural key of a record of `table` from its fields, or null when a part is missing. */
export function naturalKeyOf(table: string, fields: Record<string, unknown>, shopPlatform: string | null): NaturalKey | null {
  const str = (k: string): string | null => (typeof fields[k] === 'string' && (fields[k] as string).length > 0 ? (fields[k] as string) : null);
  const shopId = str('shopId');
  if (table === 'orders') {
    const orderNo = str('orderNo');
    return shopId && orderNo && shopPlatform ? { table, platform: shopPlatform, shopId, orderNo } : null;
  }
  if (table === 'buyers') {
    const nick = str('nick');
    return shopId && nick ? { table, shopId, nick } : null;
  }
  return null;
}
