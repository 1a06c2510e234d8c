import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Shop } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { ProblemError } from '@shared/lib/problem';
import { putTracked, putTrackedAll, tombstone } from './tracked';

let db: XiaoerDb;
let n = 0;
beforeEach(async () => {
  db = new XiaoerDb(`tracked-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const shop = (id: string, name = '小鹿童装'): Omit<Shop, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, name, platform: 'tmall', rules: {}, demo: false });
const ctx = { agentId: 'A1', now: 1_700_000_000_000 };

describe('tracked repository writes', () => {
  it('signs each record with the writer and time and logs one change per record', async () => {
    await putTracked<Shop>(db, 'shops', [shop('S1'), shop('S2')], ctx);
    expect(await db.shops.get('S1')).toMatchObject({ updatedAt: ctx.now, updatedBy: 'A1', deletedAt: null });
    const changes = await db.changes.toArray();
    expect(changes.map((c) => [c.table, c.id, c.op, c.agent])).toEqual([
      ['shops', 'S1', 'put', 'A1'],
      ['shops', 'S2', 'put', 'A1'],
    ]);
  });

  it('refuses a batch with one malformed record, names the field, and changes nothing', async () => {
    await putTracked<Shop>(db, 'shops', [shop('S0')], ctx);
    const bad = { ...shop('S2'), platform: 'amazon' } as unknown as Shop;
    await expect(putTracked<Shop>(db, 'shops', [shop('S1'), bad], ctx)).rejects.toThrow(ProblemError);
    await expect(putTracked<Shop>(db, 'shops', [bad], ctx)).rejects.toMatchObject({ problems: [{ code: 'notAllowed', field: 'shops.platform' }] });
    expect(await db.shops.count()).toBe(1);
    expect(await db.changes.count()).toBe(1);
  });

  it('writes records of several tables with their change rows in one go, or nothing when one is malformed', async () => {
    const agent: Omit<Agent, 'updatedAt' | 'updatedBy' | 'deletedAt'> = { id: 'A1', name: '小王', employeeNo: 'kf01', role: 'agent', signature: '', demo: false };
    await putTrackedAll(db, [{ table: 'shops', drafts: [shop('S1')] }, { table: 'agents', drafts: [agent] }], ctx);
    expect(await db.agents.get('A1')).toMatchObject({ updatedBy: 'A1', updatedAt: ctx.now });
    expect((await db.changes.toArray()).map((c) => [c.table, c.id])).toEqual([['shops', 'S1'], ['agents', 'A1']]);
    // A second write names only the fields it changed (what team sync sends), as putTracked does.
    await putTrackedAll(db, [{ table: 'shops', drafts: [shop('S1', '小鹿童装二店')] }, { table: 'agents', drafts: [agent] }], { ...ctx, now: ctx.now + 1 });
    expect((await db.changes.toArray()).slice(2).map((c) => [c.table, c.fields])).toEqual([['shops', ['name', 'updatedAt']], ['agents', ['updatedAt']]]);
    const bad = { ...shop('S2'), platform: 'amazon' } as unknown as Shop;
    await expect(putTrackedAll(db, [{ table: 'agents', drafts: [{ ...agent, id: 'A2' }] }, { table: 'shops', drafts: [bad] }], ctx)).rejects.toMatchObject({ problems: [{ code: 'notAllowed', field: 'shops.platform' }] });
    expect(await db.agents.count()).toBe(1);
    expect(await db.changes.count()).toBe(4);
  });

  it('deletes as a tombstone that stays in the table and in the change log', async () => {
    await putTracked<Shop>(db, 'shops', [shop('S1')], ctx);
    await tombstone(db, 'shops', 'S1', { agentId: 'A2', now: ctx.now + 5 });
    expect(await db.shops.get('S1')).toMatchObject({ deletedAt: ctx.now + 5, updatedBy: 'A2' });
    expect((await db.changes.toArray()).map((c) => c.op)).toEqual(['put', 'delete']);
  });
});
