import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromShanghai, HOUR } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { followUpFacts } from '../tray/followUps';
import { closePromise, openPromises, recordPromise } from './promises';
import { acknowledgeItem, pendingHandovers, signInHandover, signOutHandover, unacknowledged } from './handovers';

const T = fromShanghai(2026, 11, 19, 14, 0);
const ctx = { agentId: 'A1', agentName: '小雅', now: T };
let db: XiaoerDb;
let n = 0;

beforeEach(async () => {
  db = new XiaoerDb(`promises-${++n}`);
  setDbForTests(db);
  const tracked = { updatedAt: 1, updatedBy: 'A1', deletedAt: null };
  await db.buyers.put({ id: 'B1', shopId: 'S1', nick: '阿花', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '', ...tracked });
  await db.orders.put({ id: 'O1', orderNo: '1234567890', shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [], createdAt: 1, paidAt: 1, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...tracked });
});

describe('promises', () => {
  it('records a promise about an order and appends a signed remark to that order', async () => {
    const p = await recordPromise({ buyerId: 'B1', orderId: 'O1', caseId: null, conversationId: null, kind: 'gift', what: '送小礼物', dueAt: T + 2 * HOUR }, ctx);
    const remarks = await db.remarks.where('[orderId+at]').between(['O1', 0], ['O1', Infinity]).toArray();
    expect(remarks).toMatchObject([{ agentId: 'A1', agentName: '小雅', text: '承诺：送小礼物（11-19 16:00前）' }]);
    expect(p).toMatchObject({ shopId: 'S1', promisedBy: 'A1', state: 'open' });
  });

  it('feeds the tray once due and leaves it when kept', async () => {
    const p = await recordPromise({ buyerId: 'B1', orderId: null, caseId: null, conversationId: null, kind: 'callback', what: '回电', dueAt: T + HOUR }, ctx);
    expect(await followUpFacts(T)).toEqual([]);
    expect(await followUpFacts(T + HOUR)).toEqual([{ id: p.id, dueAt: T + HOUR, label: '阿花：回电', target: { entity: 'buyer', id: 'B1' } }]);
    await closePromise(p.id, 'kept', { agentId: 'A2', now: T + HOUR });
    expect(await openPromises()).toEqual([]);
    expect(await followUpFacts(T + HOUR)).toEqual([]);
  });

  it('refuses a promise for an unknown buyer or with nothing promised, writing nothing', async () => {
    await expect(recordPromise({ buyerId: 'nobody', orderId: null, caseId: null, conversationId: null, kind: 'other', what: 'x', dueAt: T }, ctx)).rejects.toMatchObject({ problems: [{ code: 'notFound', field: 'buyers' }] });
    await expect(recordPromise({ buyerId: 'B1', orderId: 'O1', caseId: null, conversationId: null, kind: 'other', what: '   ', dueAt: T }, ctx)).rejects.toMatchObject({ problems: [{ code: 'required', field: 'promises.what' }] });
    expect(await db.promises.count()).toBe(0);
    expect(await db.remarks.count()).toBe(0);
  });
});

describe('handovers', () => {
  const item = (key: string) => ({ key, kind: 'note', label: key, detail: '', shopName: '', dueAt: null, urgency: 1, target: null, note: '', ackBy: null, ackAt: null, claimedBy: null });

  it('is pending for the next agent until signed in; unacknowledged items stay listed after', async () => {
    const h = await signOutHandover(null, { shiftKey: 'day', shiftDate: '2026-11-19', items: [item('a'), item('b')], notes: '' }, { agentId: 'A1', now: T });
    expect((await pendingHandovers('A2', T)).map((x) => x.id)).toEqual([h.id]);
    expect(await pendingHandovers('A1', T)).toEqual([]);
    await acknowledgeItem(h.id, 'a', { agentId: 'A2', now: T + 1 });
    await signInHandover(h.id, { agentId: 'A2', now: T + 2 });
    expect(await pendingHandovers('A2', T)).toEqual([]);
    expect((await unacknowledged(T + 3)).map((r) => r.item.key)).toEqual(['b']);
  });
});
