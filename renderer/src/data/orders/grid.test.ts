import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Order, Shop } from '@shared/schemas/entities';
import { fromShanghai, MINUTE } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { countReads } from '../testing/readCounter';
import { EMPTY_FILTER, loadGridRows, loadGridWindow, queryOrderHead, queryOrderIds, type OrderFilter, type OrderSort } from './grid';

let db: XiaoerDb;
let reads: ReturnType<typeof countReads>;
let n = 0;
const T0 = fromShanghai(2026, 3, 10, 10, 0);
const ctx = { agentId: 'A1', now: T0 };

const order = (id: string, over: Partial<Order>): Omit<Order, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, orderNo: `40${id.padStart(17, '0')}`, shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 1000,
  items: [{ title: '纯棉短袖T恤', sku: 'T-01', qty: 1, price: 1000 }], createdAt: T0, paidAt: T0, addressMasked: '****',
  trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...over,
});

beforeEach(async () => {
  db = new XiaoerDb(`grid-${++n}`);
  reads = countReads(db);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [
    { id: 'S1', name: '小鹿童装', platform: 'taobao', rules: {}, demo: false },
    { id: 'S2', name: '阿福家居', platform: 'jd', rules: {}, demo: false },
  ], ctx);
  const buyer = (id: string, shopId: string, nick: string): Buyer => ({ id, shopId, nick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: { phone: '', address: '', name: '' }, notes: '', updatedAt: T0, updatedBy: 'A1', deletedAt: null });
  await putTracked<Buyer>(db, 'buyers', [buyer('B1', 'S1', 'zoe'), buyer('B2', 'S2', 'anna')], ctx);
  await putTracked<Order>(db, 'orders', [
    order('1', { createdAt: T0, totalFen: 500, buyerId: 'B1', status: 'unpaid', paidAt: null }),
    order('2', { createdAt: T0 + MINUTE, totalFen: 3000, buyerId: 'B2', shopId: 'S2', latestRemark: '#包装要结实 —小王 03-10 10:01' }),
    order('3', { createdAt: T0 + 2 * MINUTE, totalFen: 1500, buyerId: 'B1', flag: 1, paidAt: T0 + 5 * MINUTE }),
    order('4', { createdAt: T0 + 3 * MINUTE, totalFen: 2000, buyerId: 'B2', shopId: 'S2', status: 'shipped', paidAt: T0 + 4 * MINUTE }),
  ], ctx);
});
afterEach(() => db.delete());

/** Every id of a view in order, whether it comes whole or a window at a time (then read as one window). */
const ids = async (sort: OrderSort, f: OrderFilter = EMPTY_FILTER): Promise<string[]> => {
  const r = await queryOrderIds(f, sort);
  return r.paged ? (await loadGridWindow(f, sort, 0, r.count, r.count)).ids : r.ids;
};

