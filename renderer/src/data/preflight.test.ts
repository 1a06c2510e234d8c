import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { XiaoerDb } from './db';
import { classify, inspectStore } from './preflight';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2 } from './schema';

describe('store preflight', () => {
  it('reports an absent store without creating one', async () => {
    expect(await inspectStore(indexedDB, 'pf-absent')).toEqual({ kind: 'absent' });
    expect((await indexedDB.databases()).some((d) => d.name === 'pf-absent')).toBe(false);
  });

  it('recognises our own store at its version', async () => {
    const db = new XiaoerDb('pf-ours');
    await db.open();
    db.close();
    expect(await inspectStore(indexedDB, 'pf-ours')).toEqual({ kind: 'ours', version: CURRENT_VERSION });
  });

  it('flags a foreign database with the same name and leaves it untouched', async () => {
    const foreign = new Dexie('pf-foreign');
    foreign.version(3).stores({ customers: 'id', invoices: 'id' });
    await foreign.open();
    await foreign.table('customers').put({ id: 'c1' });
    foreign.close();
    const check = await inspectStore(indexedDB, 'pf-foreign');
    expect(check).toMatchObject({ kind: 'foreign', stores: ['customers', 'invoices'] });
    const again = new Dexie('pf-foreign');
    again.version(3).stores({ customers: 'id', invoices: 'id' });
    expect(await again.table('customers').count()).toBe(1);
    again.close();
  });

  it.each([
    [10, Object.keys(SCHEMA_V1), 'ours'],
    [20, [...Object.keys(SCHEMA_V1), ...Object.keys(SCHEMA_V2)], 'ours'],
    [(CURRENT_VERSION + 1) * 10, Object.keys(SCHEMA_V1), 'newer'],
    [10, ['customers'], 'foreign'],
    [7, Object.keys(SCHEMA_V1), 'foreign'],
  ] as const)('classifies native version %i with those stores as %s', (native, stores, kind) => {
    expect(classify(native, [...stores]).kind).toBe(kind);
  });
});
