import Dexie, { type Collection } from 'dexie';
import { normalizeOrderNo } from '@shared/domain/payments';
import type { Order, OrderStatus } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

/** What the 订单 grid filters on. Times are epoch ms (inclusive bounds), null = open. */
export interface OrderFilter {
  statuses: OrderStatus[];
  shopId: string | null;
  flag: number | null;
  from: number | null;
  to: number | null;
  hasRemark: 'any' | 'yes' | 'no';
  search: string;
}

export const EMPTY_FILTER: OrderFilter = { statuses: [], shopId: null, flag: null, from: null, to: null, hasRemark: 'any', search: '' };

export type OrderSortKey = 'createdAt' | 'paidAt' | 'totalFen' | 'orderNo' | 'status' | 'buyerNick' | 'shopName' | 'flag';
export interface OrderSort {
  key: OrderSortKey;
  desc: boolean;
}

/** One grid line: flat, small, ready to render (200,000 of them must stay cheap). */
export interface OrderGridRow {
  id: string;
  orderNo: string;
  shopId: string;
  shopName: string;
  buyerNick: string;
  status: OrderStatus;
  totalFen: number;
  items: string;
  createdAt: number;
  paidAt: number | null;
  flag: number;
  latestRemark: string;
  trackingNo: string | null;
}

/**
 * The grid's result before any row is read: how many orders match and, unless the view is read a
 * window at a time off one index (`paged`: then `ids` is empty and `loadGridWindow` reads the
 * ids in view), the ordered ids of all of them.
 */
export interface OrderIdsResult {
  ids: string[];
  count: number;
  paged: boolean;
  index: string;
  ms: number;
  /** Rows already read on the way (a search reads its few candidates whole); others load on demand. */
  rows: OrderGridRow[];
}

const SEARCH_LIMIT = 2000;

const keysOf = (c: Collection<Order, string>): Promise<string[]> => c.primaryKeys() as Promise<string[]>;

/**
 * A search reads its candidates whole (they are few): 订单编号 by prefix on the unique index,
 * after normalising pasted spaces and `="…"`, tracking number and buyer nick.
 */
async function searchCandidates(q: string): Promise<Order[]> {
  const db = getDb();
  const digits = normalizeOrderNo(q);
  const [byNo, byTracking, buyers] = await Promise.all([
    /^\d{4,}$/.test(digits) ? db.orders.where('orderNo').startsWith(digits).limit(SEARCH_LIMIT).toArray() : Promise.resolve([]),
    q.length >= 4 ? db.orders.where('trackingNo').startsWithIgnoreCase(q.replace(/\s+/g, '')).limit(SEARCH_LIMIT).toArray() : Promise.resolve([]),
    db.buyers.where('nick').startsWithIgnoreCase(q).limit(200).primaryKeys(),
  ]);
  const byBuyer = buyers.length ? await db.orders.where('buyerId').anyOf(buyers as string[]).limit(SEARCH_LIMIT).toArray() : [];
  const seen = new Map<string, Order>();
  for (const o of [...byNo, ...byTracking, ...byBuyer]) seen.set(o.id, o);
  return [...seen.values()];
}

/**
 * The ids allowed by the filter, read as keys only (no record is loaded): status, shop and flag
 * on their compound index with the date range, the date range alone on createdAt, and 有/无备注
 * on the latestRemark index. Several conditions intersect. null = no condition at all.
 */
