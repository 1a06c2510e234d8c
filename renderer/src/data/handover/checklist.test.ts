import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromShanghai, HOUR } from '@shared/lib/time';
import type { Order } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { checklistCounts } from './checklist';

const NOW = fromShanghai(2026, 11, 20, 10, 0);
const tracked = { updatedAt: 1, updatedBy: 'A1', deletedAt: null };
let n = 0;
let db: XiaoerDb;

const order = (id: string, status: Order['status'], createdAt: number, deletedAt: number | null = null): Order => ({
  id, orderNo: `20000${id.slice(1)}`, shopId: 'S1', buyerId: 'B1', status, totalFen: 100, items: [], createdAt, paidAt: status === 'unpaid' ? null : createdAt,
  addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...tracked, deletedAt,
});

beforeEach(() => {
  db = new XiaoerDb(`checklist-${++n}`);
  setDbForTests(db);
});

describe('checklistCounts', () => {
  it('counts unpaid, unshipped and late orders, leaving tombstoned ones out', async () => {
    const yesterday = NOW - 20 * HOUR;
    await db.orders.bulkPut([
      order('O1', 'unpaid', NOW - HOUR),
      order('O2', 'unpaid', NOW - HOUR, NOW - 1), // deleted
      order('O3', 'paid', NOW - HOUR),
      order('O4', 'paid', yesterday), // paid yesterday, still not shipped: late
      order('O5', 'paid', yesterday, NOW - 1), // deleted
      order('O6', 'shipped', yesterday),
    ]);
    const c = await checklistCounts(NOW);
    expect([c.unpaid, c.unshipped, c.lateShipments]).toEqual([1, 2, 1]);
  });
});
