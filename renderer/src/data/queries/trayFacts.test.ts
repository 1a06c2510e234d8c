import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Buyer, BuyerPromise, Conversation, Message, Order, Reminder, Review, Shop, Ticket } from '@shared/schemas/entities';
import { DAY, fromShanghai, HOUR, MINUTE } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { countReads, type ReadCounter } from '../testing/readCounter';
import { paymentQueue } from '../orders/payments';
import { sendReply } from '../presale/conversations';
import { TRAY_AREAS, trayFacts } from './trayFacts';

/**
 * The tray pass runs after every write, so what it reads must follow what is due, never the
 * size of the store: a store with 20,000 old records (closed or expired orders, sent reminders,
 * answered chats, closed cases…) costs the same reads as one with 1,000.
 */
const NOW = fromShanghai(2026, 3, 10, 15, 0);
const UNTIL = NOW + MINUTE;
const track = { updatedAt: NOW - DAY, updatedBy: 'system', deletedAt: null };

const shop: Shop = { id: 'S1', name: '小鹿童装', platform: 'taobao', rules: {}, demo: false, ...track };
const buyer = (i: number): Buyer => ({ id: `B${i}`, shopId: 'S1', nick: `买家${i}`, tier: 'normal', tags: [], phoneMasked: '138****0000', addressMasked: '浙江省****', contactSecret: null, notes: '', ...track });
const order = (id: string, createdAt: number, status: Order['status'], buyerId = 'B1'): Order => ({
  id, orderNo: `4${String(id.length * 7919 + createdAt).padStart(18, '0')}`.slice(0, 19), shopId: 'S1', buyerId, status, totalFen: 12_900, items: [{ title: '短袖', sku: 'T', qty: 1, price: 12_900 }],
  createdAt, paidAt: status === 'unpaid' || status === 'closed' ? null : createdAt + MINUTE, addressMasked: '浙江省****', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...track,
});
const conversation = (id: string, status: Conversation['status'], lastBuyerAt: number, buyerId = 'B1'): Conversation => ({
  id, shopId: 'S1', buyerId, status, stage: 'presale', lastBuyerAt, firstReplyAt: status === 'waiting' ? null : lastBuyerAt + MINUTE, lastPreview: '在吗', assignedTo: null, ...track,
});
const reminder = (id: string, kind: Reminder['kind'], state: Reminder['state'], dueAt: number, subjectId = 'O-x'): Reminder => ({
  id, kind, subjectId, buyerId: 'B1', shopId: 'S1', label: '跟进', dueAt, attempt: 1, channel: 'chat', state, outcome: state === 'done' ? 'sent' : null, ...track, updatedAt: dueAt,
});
const ticket = (id: string, status: Ticket['status'], dueAt: number): Ticket => ({
  id, type: 'tracking', shopId: 'S1', orderId: null, buyerId: 'B1', status, step: 'soothe', dueAt, summary: '查件', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: null, createdAt: dueAt - DAY, ...track,
});
const review = (id: string, status: Review['status'], postedAt: number, nextContactAt: number): Review => ({
  id, shopId: 'S1', orderId: null, buyerId: 'B1', rating: 'negative', text: '质量一般', postedAt, cause: 'quality', status, nextContactAt, explanation: '已解释', ownerId: null, ...track,
});
const promise = (id: string, state: BuyerPromise['state'], dueAt: number): BuyerPromise => ({
  id, shopId: 'S1', buyerId: 'B1', orderId: null, caseId: null, conversationId: null, kind: 'callback', what: '明天回电', promisedBy: 'A1', promisedAt: dueAt - HOUR, dueAt, state, closedBy: null, closedAt: null, ...track,
});

/** What is due at NOW: 2 waiting buyers, 2 unpaid orders past their first 催付 step, 1 ticket, 1 review, 1 follow-up, 1 promise. */
const dueNow = {
  buyers: [buyer(1), buyer(2)],
  conversations: [conversation('C-w1', 'waiting', NOW - 2 * MINUTE), conversation('C-w2', 'waiting', NOW - 30_000, 'B2')],
  orders: [order('O-u1', NOW - 20 * MINUTE, 'unpaid'), order('O-u2', NOW - 3 * HOUR, 'unpaid', 'B2')],
  tickets: [ticket('T-due', 'open', NOW - HOUR)],
  reviews: [review('R-due', 'contacting', NOW - 2 * DAY, NOW - HOUR)],
  reminders: [reminder('F-due', 'followup', 'due', NOW - 10 * MINUTE)],
  promises: [promise('P-due', 'open', NOW - 5 * MINUTE)],
};

