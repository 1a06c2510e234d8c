import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V5, SCHEMA_V8 } from '../schema';
import { setDbForTests } from '../store';
import { deriveStoreKeys, isSealed, setStoreKeys } from '../crypto/seal';
import { installStoreKey, sealStore } from '../crypto/sealStore';
import { revealBuyerContact } from '../presale/buyers';
import { openWith, writeFixture } from './harness';

const tracked = { updatedAt: 1, updatedBy: 'system', deletedAt: null };
const buyer = (id: string, phone: string | null) => ({
  id, shopId: 'S1', nick: `nick_${id}`, tier: 'normal', tags: [], phoneMasked: '138****5678', addressMasked: '浙江省****', notes: '', ...tracked,
  contactSecret: phone ? { phone, address: '浙江省杭州市西湖区文三路 100 号', name: '林女士' } : null,
});
const order = (id: string) => ({
  id, orderNo: `4000000000000000${id}`, shopId: 'S1', buyerId: 'B1', status: 'paid', totalFen: 100, items: [], createdAt: 1, paidAt: 2, addressMasked: '浙江省****',
  recipient: { name: '林妈妈', phone: '13900000002', address: '江苏省南京市鼓楼区中山路2号' }, trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...tracked,
});
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(3)));

let db: XiaoerDb;
beforeAll(async () => {
  // 600 buyers: more than one page of the background pass.
  const buyers = [buyer('B1', '13800005678'), buyer('B2', null), ...Array.from({ length: 598 }, (_, i) => buyer(`C${i}`, `1370000${String(i).padStart(4, '0')}`))];
  await writeFixture('mig-v9', 8, { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V5, ...SCHEMA_V8 }, { buyers, orders: [order('1')] });
  db = await openWith(() => new XiaoerDb('mig-v9'));
  setDbForTests(db);
});
afterAll(async () => {
  setStoreKeys(null);
  db.close();
  await Dexie.delete('mig-v9');
});

describe('the v8 → v9 upgrade (contact secrets sealed)', () => {
  it('marks the store for the background pass; until it runs, rows read as before', async () => {
    expect(db.verno).toBe(CURRENT_VERSION);
    expect((await db.syncState.get('seal'))?.value).toBe('pending');
    expect((await db.buyers.get('B1'))?.contactSecret).toMatchObject({ phone: '13800005678' });
  });

  it('seals every clear contact once the host’s key is installed, and marks the store done', async () => {
    setStoreKeys(await deriveStoreKeys(KEY));
    expect(await sealStore(db)).toBe(600);
    const b1 = await db.buyers.get('B1');
    expect(isSealed(b1?.contactSecret)).toBe(true);
    expect((await db.buyers.get('B2'))?.contactSecret).toBeNull();
    expect(isSealed((await db.orders.get('1'))?.recipient)).toBe(true);
    expect((await db.syncState.get('seal'))?.value).toBe('done');
    // Storage only: nothing for sync or backups to send.
    expect(await db.changes.count()).toBe(0);
    expect(await sealStore(db)).toBe(0);
    expect(await revealBuyerContact('B1', 'phone', '回访', { agentId: 'A1', now: 5 })).toBe('13800005678');
  });

  it('without a key from the host, keeps the store marked for a later pass', async () => {
    await installStoreKey(null);
    expect((await db.syncState.get('seal'))?.value).toBe('pending');
  });
});