async function filterKeys(f: OrderFilter): Promise<{ keys: Set<string> | null; index: string[] }> {
  const db = getDb();
  const lo = f.from ?? Dexie.minKey;
  const hi = f.to ?? Dexie.maxKey;
  const parts: Promise<string[]>[] = [];
  const index: string[] = [];
  let dated = false;
  if (f.statuses.length > 0) {
    parts.push(Promise.all(f.statuses.map((s) => keysOf(db.orders.where('[status+createdAt]').between([s, lo], [s, hi], true, true)))).then((l) => l.flat()));
    index.push('[status+createdAt]');
    dated = true;
  }
  if (f.shopId) {
    parts.push(keysOf(db.orders.where('[shopId+createdAt]').between([f.shopId, lo], [f.shopId, hi], true, true)));
    index.push('[shopId+createdAt]');
    dated = true;
  }
  if (f.flag !== null) {
    parts.push(keysOf(db.orders.where('[flag+createdAt]').between([f.flag, lo], [f.flag, hi], true, true)));
    index.push('[flag+createdAt]');
    dated = true;
  }
  if (!dated && (f.from !== null || f.to !== null)) {
    parts.push(keysOf(db.orders.where('createdAt').between(lo, hi, true, true)));
    index.push('createdAt');
  }
  if (f.hasRemark !== 'any') {
    parts.push(keysOf(f.hasRemark === 'yes' ? db.orders.where('latestRemark').above('') : db.orders.where('latestRemark').equals('')));
    index.push('latestRemark');
  }
  if (parts.length === 0) return { keys: null, index };
  const lists = (await Promise.all(parts)).sort((a, b) => a.length - b.length);
  let keys = new Set(lists[0]);
  for (const l of lists.slice(1)) {
    const other = new Set(l);
    keys = new Set([...keys].filter((k) => other.has(k)));
  }
  return { keys, index };
}

const collator = new Intl.Collator('zh-CN');

/**
 * Every order id in sort order, read off the sort's index as keys only (IDB getAllKeys: one call,
 * no records). Ties keep the index's id order (ids are ULIDs, so roughly creation order). Shop
 * and buyer names are not on the order: the few shops are sorted by name and each shop's keys
 * read from [shopId+createdAt]; buyers come from the buyerId index's keys grouped by nick.
 * Orders without paidAt are not in the paidAt index; they sort as the smallest (first ascending).
 */
async function sortedKeys(sort: OrderSort): Promise<string[]> {
  const db = getDb();
  let asc: string[];
  switch (sort.key) {
    case 'createdAt':
    case 'totalFen':
    case 'orderNo':
      asc = await keysOf(db.orders.orderBy(sort.key));
      break;
    case 'status':
      asc = await keysOf(db.orders.orderBy('[status+createdAt]'));
      break;
    case 'flag':
      asc = await keysOf(db.orders.orderBy('[flag+createdAt]'));
      break;
    case 'paidAt': {
      const [paid, all] = await Promise.all([keysOf(db.orders.orderBy('paidAt')), keysOf(db.orders.toCollection())]);
      const hasPaid = new Set(paid);
      asc = [...all.filter((k) => !hasPaid.has(k)), ...paid];
      break;
    }
    case 'shopName': {
      const shops = (await db.shops.toArray()).sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
      const lists = await Promise.all(shops.map((s) => keysOf(db.orders.where('[shopId+createdAt]').between([s.id, Dexie.minKey], [s.id, Dexie.maxKey]))));
      // Newest first inside a shop whichever way the shops go, so the list is reversed per shop here.
      const groups = lists.map((l) => l.reverse());
      return (sort.desc ? groups.reverse() : groups).flat();
    }
    case 'buyerNick': {
      // One key-only read per buyer, in nick order (a cursor over the whole buyerId index to
      // learn each order's buyer is many times slower at 200,000 orders).
      const buyers = (await db.buyers.toArray()).sort((a, b) => collator.compare(a.nick, b.nick) || (a.id < b.id ? -1 : 1));
      if (sort.desc) buyers.reverse();
      const lists = await Promise.all(buyers.map((b) => keysOf(db.orders.where('buyerId').equals(b.id))));
      const byBuyer = lists.flatMap((l) => l.reverse());
      // Orders whose buyer record is missing (rare) go last; only looked for when the counts differ.
      if (byBuyer.length === (await db.orders.count())) return byBuyer;
      const seen = new Set(byBuyer);
      const orphans = (await keysOf(db.orders.toCollection())).filter((k) => !seen.has(k));
      return [...byBuyer, ...orphans];
    }
  }
  return sort.desc ? asc.reverse() : asc;
}

