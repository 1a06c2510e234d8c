import { naturalId } from '@shared/domain/sync';

/**
 * Store v2 gives platform records ids from their natural keys (orders: platform + shop +
 * 订单编号; buyers: shop + nick), so two PCs that import the same export make one record.
 * Records made before (ULIDs, ingest's `io.`/`ib.` ids) are re-keyed by the v2 upgrade, and
 * a v1 backup restored into v2 is re-keyed the same way, by these functions.
 */
export interface IdMap {
  /** old id → new id, only for ids that change. */
  readonly ids: ReadonlyMap<string, string>;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The id an order gets in v2; null when its shop (so its platform) is unknown. */
export function orderIdOf(order: { shopId: string; orderNo: string }, platformOf: (shopId: string) => string | null): string | null {
  const platform = platformOf(order.shopId);
  return platform ? naturalId({ table: 'orders', platform, shopId: order.shopId, orderNo: order.orderNo }) : null;
}

export const buyerIdOf = (buyer: { shopId: string; nick: string }): string => naturalId({ table: 'buyers', shopId: buyer.shopId, nick: buyer.nick });

/**
 * The re-keying of one store's (or backup's) orders and buyers. Two buyers of one shop with
 * the same nick (v1 did not forbid it) become one record: both old ids map to it.
 */
export function planNaturalIds(shops: readonly Row[], orders: readonly Row[], buyers: readonly Row[], fallbackPlatform: (shopId: string) => string | null = () => null): IdMap {
  const platforms = new Map(shops.map((s) => [String(s['id']), str(s['platform'])]));
  const platformOf = (shopId: string): string | null => platforms.get(shopId) ?? fallbackPlatform(shopId);
  const ids = new Map<string, string>();
  for (const o of orders) {
    const id = str(o['id']);
    const shopId = str(o['shopId']);
    const orderNo = str(o['orderNo']);
    if (!id || !shopId || !orderNo) continue;
    const next = orderIdOf({ shopId, orderNo }, platformOf);
    if (next && next !== id) ids.set(id, next);
  }
  for (const b of buyers) {
    const id = str(b['id']);
    const shopId = str(b['shopId']);
    const nick = str(b['nick']);
    if (!id || !shopId || !nick) continue;
    const next = buyerIdOf({ shopId, nick });
    if (next !== id) ids.set(id, next);
  }
  return { ids };
}

/** A key that names a record after a colon (`verify:<orderId>`, handover item keys). */
const KEYED = /^([a-z][a-zA-Z]*):(.+)$/;

function mapString(s: string, map: IdMap): string {
  const direct = map.ids.get(s);
  if (direct) return direct;
  const m = KEYED.exec(s);
  const inner = m?.[2] ? map.ids.get(m[2]) : undefined;
  return inner && m ? `${m[1]}:${inner}` : s;
}

function mapValue(v: unknown, map: IdMap): unknown {
  if (typeof v === 'string') return mapString(v, map);
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const y = mapValue(x, map);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : v;
  }
  if (v !== null && typeof v === 'object' && !(v instanceof Blob)) {
    let changed = false;
    const out: Row = {};
    for (const [k, x] of Object.entries(v as Row)) {
      const y = mapValue(x, map);
      if (y !== x) changed = true;
      out[k] = y;
    }
    return changed ? out : v;
  }
  return v;
}

/**
 * A row with every reference to a re-keyed order or buyer replaced (its own id too), wherever
 * it sits: plain fields, handover items and their tab targets, setting values, log lines.
 * Returns the same object when nothing changes. Free text is left alone unless it is exactly
 * an id (a ULID or an ingest id never is anything else).
 */
export function rewriteRow<T extends Row>(row: T, map: IdMap): T {
  return map.ids.size === 0 ? row : (mapValue(row, map) as T);
}

/** Settings keys that name an order: an unsent remark draft per agent and order. */
const DRAFT_KEY = /^(orders\.remarkDraft\.[^.]+\.)(.+)$/;

export function rewriteSettingKey(key: string, map: IdMap): string {
  const m = DRAFT_KEY.exec(key);
  const next = m?.[2] ? map.ids.get(m[2]) : undefined;
  return next && m ? `${m[1]}${next}` : key;
}

/** Tables whose rows may name an order or a buyer (the others never do). */
export const REFERRING_TABLES = ['orders', 'buyers', 'conversations', 'remarks', 'reminders', 'tickets', 'reviews', 'contacts', 'promises', 'notes', 'audit', 'handovers', 'settings', 'changes'] as const;

/**
 * Re-keys a whole v1 snapshot (a backup file's tables) in memory: orders and buyers get their
 * natural ids (duplicate buyers merge, the newest wins), references follow, settings keys too.
 */
export function rekeySnapshot(rows: Record<string, Row[]>, fallbackPlatform: (shopId: string) => string | null = () => null): Record<string, Row[]> {
  const map = planNaturalIds(rows['shops'] ?? [], rows['orders'] ?? [], rows['buyers'] ?? [], fallbackPlatform);
  if (map.ids.size === 0) return rows;
  const out: Record<string, Row[]> = { ...rows };
  for (const table of REFERRING_TABLES) {
    const list = rows[table];
    if (!list) continue;
    let next = list.map((r) => rewriteRow(r, map));
    if (table === 'settings') next = next.map((r) => ({ ...r, key: rewriteSettingKey(String(r['key']), map) }));
    if (table === 'buyers') next = newestPerId(next);
    out[table] = next;
  }
  return out;
}

/** One row per id, the most recently updated one (buyers that became one record). */
export function newestPerId(rows: Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const r of rows) {
    const id = String(r['id']);
    const seen = byId.get(id);
    if (!seen || Number(r['updatedAt'] ?? 0) > Number(seen['updatedAt'] ?? 0)) byId.set(id, r);
  }
  return [...byId.values()];
}
