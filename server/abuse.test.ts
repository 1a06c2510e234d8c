import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './main';
import { enrolPc, mutation, serve, type EnrolledPc } from './test/http';
import { testDatabase, type TestDatabase } from './test/pg';
import { AbuseTally, rawRequest, type RawRequest } from './test/rawHttp';

/**
 * The abuse suite's shop-server part (issue 15; the ingest endpoint and the browser host are
 * scripts/abuse.test.ts): bad requests against the existing endpoints — every one refused, none
 * writes a row, and the server still answers.
 */

let db: TestDatabase;
let server: RunningServer;
let pc: EnrolledPc;
let other: EnrolledPc;

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db);
  pc = await enrolPc(() => server.url, db, '小二旗舰店');
  other = await enrolPc(() => server.url, db, '隔壁店');
});
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

/** Rows a refused request could have written, table by table. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['teams', 'devices', 'enrol_codes', 'records', 'mutations', 'conflicts']) {
    counts[table] = Number((await db.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  counts['version'] = Number((await db.pool.query('SELECT coalesce(sum(version), 0) AS v FROM teams')).rows[0].v);
  return counts;
}

function serverAbuse(): [string, RawRequest][] {
  const json = { 'Content-Type': 'application/json' };
  const auth = { ...json, Authorization: `Bearer ${pc.token}` };
  const push = (body: unknown, headers: Record<string, string> = auth): RawRequest => ({ method: 'POST', path: '/v1/sync/push', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const good = { mutations: [mutation(pc, { table: 'notes', id: 'n-abuse', fields: { body: 'x' } })] };
  return [
    ['a push without a token', push(good, json)],
    ['a push with a wrong token', push(good, { ...auth, Authorization: `Bearer ${'0'.repeat(43)}` })],
    ['a push with a token in the query', { ...push(good, json), path: `/v1/sync/push?token=${pc.token}` }],
    ['a push naming another device', push({ mutations: [mutation(other, { table: 'notes', id: 'n-x', fields: {} })] })],
    ['a push for another team', push({ ...good, team: other.teamId })],
    ['a push as text/plain', push(good, { ...auth, 'Content-Type': 'text/plain' })],
    ['a push that is not JSON', push('{"mutations":[')],
    ['a push with NUL text', push(JSON.stringify({ mutations: [mutation(pc, { table: 'notes', id: 'n-nul', fields: { body: 'a\u0000b' } })] }))],
    ['a push of a string', push({ mutations: 'all' })],
    ['a push of 2 MB', push(`{"mutations":[],"pad":"${'x'.repeat(2_000_000)}"}`)],
    ['a push declaring 2 GB', { method: 'POST', path: '/v1/sync/push', headers: { ...auth, 'Content-Length': '2147483648' } }],
    ['a push to an unknown table', push({ mutations: [mutation(pc, { table: 'pg_authid' as never, id: 'x', fields: {} })] })],
    ['a push with an SQL id', push({ mutations: [mutation(pc, { table: 'notes', id: "x'); DROP TABLE records; --".repeat(3), fields: {} })] })],
    ['a pull without a token', { method: 'GET', path: '/v1/sync/pull?cursor=0' }],
    ['a pull of another team', { method: 'GET', path: `/v1/sync/pull?cursor=0&team=${other.teamId}`, headers: auth }],
    ['a pull with an SQL cursor', { method: 'GET', path: "/v1/sync/pull?cursor=0;DROP%20TABLE%20records", headers: auth }],
    ['a pull with a cursor ahead', { method: 'GET', path: '/v1/sync/pull?cursor=999999999', headers: auth }],
    ['events without a token', { method: 'GET', path: '/v1/sync/events' }],
    ['an enrol with a wrong code', { method: 'POST', path: '/v1/enroll', headers: json, body: '{"code":"AAAA-BBBB","name":"x"}' }],
    ['an enrol with an SQL code', { method: 'POST', path: '/v1/enroll', headers: json, body: `{"code":"' OR 1=1 --","name":"x"}` }],
    ['an enrol with a NUL name', { method: 'POST', path: '/v1/enroll', headers: json, body: '{"code":"AAAA-BBBB","name":"a\\u0000"}' }],
    ['an enrol without a body', { method: 'POST', path: '/v1/enroll', headers: json }],
    ['DELETE on health', { method: 'DELETE', path: '/v1/health' }],
    ['an unknown path', { method: 'GET', path: '/v1/admin' }],
    ['a traversal path', { method: 'GET', path: '/..%2f..%2fetc%2fpasswd' }],
    ['an undecodable path', { method: 'GET', path: '/%c0' }],
    ['a header of 64 KB', { method: 'GET', path: '/v1/health', headers: { 'X-Pad': 'a'.repeat(65_536) } }],
    ['garbage instead of HTTP', { path: '', bytes: Buffer.from('\u0000\u0001 x\r\n\r\n') }],
  ];
}

describe('the abuse suite: shop server', () => {
  it('refuses every bad request, writes no row for any of them, and stays up', async () => {
    const before = await rowCounts();
    const port = Number(new URL(server.url).port);
    const tally = new AbuseTally('shop server');
    for (const [name, r] of serverAbuse()) tally.count(name, await rawRequest(port, r));
    const after = await rowCounts();
    const written = Object.keys(before).reduce((n, k) => n + Math.abs((after[k] ?? 0) - (before[k] ?? 0)), 0);
    const up = (await rawRequest(port, { method: 'GET', path: '/v1/health' })) === 200;
    console.log(tally.line(written, up));
    expect(tally.accepted).toEqual([]);
    expect({ written, up, unreachable: tally.unreachable }).toEqual({ written: 0, up: true, unreachable: 0 });
  }, 120_000);
});
