import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolCode, enrol } from '../enrol/enrol';
import { testDatabase, type TestDatabase } from '../test/pg';
import { ticketFields } from '../test/records';
import { pull } from './pull';
import { pushInTransaction, type PushContext } from './push';

/**
 * Why versions come from a counter under the team's row lock and not from a sequence:
 * a sequence hands out numbers at INSERT, but transactions COMMIT in any order. A reader
 * between two commits advances its cursor past a number whose row is not visible yet, and
 * never asks for it again.
 */
let db: TestDatabase;
let left: pg.PoolClient;
let right: pg.PoolClient;

beforeAll(async () => {
  db = await testDatabase();
  left = await db.pool.connect();
  right = await db.pool.connect();
});
afterAll(async () => {
  left.release();
  right.release();
  await db.pool.end();
});

/** Resolves with whether `p` settled within `ms`. */
const settlesWithin = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('a pull cursor when two pushes overlap', () => {
  it('loses a row with a plain sequence: the lower number commits later and the reader has already moved past it', async () => {
    await db.pool.query('CREATE TABLE naive (seq bigserial PRIMARY KEY, what text NOT NULL)');
    const readAfter = async (cursor: number) => (await db.pool.query<{ seq: number; what: string }>('SELECT seq, what FROM naive WHERE seq > $1 ORDER BY seq', [cursor])).rows;

    await left.query('BEGIN');
    const slow = (await left.query<{ seq: number }>("INSERT INTO naive (what) VALUES ('slow') RETURNING seq")).rows[0]?.seq;
    await right.query('BEGIN');
    const fast = (await right.query<{ seq: number }>("INSERT INTO naive (what) VALUES ('fast') RETURNING seq")).rows[0]?.seq;
    await right.query('COMMIT');
    expect([slow, fast]).toEqual([1, 2]);

    const seen = await readAfter(0);
    const cursor = Math.max(...seen.map((r) => r.seq));
    await left.query('COMMIT');
    seen.push(...(await readAfter(cursor)));

    expect(seen.map((r) => r.what)).toEqual(['fast']);
    expect((await readAfter(0)).map((r) => r.what)).toEqual(['slow', 'fast']); // it is there, the reader just never sees it
  });

  it('loses nothing with the team version: the second push waits for the first to commit, so versions become visible in order', async () => {
    const team = 'cursor-team';
    const pcA = await enrol(db.pool, (await createEnrolCode(db.pool, team, 60_000)).code, 'A');
    const pcB = await enrol(db.pool, (await createEnrolCode(db.pool, team, 60_000)).code, 'B');
    if (!pcA || !pcB) throw new Error('enrolment failed');
    const ctx = (pc: { deviceId: string; team: { id: string } }): PushContext => ({ teamId: pc.team.id, deviceId: pc.deviceId, now: Date.now });
    const put = (pc: { deviceId: string }, id: string) => ({ mutationId: id, deviceId: pc.deviceId, agentId: 'ag1', table: 'tickets', id, op: 'put' as const, fields: ticketFields(), baseVersion: 0, at: Date.now() });

    await left.query('BEGIN');
    const first = await pushInTransaction(left, ctx(pcA), [put(pcA, 'slow')]);
    await right.query('BEGIN');
    const second = pushInTransaction(right, ctx(pcB), [put(pcB, 'fast')]).then(async (out) => {
      await right.query('COMMIT');
      return out;
    });
    // The second push cannot even take a version while the first holds the team's row.
    expect(await settlesWithin(second, 300)).toBe(false);

    const seen = [];
    const page = await pull(db.pool, pcA.team.id, 0, 100);
    seen.push(...page.rows);
    expect(page.rows).toEqual([]);
    await left.query('COMMIT');
    const out = await second;
    expect([first.version, out.version]).toEqual([1, 2]);

    seen.push(...(await pull(db.pool, pcA.team.id, page.cursor, 100)).rows);
    expect(seen.map((r) => [r.id, r.version])).toEqual([
      ['slow', 1],
      ['fast', 2],
    ]);
  });
});
