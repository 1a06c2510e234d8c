import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2 } from '../schema';
import { openWith, writeFixture } from './harness';

const order = (id: string, status: string, totalFen: number) => ({
  id, orderNo: `4000000000000000${id}`, shopId: 'S1', buyerId: 'B1', status, totalFen, items: [], createdAt: 1, paidAt: null, addressMasked: '',
  trackingNo: null, carrier: null, flag: 0, latestRemark: '', updatedAt: 1, updatedBy: 'system', deletedAt: null,
});

let db: XiaoerDb;
beforeAll(async () => {
  await writeFixture('mig-v8', 2, { ...SCHEMA_V1, ...SCHEMA_V2 }, { orders: [order('1', 'paid', 900), order('2', 'paid', 300), order('3', 'shipped', 100)] });
  db = await openWith(() => new XiaoerDb('mig-v8'));
});
afterAll(async () => {
  db.close();
  await Dexie.delete('mig-v8');
});

describe('the v2 → v8 upgrade', () => {
  it('keeps every order and indexes one status by amount for the 订单 grid', async () => {
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.orders.count()).toBe(3);
    expect(await db.orders.where('[status+totalFen]').between(['paid', Dexie.minKey], ['paid', Dexie.maxKey]).primaryKeys()).toEqual(['2', '1']);
  });
});
