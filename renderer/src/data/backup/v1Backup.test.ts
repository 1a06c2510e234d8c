import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { naturalId } from '@shared/domain/sync';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { V1, V1_FIXTURE } from '../migrations/v1Fixture';
import { problemSummary } from '@shared/lib/problem';
import { restoreSnapshot, validateSnapshot } from '.';

let db: XiaoerDb;
let n = 0;
beforeEach(async () => {
  db = new XiaoerDb(`v1-backup-${++n}`);
  await db.open();
  setDbForTests(db);
});
afterEach(() => db.delete());

/** The v1 fixture as Xiaoer Desk v1 exported it: photos as base64, header at schema version 1. */
function v1BackupFile(): string {
  const b64 = (bytes: unknown) => Buffer.from(bytes as Uint8Array).toString('base64');
  const tables = Object.fromEntries(
    Object.entries(V1_FIXTURE).map(([t, rows]) => [t, t === 'photos' ? rows.map((r) => ({ ...r, blob: { mime: 'image/jpeg', base64: b64(r['blob']) }, thumb: { mime: 'image/jpeg', base64: b64(r['thumb']) } })) : rows]),
  );
  return JSON.stringify({ format: 'xiaoer-backup', schemaVersion: 1, createdAt: 1_772_000_000_000, createdBy: V1.agent, appVersion: '0.1.0', tables });
}

describe('a backup file from store v1', () => {
  it('restores into v2 with orders and buyers under their natural ids and every reference following', async () => {
    const checked = validateSnapshot(v1BackupFile());
    if (!checked.ok) throw new Error(checked.error.map(problemSummary).join('\n'));
    const report = await restoreSnapshot(checked.value);
    const order = naturalId({ table: 'orders', platform: 'taobao', shopId: V1.shop, orderNo: V1.orderNo });
    const buyer = naturalId({ table: 'buyers', shopId: V1.shop, nick: 'tb_小林' });
    expect(await db.orders.get(V1.order)).toBeUndefined();
    expect(await db.orders.get(order)).toMatchObject({ orderNo: V1.orderNo, buyerId: buyer });
    expect(await db.buyers.where('[shopId+nick]').equals([V1.shop, 'tb_小林']).toArray()).toEqual([expect.objectContaining({ id: buyer, tier: 'vip' })]);
    expect(await db.remarks.get(V1.remark)).toMatchObject({ orderId: order });
    expect(await db.tickets.get(V1.ticket)).toMatchObject({ orderId: order, buyerId: buyer });
    expect(await db.settings.get(`orders.remarkDraft.A1.${order}`)).toMatchObject({ value: '买家要求周五前发' });
    expect((await db.handovers.get(V1.handover))?.items[0]?.target).toEqual({ entity: 'order', id: order });
    // The duplicate buyer merged into one: one record fewer than the file's rows.
    const fileRows = Object.entries(V1_FIXTURE).filter(([t]) => t !== 'changes').reduce((s, [, rows]) => s + rows.length, 0);
    expect(report.total.added).toBe(fileRows - 1);
    // The file's own log line is history under the new id; the write is logged as a restore (what team sync offers).
    expect((await db.changes.where('[table+id]').equals(['orders', order]).sortBy('seq')).map((c) => c.origin)).toEqual(['history', 'restore']);
    expect(await db.changes.where('[table+id]').equals(['orders', V1.order]).count()).toBe(0);
  });
});
