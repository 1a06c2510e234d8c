import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V5 } from '../schema';
import { openWith, writeFixture } from './harness';

const shop = { id: 'S1', name: '小鹿童装', platform: 'tmall', rules: {}, demo: false, updatedAt: 1, updatedBy: 'A1', deletedAt: null };

describe('migrations', () => {
  it('opens a v1 fixture with every table and index of DESIGN.md §3 and keeps its rows (now upgraded to the current version)', async () => {
    await writeFixture('mig-v1', 1, SCHEMA_V1, { shops: [shop] });
    const db = await openWith(() => new XiaoerDb('mig-v1'));
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.shops.get('S1')).toEqual(shop);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...new Set([...Object.keys(SCHEMA_V1), ...Object.keys(SCHEMA_V2), ...Object.keys(SCHEMA_V5)])].sort());
    expect(db.conversations.schema.idxByName['[status+lastBuyerAt]']).toBeDefined();
    db.close();
  });

  it('upgrades to a later version through its upgrade function (the harness works for the next version too)', async () => {
    await writeFixture('mig-next', 1, SCHEMA_V1, { shops: [shop] });
    // A stand-in next version as a future migration will write it: a new index and a backfilled field.
    class NextDb extends XiaoerDb {
      constructor() {
        super('mig-next');
        this.version(CURRENT_VERSION + 1).stores({ shops: 'id, updatedAt, platform' }).upgrade((tx) => tx.table('shops').toCollection().modify({ region: 'CN' }));
      }
    }
    const db = await openWith(() => new NextDb());
    expect(db.verno).toBe(CURRENT_VERSION + 1);
    expect(await db.shops.where('platform').equals('tmall').first()).toMatchObject({ id: 'S1', region: 'CN' });
    db.close();
    await Dexie.delete('mig-next');
  });
});
