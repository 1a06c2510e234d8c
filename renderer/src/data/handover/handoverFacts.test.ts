import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromShanghai, HOUR, MINUTE } from '@shared/lib/time';
import type { Conversation, Order } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { handoverFacts } from './handoverFacts';

const NOW = fromShanghai(2026, 11, 19, 23, 50);
const tracked = { updatedAt: 1, updatedBy: 'A1', deletedAt: null };
let n = 0;
let db: XiaoerDb;

const order = (id: string, over: Partial<Order>): Order => ({
  id, orderNo: `10000${id.slice(1)}`, shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [], createdAt: NOW - 2 * HOUR, paidAt: NOW - HOUR,
  addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...tracked, ...over,
});
const verification = (state: NonNullable<Order['verification']>['state']): Order['verification'] => ({ state, sentAt: null, sentBy: null, doneAt: null, doneBy: null });
const conv = (id: string, over: Partial<Conversation>): Conversation => ({
  id, shopId: 'S1', buyerId: 'B1', status: 'answered', stage: 'presale', lastBuyerAt: NOW - HOUR, firstReplyAt: NOW - HOUR, lastPreview: '好的', assignedTo: 'A1', ...tracked, ...over,
});

beforeEach(async () => {
  db = new XiaoerDb(`handover-facts-${++n}`);
  setDbForTests(db);
  await db.shops.put({ id: 'S1', name: '青禾', platform: 'taobao', ...tracked } as never);
  await db.agents.bulkPut([{ id: 'A1', name: '小雅', ...tracked }, { id: 'A2', name: '小林', ...tracked }] as never);
  await db.buyers.put({ id: 'B1', shopId: 'S1', nick: '阿花', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '', ...tracked });
});

describe('handoverFacts', () => {
  it('reads 核实 from the order verification field, not from remark text, and skips tombstoned orders', async () => {
    await db.orders.bulkPut([
      order('O1', { latestRemark: '已核实地址' }),
      order('O2', { verification: verification('sent') }),
      order('O3', { verification: verification('confirmed') }),
      order('O4', { deletedAt: NOW - MINUTE }),
      order('O5', { paidAt: NOW - 4 * 24 * HOUR }), // paid long ago: out of the 3-day window
    ]);
    const facts = await handoverFacts(NOW, NOW + 18 * HOUR);
    expect(facts.paidOrders.map((o) => [o.id, o.verification]).sort()).toEqual([['O1', null], ['O2', 'sent'], ['O3', 'confirmed']]);
  });

  it('carries the transfer of a waiting buyer and the answered conversations not yet resolved', async () => {
    await db.conversations.bulkPut([
      conv('C1', { status: 'waiting', transfer: { from: 'A1', to: 'A2', reason: '售后问题', at: NOW - MINUTE } }),
      conv('C2', { resolvedAt: null }),
      conv('C3', { status: 'closed', resolvedAt: NOW - 10 * MINUTE }),
      conv('C4', { lastBuyerAt: NOW - 30 * HOUR }), // older than a day: not read
    ]);
    const facts = await handoverFacts(NOW, NOW + 18 * HOUR);
    expect(facts.waiting).toMatchObject([{ id: 'C1', buyerNick: '阿花', transfer: { toName: '小林', reason: '售后问题' } }]);
    expect(facts.unresolved).toMatchObject([{ id: 'C2', buyerNick: '阿花', resolvedAt: null }]);
  });

  it('lists the 催付 the scheduler has due before the next shift, and none for paid orders', async () => {
    const afternoon = fromShanghai(2026, 11, 19, 15, 0);
    await db.orders.bulkPut([
      order('O6', { status: 'unpaid', paidAt: null, createdAt: afternoon - 15 * MINUTE, items: [{ title: '高腰牛仔裤', sku: 'J-1', qty: 1, price: 15900 }], totalFen: 15900 }),
      order('O7', { status: 'paid', createdAt: afternoon - 15 * MINUTE, paidAt: afternoon - 5 * MINUTE }),
    ]);
    const facts = await handoverFacts(afternoon, afternoon + 3 * HOUR);
    expect(facts.payments.map((p) => [p.orderId, p.dueAt <= afternoon, p.label])).toEqual([['O6', true, '高腰牛仔裤 ¥159.00']]);
  });
});
