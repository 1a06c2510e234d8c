import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { allByIndex } from './byIndex';

let db: XiaoerDb;
const order = (n: number): Order => ({
  id: `O${n}`, orderNo: `31234567890123${String(n).padStart(5, '0')}`, shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [],
  createdAt: 1, paidAt: 2, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', updatedAt: 1, updatedBy: 'A1', deletedAt: null,
});
const no = (n: number): string => order(n).orderNo;

beforeAll(async () => {
  db = new XiaoerDb('by-index');
  await db.open();
  // Orders 0, 10, 20 … 990: every tenth number.
  await db.orders.bulkPut(Array.from({ length: 100 }, (_, i) => order(i * 10)));
});
afterAll(() => db.delete());

const found = (keys: string[]): Promise<string[]> =>
  db.transaction('r', db.orders, async () => (await allByIndex(db.orders, 'orderNo', keys, (o) => o.orderNo)).map((o) => o.id).sort());

describe('records under many keys of an index', () => {
  it.each([
    ['keys in an empty stretch of the index', [no(1001), no(1005)], []],
    ['a narrow range, read whole and filtered', [no(10), no(15), no(20)], ['O10', 'O20']],
    ['keys spread over the index, read one by one', [no(0), no(500), no(990), no(991)], ['O0', 'O500', 'O990']],
    ['a key asked twice, found once', [no(30), no(30)], ['O30']],
    ['no keys', [], []],
  ])('%s', async (_label, keys, ids) => {
    expect(await found(keys)).toEqual(ids);
  });
});