describe('the 订单 grid reads ids off the indexes first', () => {
  it('returns every id in the asked order without reading any row', async () => {
    const r = await queryOrderIds(EMPTY_FILTER, { key: 'buyerNick', desc: true });
    expect(r.ids).toEqual(['3', '1', '4', '2']);
    expect(r.rows).toEqual([]);
    expect(r).toMatchObject({ count: 4, paged: false });
  });

  it.each<[OrderSort, string[]]>([
    [{ key: 'createdAt', desc: false }, ['1', '2', '3', '4']],
    [{ key: 'totalFen', desc: true }, ['2', '4', '3', '1']],
    [{ key: 'totalFen', desc: false }, ['1', '3', '4', '2']],
    [{ key: 'paidAt', desc: false }, ['1', '2', '4', '3']],
    [{ key: 'orderNo', desc: true }, ['4', '3', '2', '1']],
    [{ key: 'flag', desc: true }, ['3', '4', '2', '1']],
    [{ key: 'shopName', desc: false }, ['4', '2', '3', '1']],
    [{ key: 'buyerNick', desc: false }, ['4', '2', '3', '1']],
    [{ key: 'buyerNick', desc: true }, ['3', '1', '4', '2']],
  ])('sorts by %o as %o', async (sort, expected) => {
    expect(await ids(sort)).toEqual(expected);
  });

  it('intersects status, shop, flag, date range and has-remark, each off its own index', async () => {
    const desc: OrderSort = { key: 'createdAt', desc: true };
    expect(await ids(desc, { ...EMPTY_FILTER, statuses: ['paid', 'shipped'] })).toEqual(['4', '3', '2']);
    expect(await ids(desc, { ...EMPTY_FILTER, statuses: ['paid'], shopId: 'S2' })).toEqual(['2']);
    expect(await ids(desc, { ...EMPTY_FILTER, flag: 1 })).toEqual(['3']);
    expect(await ids(desc, { ...EMPTY_FILTER, from: T0 + MINUTE, to: T0 + 2 * MINUTE })).toEqual(['3', '2']);
    expect(await ids(desc, { ...EMPTY_FILTER, hasRemark: 'yes' })).toEqual(['2']);
    expect(await ids(desc, { ...EMPTY_FILTER, hasRemark: 'no', shopId: 'S1' })).toEqual(['3', '1']);
    const r = await queryOrderIds({ ...EMPTY_FILTER, shopId: 'S1', hasRemark: 'no' }, desc);
    expect(r.index).toBe('sort:createdAt ∩ [shopId+createdAt] ∩ latestRemark');
  });

  it('answers one condition newest-first straight from its [x+createdAt] index, same ids as the general path', async () => {
    const paid = { ...EMPTY_FILTER, statuses: ['paid' as const] };
    expect((await queryOrderIds(paid, { key: 'createdAt', desc: true })).index).toBe('[status+createdAt]');
    const single = await ids({ key: 'createdAt', desc: true }, paid);
    expect(single).toEqual(['3', '2']);
    expect(await ids({ key: 'createdAt', desc: false }, { ...EMPTY_FILTER, shopId: 'S2', from: T0 })).toEqual(['2', '4']);
    const general = await queryOrderIds({ ...paid, shopId: 'S1' }, { key: 'totalFen', desc: true });
    expect(general.index).toBe('sort:totalFen ∩ [status+createdAt] ∩ [shopId+createdAt]');
    expect(general.ids).toEqual(['3']);
  });

  it('reads the newest few ids with a limited cursor while the full list loads, only where one index answers', async () => {
    await db.orders.update('4', { deletedAt: T0 + 9 * MINUTE });
    const desc: OrderSort = { key: 'createdAt', desc: true };
    expect(await queryOrderHead(EMPTY_FILTER, desc, 2)).toEqual(['3', '2']);
    expect(await queryOrderHead({ ...EMPTY_FILTER, statuses: ['paid'] }, desc, 5)).toEqual(['3', '2']);
    expect(await queryOrderHead(EMPTY_FILTER, { key: 'totalFen', desc: true }, 2)).toBeNull();
    expect(await queryOrderHead({ ...EMPTY_FILTER, hasRemark: 'yes' }, desc, 2)).toBeNull();
  });

  it('leaves tombstoned orders out', async () => {
    await db.orders.update('3', { deletedAt: T0 + 9 * MINUTE });
    expect(await ids({ key: 'createdAt', desc: true })).toEqual(['4', '2', '1']);
  });

  it('loads just the rows asked for, in that order, with shop and buyer names', async () => {
    const rows = await loadGridRows(['2', '1']);
    expect(rows.map((r) => [r.id, r.shopName, r.buyerNick])).toEqual([['2', '阿福家居', 'anna'], ['1', '小鹿童装', 'zoe']]);
  });

  it('counts a view one index holds in order and reads only the window asked for, from either end', async () => {
    const many = Array.from({ length: 600 }, (_, i) => order(`${9000 + i}`, { createdAt: T0 + (i + 10) * MINUTE, totalFen: 100 + ((i * 37) % 500) * 10, status: i % 3 ? 'paid' : 'shipped' }));
    await putTracked<Order>(db, 'orders', many, ctx);
    const paid = { ...EMPTY_FILTER, statuses: ['paid' as const] };
    for (const sort of [{ key: 'totalFen', desc: false }, { key: 'totalFen', desc: true }, { key: 'createdAt', desc: true }] as OrderSort[]) {
      // What reading every paid order and sorting them gives (ties in id order, as on the index).
      const k = sort.key as 'totalFen' | 'createdAt';
      const asc = (await db.orders.toArray()).filter((o) => o.status === 'paid').sort((a, b) => a[k] - b[k] || (a.id < b.id ? -1 : 1)).map((o) => o.id);
      const expected = sort.desc ? asc.reverse() : asc;
      const r = await queryOrderIds(paid, sort);
      expect(r).toMatchObject({ paged: true, count: expected.length, ids: [] });
      for (const [from, to] of [[0, 50], [150, 200], [expected.length - 30, expected.length]] as const) {
        reads.reset();
        const w = await loadGridWindow(paid, sort, from, to, r.count);
        expect(w.ids, `${sort.key} ${String(sort.desc)} ${from}`).toEqual(expected.slice(from, to));
        expect(w.rows.map((row) => row.id)).toEqual(w.ids);
        // The window's entries and rows, never the 400 others.
        expect(reads.byTable.orders ?? 0).toBeLessThan(3 * (to - from) + 5);
      }
    }
  });
});
