import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../main';
import { enrolPc, mutation, serve, syncApi, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { ticketFields } from '../test/records';
import { pruneMutations, seqOf } from './prune';

let db: TestDatabase;
let server: RunningServer;
const url = () => server.url;
let a: EnrolledPc;
let b: EnrolledPc;

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db);
  a = await enrolPc(url, db, '小二旗舰店');
  b = await enrolPc(url, db, '小二旗舰店');
});
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

const kept = async (deviceId: string): Promise<string[]> =>
  (await db.pool.query<{ mutation_id: string }>('SELECT mutation_id FROM mutations WHERE device_id = $1 ORDER BY seq', [deviceId])).rows.map((r) => r.mutation_id);
const teamVersion = async (): Promise<number> => Number((await db.pool.query('SELECT version FROM teams WHERE id = $1', [a.teamId])).rows[0].version);

describe('pruning the answers kept for repeated pushes', () => {
  it('reads a PC’s mutation id as a prefix and a number that only grows', () => {
    expect(seqOf('01JABCDEF.1234')).toEqual({ prefix: '01JABCDEF.', seq: 1234 });
    expect(seqOf('b007')).toEqual({ prefix: 'b00', seq: 7 });
    expect(seqOf('no-number')).toBeNull();
  });

  it('keeps a resent old push a no-op after its answer was pruned, and applies what is new', async () => {
    const pa = syncApi(url, a);
    const first = mutation(a, { mutationId: 'storeA.1', table: 'tickets', id: 'tk-prune-1', fields: ticketFields({ summary: '原文' }) });
    await pa.push([first]);
    await pa.push([mutation(a, { mutationId: 'storeA.2', table: 'tickets', id: 'tk-prune-2', fields: ticketFields() })]);
    await pa.push([mutation(a, { mutationId: 'storeA.3', table: 'tickets', id: 'tk-prune-3', fields: ticketFields() })]);
    // Another PC edits the first ticket afterwards.
    const edited = await syncApi(url, b).push([mutation(b, { mutationId: 'storeB.1', table: 'tickets', id: 'tk-prune-1', baseVersion: 1, fields: { summary: '改过', updatedAt: Date.now(), updatedBy: 'ag2' } })]);
    expect(edited.results[0]?.result.status).toBe('applied');

    expect(await pruneMutations(db.pool, { keepPerDevice: 1, keepMs: 0 })).toBe(2);
    expect(await kept(a.deviceId)).toEqual(['storeA.3']);
    expect(await kept(b.deviceId)).toEqual(['storeB.1']);
    expect((await db.pool.query('SELECT prefix, pruned_through FROM mutation_marks WHERE device_id = $1', [a.deviceId])).rows).toEqual([{ prefix: 'storeA.', pruned_through: 2 }]);

    // A resends its first push (its answer was lost long ago): nothing of it is applied again.
    const before = await teamVersion();
    const again = await pa.push([first]);
    expect(again.results[0]?.result).toMatchObject({ mutationId: 'storeA.1', status: 'applied', version: null });
    expect(again.results[0]?.row?.fields['summary']).toBe('改过');
    expect(await teamVersion()).toBe(before);
    expect(await kept(a.deviceId)).toEqual(['storeA.3']);

    // What comes next from A is numbered higher and applies as usual.
    const next = await pa.push([mutation(a, { mutationId: 'storeA.4', table: 'tickets', id: 'tk-prune-1', baseVersion: before, fields: { summary: '再改', updatedAt: Date.now(), updatedBy: 'ag1' } })]);
    expect(next.results[0]?.result).toMatchObject({ status: 'applied', version: before + 1 });
  });

  it('keeps young answers and the newest of each device whatever their age', async () => {
    const pa = syncApi(url, a);
    await pa.push([mutation(a, { mutationId: 'storeA.10', table: 'tickets', id: 'tk-prune-10', fields: ticketFields() })]);
    expect(await pruneMutations(db.pool, { keepPerDevice: 1, keepMs: 3_600_000 })).toBe(0);
    expect(await pruneMutations(db.pool, { keepPerDevice: 100, keepMs: 0 })).toBe(0);
    expect(await kept(a.deviceId)).toEqual(['storeA.3', 'storeA.4', 'storeA.10']);
  });
});