/**
 * Newest-first by creation with ONE condition (a single status, shop or flag, with or without the
 * date range, or the date range alone): that condition's [x+createdAt] index already holds the
 * keys in creation order, so one key-only read answers it without the full createdAt index.
 */
async function singleIndexKeys(f: OrderFilter): Promise<{ keys: string[]; index: string } | null> {
  if (f.hasRemark !== 'any') return null;
  const db = getDb();
  const lo = f.from ?? Dexie.minKey;
  const hi = f.to ?? Dexie.maxKey;
  const conditions = [f.statuses.length > 0, f.shopId !== null, f.flag !== null].filter(Boolean).length;
  if (conditions === 0) {
    return { keys: await keysOf(f.from === null && f.to === null ? db.orders.orderBy('createdAt') : db.orders.where('createdAt').between(lo, hi, true, true)), index: 'createdAt' };
  }
  if (conditions > 1) return null;
  if (f.statuses.length === 1) {
    const s = f.statuses[0] as OrderStatus;
    return { keys: await keysOf(db.orders.where('[status+createdAt]').between([s, lo], [s, hi], true, true)), index: '[status+createdAt]' };
  }
  if (f.shopId) return { keys: await keysOf(db.orders.where('[shopId+createdAt]').between([f.shopId, lo], [f.shopId, hi], true, true)), index: '[shopId+createdAt]' };
  if (f.flag !== null) return { keys: await keysOf(db.orders.where('[flag+createdAt]').between([f.flag, lo], [f.flag, hi], true, true)), index: '[flag+createdAt]' };
  return null;
}

/**
 * The first `n` ids newest-first for a filter the createdAt indexes answer alone, read with a
 * limited cursor: what the grid shows while the full id list of a very large store is read.
 * null when the view needs the full lists (another sort, several conditions, 有/无备注, search).
 */
export async function queryOrderHead(f: OrderFilter, sort: OrderSort, n: number): Promise<string[] | null> {
  if (sort.key !== 'createdAt' || f.search.trim() || f.hasRemark !== 'any') return null;
  const db = getDb();
  const lo = f.from ?? Dexie.minKey;
  const hi = f.to ?? Dexie.maxKey;
  const conditions = [f.statuses.length > 0, f.shopId !== null, f.flag !== null].filter(Boolean).length;
  let c: Collection<Order, string>;
  if (conditions === 0) c = db.orders.where('createdAt').between(lo, hi, true, true);
  else if (conditions > 1 || f.statuses.length > 1) return null;
  else if (f.statuses.length === 1) c = db.orders.where('[status+createdAt]').between([f.statuses[0], lo], [f.statuses[0], hi], true, true);
  else if (f.shopId) c = db.orders.where('[shopId+createdAt]').between([f.shopId, lo], [f.shopId, hi], true, true);
  else c = db.orders.where('[flag+createdAt]').between([f.flag, lo], [f.flag, hi], true, true);
  const dead = await deadKeys();
  return (await keysOf((sort.desc ? c.reverse() : c).limit(n + dead.size))).filter((id) => !dead.has(id)).slice(0, n);
}

/** Tombstoned orders (deletedAt set; null is not indexed, so this reads only the few dead ones). */
const deadKeys = async (): Promise<Set<string>> => new Set(await keysOf(getDb().orders.where('deletedAt').above(0)));

