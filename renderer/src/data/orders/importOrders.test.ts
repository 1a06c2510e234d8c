import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedOrder } from '@shared/domain/orderImport';
import type { Shop } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { importOrders, previewOrderImport } from './importOrders';

let db: XiaoerDb;
let n = 0;
const ctx = { agentId: 'A1', now: 1_700_000_000_000 };
const row = (over: Partial<ImportedOrder> = {}): ImportedOrder => ({
  row: 2, orderNo: '3123456789012345678', buyerNick: '小林', status: 'unpaid', totalFen: 12800, paidFen: null, postageFen: null, items: [{ title: '卫衣', qty: 1, price: 12800 }],
  createdAt: 1_699_990_000_000, paidAt: null, receiver: '林女士', phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', trackingNo: null, carrier: null,
  buyerNote: '', sellerMemo: '', shopName: '', ...over,
});

beforeEach(async () => {
  db = new XiaoerDb(`import-${++n}`);
  await db.open();
  setDbForTests(db);
  const shop = (id: string, name: string): Omit<Shop, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, platform: 'taobao', name, rules: {}, demo: false });
  await putTracked<Shop>(db, 'shops', [shop('S1', '青禾'), shop('S2', '小豆芽')], ctx);
});
afterEach(() => db.delete());

describe('importing orders into a shop', () => {
  it("creates the order with its own recipient (masked for lists) and a buyer who holds none, and logs both writes", async () => {
    expect(await importOrders('S1', [row()], ctx)).toEqual({ created: 1, updated: 0, unchanged: 0, newBuyers: 1, problems: [] });
    const [order] = await db.orders.toArray();
    const [buyer] = await db.buyers.toArray();
    expect(order).toMatchObject({
      orderNo: '3123456789012345678', shopId: 'S1', buyerId: buyer?.id, status: 'unpaid', addressMasked: '浙江省杭州市西湖区文三路****', phoneMasked: '138****1234',
      recipient: { phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', name: '林女士' }, updatedBy: 'A1',
    });
    expect(buyer).toMatchObject({ nick: '小林', phoneMasked: '', addressMasked: '', contactSecret: null });
    expect((await db.changes.toArray()).filter((c) => c.table !== 'shops').map((c) => c.table).sort()).toEqual(['buyers', 'orders']);
  });

  it('a second import of the same file changes nothing; a newer one moves the order on and keeps its remark', async () => {
    await importOrders('S1', [row()], ctx);
    const id = (await db.orders.toArray())[0]?.id as string;
    await db.orders.update(id, { latestRemark: '#送礼 —小雅', flag: 1 });
    expect(await importOrders('S1', [row()], ctx)).toMatchObject({ created: 0, updated: 0, unchanged: 1, newBuyers: 0 });
    expect(await importOrders('S1', [row({ status: 'shipped', paidAt: 1_699_990_100_000, trackingNo: 'SF123', carrier: '顺丰' })], ctx)).toMatchObject({ updated: 1 });
    expect(await db.orders.get(id)).toMatchObject({ status: 'shipped', trackingNo: 'SF123', latestRemark: '#送礼 —小雅', flag: 1 });
  });

  it('refuses an order number that belongs to another shop, names the row, and imports the rest', async () => {
    await importOrders('S2', [row()], ctx);
    const before = await db.orders.toArray();
    const r = await importOrders('S1', [row(), row({ row: 3, orderNo: '3123456789012345679' })], ctx);
    expect(r.problems).toEqual([{ row: 2, field: 'orderImport.orderNo', code: 'otherShop', params: { shop: '小豆芽' } }]);
    expect(r.created).toBe(1);
    expect(await db.orders.get(before[0]?.id as string)).toEqual(before[0]);
  });

  it('the preview counts without writing', async () => {
    expect(await previewOrderImport('S1', [row(), row({ row: 3, orderNo: '3123456789012345679' })])).toMatchObject({ created: 2, newBuyers: 1 });
    expect(await db.orders.count()).toBe(0);
  });
});
