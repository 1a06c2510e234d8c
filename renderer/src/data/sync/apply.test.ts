import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncRow } from '@shared/schemas/sync';
import { XiaoerDb } from '../db';
import { countReads, type ReadCounter } from '../testing/readCounter';
import { applyPulled } from './apply';
import { readState, writeState } from './state';

const T = 1_780_000_000_000;
let n = 0;
const open: XiaoerDb[] = [];

/** A store in a team whose reads are counted, table by table. */
async function countedStore(): Promise<{ db: XiaoerDb; reads: ReadCounter }> {
  const db = new XiaoerDb(`apply-${++n}`);
  const reads = countReads(db);
  await db.open();
  open.push(db);
  await writeState(db, 'link', { serverUrl: 'http://shop.test', teamId: 't1', teamName: '小鹿童装', deviceId: 'd1', joinedAt: T });
  return { db, reads };
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const ticketFields = {
  updatedAt: T, updatedBy: 'A1', type: 'quality', shopId: 'S1', orderId: null, buyerId: 'B1', status: 'open', step: 'soothe', dueAt: T,
  summary: '线头', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: null, createdAt: T,
};
const message = (i: number): SyncRow => ({ table: 'messages', id: `M${i}`, version: i, fields: { conversationId: 'C1', from: 'buyer', text: `第${i}条`, at: T + i, agentId: null, updatedAt: T + i, updatedBy: 'system' }, deletedAt: null });

describe('storing a pulled page', () => {
  it('reads nothing of the records it replaces, except those with edits of this PC still to push', async () => {
    const { db, reads } = await countedStore();
    // This PC holds an older copy of M1 and a ticket it edited offline (not pushed yet).
    await db.messages.put({ ...message(1).fields, id: 'M1', text: '旧的', deletedAt: null } as never);
    await db.tickets.put({ ...ticketFields, id: 'K1', summary: '本机改的', deletedAt: null } as never);
    await db.shadows.put({ table: 'tickets', id: 'K1', version: 3, fields: ticketFields, deletedAt: null });
    await db.changes.add({ table: 'tickets', id: 'K1', op: 'put', at: T + 5, agent: 'A1', origin: 'local', fields: ['summary'] });
    reads.reset();

    const page = [...Array.from({ length: 200 }, (_, i) => message(i + 1)), { table: 'tickets', id: 'K1', version: 201, fields: { ...ticketFields, status: 'resolved' }, deletedAt: null }];
    await applyPulled(db, page, 201, T + 10);

    // M1 is on this PC already and was not read: only the edited ticket and its shadow were.
    expect(reads.byTable['messages'] ?? 0).toBe(0);
    expect(reads.byTable['tickets']).toBe(1);
    expect(reads.byTable['shadows']).toBe(1);
    expect(await db.messages.count()).toBe(200);
    expect((await db.messages.get('M1'))?.text).toBe('第1条');
    // The pending edit stays on top of the server's newer version until it is pushed.
    expect(await db.tickets.get('K1')).toMatchObject({ summary: '本机改的', status: 'resolved' });
    expect(await db.shadows.get(['tickets', 'K1'])).toMatchObject({ version: 201, pendingBase: 3 });
    expect(await db.shadows.count()).toBe(201);
    expect(await readState(db, 'cursor')).toBe(201);
  });

  it('stores orders with an empty latest remark where this PC has no remarks, and works it out where it has', async () => {
    const { db } = await countedStore();
    const order = (id: string, version: number): SyncRow => ({
      table: 'orders', id, version, deletedAt: null,
      fields: { orderNo: `39${version}`, shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [], createdAt: T, paidAt: T, addressMasked: '', trackingNo: null, carrier: null, flag: 0, updatedAt: T, updatedBy: 'A1' },
    });
    await db.orders.put({ ...order('O1', 1).fields, id: 'O1', latestRemark: '早先算的', deletedAt: null } as never);
    await applyPulled(db, [order('O1', 1), order('O2', 2)], 2, T);
    expect((await db.orders.get('O1'))?.latestRemark).toBe('');

    await db.remarks.put({ id: 'R1', orderId: 'O2', agentId: 'A1', agentName: '小王', text: '已核实地址', at: T, flag: null, updatedAt: T, updatedBy: 'A1', deletedAt: null } as never);
    await applyPulled(db, [order('O2', 3)], 3, T);
    expect((await db.orders.get('O2'))?.latestRemark).toContain('已核实地址');
  });
});