function matches(o: Order, f: OrderFilter): boolean {
  if (o.deletedAt !== null) return false;
  if (f.statuses.length > 0 && !f.statuses.includes(o.status)) return false;
  if (f.shopId && o.shopId !== f.shopId) return false;
  if (f.flag !== null && o.flag !== f.flag) return false;
  if (f.from !== null && o.createdAt < f.from) return false;
  if (f.to !== null && o.createdAt > f.to) return false;
  if (f.hasRemark === 'yes' && o.latestRemark === '') return false;
  if (f.hasRemark === 'no' && o.latestRemark !== '') return false;
  return true;
}

function comparator(sort: OrderSort): (a: OrderGridRow, b: OrderGridRow) => number {
  const dir = sort.desc ? -1 : 1;
  const k = sort.key;
  if (k === 'buyerNick' || k === 'shopName') return (a, b) => dir * collator.compare(a[k], b[k]) || b.createdAt - a.createdAt;
  // Order numbers are equal-length digit strings in practice; compare as strings, never as numbers.
  if (k === 'orderNo' || k === 'status') return (a, b) => dir * (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0);
  return (a, b) => dir * ((a[k] ?? -1) - (b[k] ?? -1)) || b.createdAt - a.createdAt;
}

async function toRows(orders: Order[]): Promise<OrderGridRow[]> {
  const db = getDb();
  const buyerIds = [...new Set(orders.map((o) => o.buyerId))];
  const [buyers, shops] = await Promise.all([db.buyers.bulkGet(buyerIds), db.shops.toArray()]);
  const nick = new Map<string, string>();
  buyers.forEach((b, i) => nick.set(buyerIds[i] as string, alive(b) ? b.nick : '—'));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  return orders.map((o) => ({
    id: o.id,
    orderNo: o.orderNo,
    shopId: o.shopId,
    shopName: shopName.get(o.shopId) ?? '',
    buyerNick: nick.get(o.buyerId) ?? '—',
    status: o.status,
    totalFen: o.totalFen,
    items: o.items.map((i) => (i.qty > 1 ? `${i.title}×${i.qty}` : i.title)).join('，'),
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    flag: o.flag,
    latestRemark: o.latestRemark,
    trackingNo: o.trackingNo,
  }));
}

/**
 * The one index that holds a view's orders in its order, when there is one: newest first with
 * at most one condition (one status, a shop or a flag, on its [x+createdAt] index, or the dates
 * alone), one status or none by amount ([status+totalFen], totalFen), or no condition by
 * 订单编号, status or flag. Such a view is counted and read a window at a time, so a 200,000-order
 * store costs what the screen shows. null: the view needs every id (several conditions, 有/无备注,
 * names, paidAt, a search).
 */
function pagedIndex(f: OrderFilter, sort: OrderSort): { c: Collection<Order, string>; index: string } | null {
  if (f.search.trim() || f.hasRemark !== 'any' || f.statuses.length > 1) return null;
  const db = getDb();
  const dated = f.from !== null || f.to !== null;
  const lo = f.from ?? Dexie.minKey;
  const hi = f.to ?? Dexie.maxKey;
  const status = f.statuses[0] ?? null;
  const conditions = [status !== null, f.shopId !== null, f.flag !== null].filter(Boolean).length;
  if (conditions > 1) return null;
  switch (sort.key) {
    case 'createdAt':
      if (status !== null) return { c: db.orders.where('[status+createdAt]').between([status, lo], [status, hi], true, true), index: '[status+createdAt]' };
      if (f.shopId !== null) return { c: db.orders.where('[shopId+createdAt]').between([f.shopId, lo], [f.shopId, hi], true, true), index: '[shopId+createdAt]' };
      if (f.flag !== null) return { c: db.orders.where('[flag+createdAt]').between([f.flag, lo], [f.flag, hi], true, true), index: '[flag+createdAt]' };
      return { c: dated ? db.orders.where('createdAt').between(lo, hi, true, true) : db.orders.orderBy('createdAt'), index: 'createdAt' };
    case 'totalFen':
      if (dated) return null;
      if (status !== null) return { c: db.orders.where('[status+totalFen]').between([status, Dexie.minKey], [status, Dexie.maxKey]), index: '[status+totalFen]' };
      return conditions === 0 ? { c: db.orders.orderBy('totalFen'), index: 'totalFen' } : null;
    case 'orderNo':
    case 'status':
    case 'flag':
      if (dated || conditions > 0) return null;
      return { c: db.orders.orderBy(sort.key === 'orderNo' ? 'orderNo' : sort.key === 'status' ? '[status+createdAt]' : '[flag+createdAt]'), index: `sort:${sort.key}` };
    default:
      return null;
  }
}

