import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, err } from '@shared/lib/result';
import type { Shop } from '@shared/schemas/entities';
import type { IngestEvent, JournaledEvent } from '@shared/schemas/ingest';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { applyJournaled } from './apply';
import { createIngestRunner, type IngestSource } from './runner';
import { derivedIds } from '@shared/domain/ingest';
import { ingestLocalStatus } from './queries';

let db: XiaoerDb;
let n = 0;
const T = 1_763_800_000_000;
const NO = '3920118822334455667';
const shop: Omit<Shop, 'updatedAt' | 'updatedBy' | 'deletedAt'> = { id: 'S1', name: '林记围巾', platform: 'taobao', rules: {}, demo: false };
const msg = (eventId: string, text = '在吗？', nick = 'tb_小林'): IngestEvent => ({ eventId, type: 'buyer.message', shopId: 'S1', at: T, buyerNick: nick, text });
const created = (eventId: string): IngestEvent => ({ eventId, type: 'order.created', shopId: 'S1', at: T, orderNo: NO, buyerNick: 'tb_小林', items: [{ title: '围巾', sku: '', qty: 1, priceFen: 12900 }], totalFen: 12900, createdAt: T });
const paid = (eventId: string): IngestEvent => ({ eventId, type: 'order.paid', shopId: 'S1', at: T + 5, orderNo: NO });

/** An in-memory journal with the host's pull/ack semantics. */
function fakeHost(events: IngestEvent[], journalId = 'J1') {
  let journal: JournaledEvent[] = events.map((event, i) => ({ seq: i + 1, receivedAt: T, event }));
  const acks: number[] = [];
  const source: IngestSource = {
    pull: async (afterSeq, id) => ok({ journalId, events: journal.filter((e) => e.seq > (id === journalId ? afterSeq : 0)).slice(0, 200) }),
    ack: (_id, upTo) => { acks.push(upTo); journal = journal.filter((e) => e.seq > upTo); },
  };
  return { source, acks, pending: () => journal.length };
}

beforeEach(async () => {
  db = new XiaoerDb(`ingest-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [shop], { agentId: 'A1', now: T - 1000 });
});
afterEach(() => db.delete());

describe('applying ingest events to the store', () => {
  it('a buyer message from a new nick opens a waiting conversation, and the runner acks what it applied', async () => {
    const host = fakeHost([msg('e1'), msg('e2', '有灰色吗')]);
    await createIngestRunner(host.source, () => T).kick();
    const buyers = await db.buyers.where('[shopId+nick]').equals(['S1', 'tb_小林']).toArray();
    expect(buyers).toHaveLength(1);
    const convs = await db.conversations.where('buyerId').equals(buyers[0]!.id).toArray();
    expect(convs).toMatchObject([{ status: 'waiting', lastBuyerAt: T, lastPreview: '有灰色吗' }]);
    expect((await db.messages.toArray()).map((m) => m.text)).toEqual(['在吗？', '有灰色吗']);
    expect(host.acks).toEqual([2]);
    expect(host.pending()).toBe(0);
    expect(await db.changes.where('[table+id]').equals(['messages', derivedIds(msg('e1')).message]).count()).toBe(1);
  });

  it('acks again when the host restarted and lost the ack, so applied events do not stay 待处理', async () => {
    const host = fakeHost([msg('e1')]);
    const runner = createIngestRunner(host.source, () => T);
    const lostAck = host.source.ack;
    host.source.ack = () => {};
    await runner.kick();
    host.source.ack = lostAck;
    expect(host.pending()).toBe(1);
    // The host is back with its journal as it was; the same page's runner checks again.
    await runner.kick();
    expect(host.pending()).toBe(0);
    expect(await db.messages.count()).toBe(1);
  });

  it('applies the same eventId from two shops as two messages', async () => {
    await putTracked<Shop>(db, 'shops', [{ ...shop, id: 'S2', name: '二店' }], { agentId: 'A1', now: T - 1000 });
    const host = fakeHost([msg('1001', '店一的消息'), { ...msg('1001', '店二的消息'), shopId: 'S2' }]);
    await createIngestRunner(host.source, () => T).kick();
    expect((await db.messages.toArray()).map((m) => m.text).sort()).toEqual(['店一的消息', '店二的消息']);
  });

  it('replays after a crash between apply and ack without writing anything twice', async () => {
    const host = fakeHost([msg('e1')]);
    await applyJournaled(db, 'J1', { seq: 1, receivedAt: T, event: msg('e1') }, T);
    // The renderer died before acking: the host offers the event again.
    await createIngestRunner(host.source, () => T).kick();
    expect(await db.messages.count()).toBe(1);
    expect(await db.changes.where('table').equals('messages').count()).toBe(1);
    expect(host.acks).toEqual([1]);
  });

  it('applies a replay from a recreated journal idempotently by eventId', async () => {
    await applyJournaled(db, 'J1', { seq: 1, receivedAt: T, event: msg('e1') }, T);
    expect(await applyJournaled(db, 'J2', { seq: 1, receivedAt: T, event: msg('e1') }, T)).toBe('duplicate');
    expect(await db.messages.count()).toBe(1);
  });

  it('parks an order.paid that arrives before its order.created, then applies it when the order comes', async () => {
    const host = fakeHost([paid('p1'), created('c1')]);
    await createIngestRunner(host.source, () => T).kick();
    const order = await db.orders.where('orderNo').equals(NO).first();
    expect(order).toMatchObject({ orderNo: NO, status: 'paid', paidAt: T + 5, totalFen: 12900 });
    expect(await ingestLocalStatus(T)).toMatchObject({ appliedToday: 2, parked: 0, problems: [] });
    expect(host.acks).toEqual([2]);
  });

  it('keeps an order event for an order that never came parked and visible, not invented', async () => {
    await createIngestRunner(fakeHost([paid('p1')]).source, () => T).kick();
    expect(await db.orders.count()).toBe(0);
    expect(await ingestLocalStatus(T)).toMatchObject({ parked: 1 });
  });

  it('lists an event for an unknown shop as a problem and goes on with the next one', async () => {
    const stray: IngestEvent = { ...msg('x1'), shopId: 'NOPE' };
    const host = fakeHost([stray, msg('e2')]);
    await createIngestRunner(host.source, () => T).kick();
    expect(await db.messages.count()).toBe(1);
    expect((await ingestLocalStatus(T)).problems).toMatchObject([{ eventId: 'x1', type: 'buyer.message', reason: 'unknownShop' }]);
    expect(host.acks).toEqual([2]);
  });

  it('does not ack when the host cannot be reached, and says why', async () => {
    const runner = createIngestRunner({ pull: async () => err('ingest:pull: not reachable'), ack: () => { throw new Error('no ack expected'); } }, () => T);
    await runner.kick();
    expect(runner.lastError).toBe('ingest:pull: not reachable');
  });
});
