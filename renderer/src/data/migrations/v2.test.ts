import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@shared/domain/sync';
import { Change, Setting } from '@shared/schemas/entities';
import { SCHEMAS } from '../repositories/tracked';
import type { TrackedTableName } from '../db';
import { XiaoerDb } from '../db';
import { CURRENT_VERSION, SCHEMA_V1 } from '../schema';
import { openWith, writeFixture } from './harness';
import { V1_FIXTURE, V1 } from './v1Fixture';

const ORDER = naturalId({ table: 'orders', platform: 'taobao', shopId: V1.shop, orderNo: V1.orderNo });
const INGEST_ORDER = naturalId({ table: 'orders', platform: 'jd', shopId: V1.shop2, orderNo: V1.orderNo2 });
const BUYER = naturalId({ table: 'buyers', shopId: V1.shop, nick: 'tb_小林' });
const INGEST_BUYER = naturalId({ table: 'buyers', shopId: V1.shop2, nick: 'jd_王先生' });

let db: XiaoerDb;
beforeAll(async () => {
  await writeFixture('mig-v2-full', 1, SCHEMA_V1, V1_FIXTURE);
  db = await openWith(() => new XiaoerDb('mig-v2-full'));
});
afterAll(async () => {
  db.close();
  await Dexie.delete('mig-v2-full');
});

describe('the v1 → v2 upgrade of a store holding every table', () => {
  it('re-keys orders to platform + shop + 订单编号 and buyers to shop + nick, ULIDs and ingest ids alike', async () => {
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.orders.get(V1.order)).toBeUndefined();
    expect(await db.orders.get(ORDER)).toMatchObject({ orderNo: V1.orderNo, shopId: V1.shop, buyerId: BUYER, latestRemark: expect.stringContaining('已核实') });
    expect(await db.orders.get(INGEST_ORDER)).toMatchObject({ orderNo: V1.orderNo2, buyerId: INGEST_BUYER });
    expect((await db.orders.toArray()).map((o) => o.id).sort()).toEqual([ORDER, INGEST_ORDER].sort());
    expect(await db.buyers.get(INGEST_BUYER)).toMatchObject({ nick: 'jd_王先生' });
  });

  it('merges two v1 buyers of one shop with the same nick into one record, keeping the newer', async () => {
    const same = await db.buyers.where('[shopId+nick]').equals([V1.shop, 'tb_小林']).toArray();
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ id: BUYER, tier: 'vip', notes: '老客，爱穿M码' });
  });

  it('points every reference at the new ids: remarks, 催付, cases, contacts, promises, notes, audit, handover items, conversations', async () => {
    expect(await db.remarks.get(V1.remark)).toMatchObject({ orderId: ORDER });
    expect(await db.reminders.get(V1.payment)).toMatchObject({ subjectId: INGEST_ORDER, buyerId: INGEST_BUYER });
    expect(await db.reminders.get(V1.followup)).toMatchObject({ subjectId: INGEST_BUYER, buyerId: INGEST_BUYER });
    expect(await db.tickets.get(V1.ticket)).toMatchObject({ orderId: ORDER, buyerId: BUYER });
    expect(await db.reviews.get(V1.review)).toMatchObject({ orderId: INGEST_ORDER, buyerId: INGEST_BUYER });
    expect(await db.contacts.get(V1.contact)).toMatchObject({ subjectId: ORDER });
    expect(await db.promises.get(V1.promise)).toMatchObject({ orderId: ORDER, buyerId: BUYER });
    expect(await db.notes.get(V1.note)).toMatchObject({ subjectId: BUYER, body: V1_FIXTURE.notes?.[0]?.['body'] });
    expect(await db.audit.get(V1.audit)).toMatchObject({ subjectId: BUYER });
    expect(await db.conversations.get(V1.conversation)).toMatchObject({ buyerId: BUYER });
    const handover = await db.handovers.get(V1.handover);
    expect(handover?.items.map((i) => [i.key, i.target])).toEqual([
      [`verify:${ORDER}`, { entity: 'order', id: ORDER }],
      [`ticket:${V1.ticket}`, { entity: 'case', id: V1.ticket }],
    ]);
  });

  it('keeps every other row as it was, and every row still fits its schema', async () => {
    for (const table of ['shops', 'agents', 'messages', 'phrases', 'noteRevisions', 'products'] as const) {
      expect(await db.table(table).toArray()).toEqual(V1_FIXTURE[table]);
    }
    expect(await db.table('photos').get(V1.photo)).toMatchObject({ ticketId: V1.ticket, name: '线头.jpg' });
    for (const table of Object.keys(SCHEMAS) as TrackedTableName[]) {
      for (const row of await db.table(table).toArray()) expect(SCHEMAS[table].safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
    }
    for (const row of await db.settings.toArray()) expect(Setting.safeParse(row).success).toBe(true);
    for (const row of await db.changes.toArray()) expect(Change.safeParse(row).success).toBe(true);
  });

  it('gives the store a device id, and keeps the v1 change log as history of this device with the new ids', async () => {
    const device = (await db.syncState.get('device'))?.value;
    expect(device).toEqual(expect.stringMatching(/^[0-9A-Z]{26}$/));
    expect(db.deviceId).toBe(device);
    const log = await db.changes.orderBy('seq').toArray();
    expect(log).toHaveLength(V1_FIXTURE.changes?.length ?? -1);
    expect(log.every((c) => c.origin === 'history' && c.device === device)).toBe(true);
    expect(log.filter((c) => c.table === 'orders').map((c) => c.id)).toEqual([ORDER]);
    // A write after the upgrade is this device's own.
    await db.changes.add({ table: 'shops', id: V1.shop, op: 'put', at: 5, agent: 'A1' });
    expect(await db.changes.orderBy('seq').last()).toMatchObject({ device, origin: 'local' });
  });

  it('gives settings their scope and moves an unsent remark draft to its order’s new id', async () => {
    expect(await db.settings.get(`orders.remarkDraft.A1.${V1.order}`)).toBeUndefined();
    expect(await db.settings.get(`orders.remarkDraft.A1.${ORDER}`)).toMatchObject({ value: '买家要求周五前发', scope: 'agent' });
    expect(await db.settings.get('presale/lintLists')).toMatchObject({ scope: 'team' });
    expect(await db.settings.get(`shiftChecklist:A1:2026-03-01`)).toMatchObject({ scope: 'agent' });
    expect(await db.settings.where('scope').equals('team').count()).toBe(1);
  });

  it('lets the same 订单编号 exist in two shops (one order each), which v1’s unique index refused', async () => {
    const other = { ...(await db.orders.get(ORDER))!, id: naturalId({ table: 'orders', platform: 'jd', shopId: V1.shop2, orderNo: V1.orderNo }), shopId: V1.shop2 };
    await db.orders.add(other);
    expect(await db.orders.where('orderNo').equals(V1.orderNo).count()).toBe(2);
  });
});