/** `n` old orders that can never be due again, and a tenth as many of every other kind: the store's past. */
function history(n: number) {
  const at = (i: number): number => NOW - 2 * DAY - (i % 300) * DAY - i * 1000;
  const all = Array.from({ length: n }, (_, i) => i);
  const range = all.slice(0, n / 10);
  const statuses: Order['status'][] = ['unpaid', 'closed', 'completed', 'paid', 'shipped'];
  return {
    orders: all.map((i) => order(`O-old${i}`, at(i), statuses[i % statuses.length]!)),
    conversations: range.map((i) => conversation(`C-old${i}`, i % 2 ? 'answered' : 'closed', at(i))),
    messages: range.map((i): Message => ({ id: `M-old${i}`, conversationId: `C-old${i}`, from: 'buyer', text: '好的', at: at(i), agentId: null, ...track })),
    reminders: range.map((i) => reminder(`R-old${i}`, i % 2 ? 'payment' : 'followup', i % 3 ? 'done' : 'cancelled', at(i), `O-old${i}`)),
    tickets: range.map((i) => ticket(`T-old${i}`, i % 2 ? 'resolved' : 'closed', at(i))),
    reviews: range.map((i) => review(`R-old${i}`, i % 2 ? 'modified' : 'explained', at(i) - 40 * DAY, at(i))),
    promises: range.map((i) => promise(`P-old${i}`, i % 2 ? 'kept' : 'cancelled', at(i))),
  };
}

let db: XiaoerDb | null = null;
afterEach(async () => { await db?.delete(); db = null; });

async function storeWith(oldRecords: number): Promise<ReadCounter> {
  db = new XiaoerDb(`tray-reads-${oldRecords}-${Math.random()}`);
  const reads = countReads(db);
  await db.open();
  setDbForTests(db);
  const past = history(oldRecords);
  await db.shops.put(shop);
  for (const [table, rows] of Object.entries(dueNow)) await db.table(table).bulkPut(rows);
  for (const [table, rows] of Object.entries(past)) await db.table(table).bulkPut(rows);
  reads.reset();
  return reads;
}

describe('tray pass reads what is due, not what exists', () => {
  it('finds every due item, and reads the same records with 1,000 or 20,000 old orders (and their past) in the store', async () => {
    const tray: number[] = [];
    const queue: number[] = [];
    for (const n of [1_000, 20_000]) {
      const reads = await storeWith(n);
      const facts = await trayFacts(UNTIL);
      expect(facts.waiting.map((w) => w.id).sort()).toEqual(['C-w1', 'C-w2']);
      expect(facts.payments.map((p) => p.orderId).sort()).toEqual(['O-u1', 'O-u2']);
      expect(facts.cases.map((c) => c.id).sort()).toEqual(['R-due', 'T-due']);
      expect(facts.followUps.map((f) => f.id).sort()).toEqual(['F-due', 'P-due']);
      tray.push(reads.total());
      // The 催付 screen plans from the same bounded read: only the open unpaid orders.
      reads.reset();
      const { rows } = await paymentQueue(NOW);
      expect(rows.map((r) => r.order.id).sort()).toEqual(['O-u1', 'O-u2']);
      queue.push(reads.byTable.orders ?? 0);
      await db?.delete();
      db = null;
    }
    expect(tray[1]).toBe(tray[0]);
    // Each due item, its buyer, the shop: far below the old records.
    expect(tray[0]).toBeLessThan(30);
    expect(queue).toEqual([2, 2]);
  }, 120_000);

  it('a reply re-reads the waiting buyers only: the unpaid orders, follow-ups and cases are not read again', async () => {
    const reads = await storeWith(1_000);
    const runs: Record<string, number> = {};
    let waiting: string[] = [];
    const areas = Object.entries(TRAY_AREAS) as [string, (until: number) => Promise<readonly { id: string }[]>][];
    const subs = areas.map(([area, read]) => liveQuery(() => read(UNTIL)).subscribe((facts) => {
      runs[area] = (runs[area] ?? 0) + 1;
      if (area === 'waiting') waiting = facts.map((w) => w.id).sort();
    }));
    try {
      await expect.poll(() => Object.keys(runs).length).toBe(4);
      await expect.poll(() => waiting).toEqual(['C-w1', 'C-w2']);
      const before = { ...runs };
      reads.reset();
      await sendReply('C-w1', '在的，亲', { agentId: 'A1', now: NOW });
      await expect.poll(() => waiting).toEqual(['C-w2']);
      await new Promise((r) => setTimeout(r, 50));
      expect(runs).toEqual({ ...before, waiting: (before.waiting ?? 0) + 1 });
      for (const table of ['orders', 'reminders', 'promises', 'tickets', 'reviews']) expect(reads.byTable[table] ?? 0, table).toBe(0);
    } finally {
      for (const s of subs) s.unsubscribe();
    }
  }, 60_000);

  it('counts a 2,000-buyer queue but reads only the newest 50 buyers (the only ones it can name as newly due)', async () => {
    const reads = await storeWith(1_000);
    const queue = Array.from({ length: 2_000 }, (_, i) => conversation(`C-q${i}`, 'waiting', NOW - 10 * MINUTE + i * 100, `B${i + 10}`));
    await db!.buyers.bulkPut(queue.map((_, i) => buyer(i + 10)));
    await db!.conversations.bulkPut(queue);
    reads.reset();
    const facts = await trayFacts(UNTIL);
    expect(facts.waiting).toHaveLength(2_002);
    expect(facts.waiting.find((w) => w.id === 'C-w2')?.buyerNick).toBe('买家2');
    // 50 named waiting buyers, plus the few the 催付 and promise items name.
    expect(reads.byTable.buyers ?? 0).toBeLessThan(60);
  }, 60_000);
});
