import 'fake-indexeddb/auto';
// Lives outside simulators/: that folder is globbed into the app bundle, tests must not be.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Order, Shop } from '@shared/schemas/entities';
import { TICKET_TYPES } from '@shared/domain/cases';
import { simAnswer } from '@shared/fixtures/demo';
import { DAY, fromShanghai } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { logTicketContact } from './tickets';
import { tick } from '../simulators/cases';

let db: XiaoerDb;
let n = 0;
const NOW = fromShanghai(2026, 5, 10, 15, 0);
const ctx = { agentId: 'A1', now: NOW };

beforeEach(async () => {
  db = new XiaoerDb(`cases-sim-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', name: '演示店', platform: 'tmall', rules: {}, demo: true }], ctx);
  await putTracked<Buyer>(db, 'buyers', [{ id: 'B1', shopId: 'S1', nick: 'tb_小林', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' }], ctx);
  await putTracked<Order>(db, 'orders', ['delivered', 'completed'].map((status, i) => ({ id: `O${i}`, orderNo: `20431188001234567${i}0`, shopId: 'S1', buyerId: 'B1', status: status as Order['status'], totalFen: 5900, items: [{ title: '纯棉T恤', sku: 'M', qty: 1, price: 5900 }], createdAt: NOW - 5 * DAY, paidAt: NOW - 5 * DAY, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '' })), ctx);
});
afterEach(() => db.delete());

describe('case simulator', () => {
  it('over time opens aftersale requests of every type, with the buyer\'s message, and bad reviews', async () => {
    for (let i = 0; i < 100; i++) await tick(NOW + i * 4000);
    const tickets = await db.tickets.toArray();
    expect(new Set(tickets.map((t) => t.type))).toEqual(new Set(TICKET_TYPES));
    expect((await db.reviews.count())).toBeGreaterThanOrEqual(6);
    const conv = await db.conversations.where('buyerId').equals('B1').first();
    expect(conv?.status).toBe('waiting');
    expect(await db.messages.where('[conversationId+at]').between([conv?.id, 0], [conv?.id, Infinity]).count()).toBeGreaterThanOrEqual(tickets.length);
  });

  it('buyers answer some of the contacts agents log, in their conversation', async () => {
    for (let i = 0; i < 4; i++) await tick(NOW + i * 4000);
    const ticket = (await db.tickets.toArray())[0];
    if (!ticket) throw new Error('expected a ticket');
    const before = await db.messages.count();
    const logged = [];
    for (let i = 0; i < 6; i++) logged.push(await logTicketContact(ticket.id, { channel: 'chat', result: `留言 ${i}`, nextAt: null }, { agentId: 'A1', now: NOW + 20_000 + i }));
    await tick(NOW + 30_000);
    const expected = logged.filter((c) => simAnswer(c.id, 'ticket') !== null).length;
    expect(await db.messages.count()).toBe(before + expected);
    // Contacts already answered are not answered twice.
    await tick(NOW + 34_000);
    expect(await db.messages.count()).toBe(before + expected);
  });
});