/** The ids at positions [from, to) of a paged view of `total` orders, read from its nearer end. */
async function windowIds(c: Collection<Order, string>, desc: boolean, from: number, to: number, total: number): Promise<string[]> {
  const n = to - from;
  if (n <= 0) return [];
  if (from <= total - to) return keysOf((desc ? c.reverse() : c).offset(from).limit(n));
  // Deep in the list: the other direction skips fewer entries.
  return (await keysOf((desc ? c : c.reverse()).offset(Math.max(0, total - to)).limit(n))).reverse();
}

/** One window of a paged view: its ids (position `from` on) and their rows, in the same order. */
export async function loadGridWindow(f: OrderFilter, sort: OrderSort, from: number, to: number, total: number): Promise<{ from: number; ids: string[]; rows: OrderGridRow[] }> {
  const paged = pagedIndex(f, sort);
  if (!paged) return { from, ids: [], rows: [] };
  const ids = await windowIds(paged.c, sort.desc, from, Math.min(to, total), total);
  return { from, ids, rows: await loadGridRows(ids) };
}

/**
 * The ordered ids of the orders matching a filter and sort, with the indexes used and the time.
 * No order record is read (except a search's few candidates): at 200,000 orders this is a
 * couple of key-only index reads, and the grid loads just the rows in view with `loadGridRows`.
 */
export async function queryOrderIds(f: OrderFilter, sort: OrderSort): Promise<OrderIdsResult> {
  const started = performance.now();
  const done = (r: Omit<OrderIdsResult, 'ms' | 'count' | 'paged'>): OrderIdsResult => ({ ...r, count: r.ids.length, paged: false, ms: Math.round(performance.now() - started) });
  const q = f.search.trim();
  if (q) {
    const rows = await toRows((await searchCandidates(q)).filter((o) => matches(o, f)));
    rows.sort(comparator(sort));
    return done({ ids: rows.map((r) => r.id), rows, index: 'orderNo|trackingNo|buyerId' });
  }
  const paged = pagedIndex(f, sort);
  // Tombstoned orders (rare: a team deletion) would shift the windows: such a store reads every id.
  if (paged && (await getDb().orders.where('deletedAt').above(0).count()) === 0) {
    const count = await paged.c.count();
    return { ids: [], rows: [], count, paged: true, index: paged.index, ms: Math.round(performance.now() - started) };
  }
  const direct = sort.key === 'createdAt' ? await singleIndexKeys(f) : null;
  if (direct) {
    const dead = await deadKeys();
    const ids = (sort.desc ? direct.keys.reverse() : direct.keys).filter((id) => !dead.has(id));
    return done({ ids, rows: [], index: direct.index });
  }
  const [ordered, allowed, dead] = await Promise.all([sortedKeys(sort), filterKeys(f), deadKeys()]);
  const ids = ordered.filter((id) => (allowed.keys === null || allowed.keys.has(id)) && !dead.has(id));
  const index = [`sort:${sort.key}`, ...allowed.index].join(' ∩ ');
  return done({ ids, rows: [], index });
}

/** Grid rows for these ids, in the same order (ids of orders gone since are left out). */
export async function loadGridRows(ids: readonly string[]): Promise<OrderGridRow[]> {
  const orders = (await getDb().orders.bulkGet([...ids])).filter(alive);
  return toRows(orders);
}
