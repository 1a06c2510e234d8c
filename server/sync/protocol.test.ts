import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolCode } from '../enrol/enrol';
import type { RunningServer } from '../main';
import { enrolPc, mutation, serve, syncApi, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { noteFields, remarkFields, shopFields, ticketFields } from '../test/records';

let db: TestDatabase;
let server: RunningServer;
const url = () => server.url;
let a: EnrolledPc;
let b: EnrolledPc;
let other: EnrolledPc;

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db);
  a = await enrolPc(url, db, '小二旗舰店');
  b = await enrolPc(url, db, '小二旗舰店');
  other = await enrolPc(url, db, '隔壁店');
});
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${url()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const teamVersion = async (teamId: string) => (await db.pool.query('SELECT version FROM teams WHERE id = $1', [teamId])).rows[0].version as number;

describe('the shop server’s HTTP API', () => {
  it('answers health without a token', async () => {
    const res = await fetch(`${url()}/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('answers an unknown path 404 and a wrong method 405, in the problem shape', async () => {
    expect((await fetch(`${url()}/v1/nope`)).status).toBe(404);
    const res = await fetch(`${url()}/v1/sync/push`);
    expect(res.status).toBe(405);
    expect(await res.json()).toMatchObject({ problem: { code: 'method_not_allowed' } });
  });
});

describe('enrolment', () => {
  it('spends a code once: a second PC typing it is refused', async () => {
    const { code } = await createEnrolCode(db.pool, '小二旗舰店', 60_000);
    const first = await post('/v1/enroll', JSON.stringify({ code: code.toLowerCase().replaceAll('-', ' ') }));
    expect(first.status).toBe(201);
    const again = await post('/v1/enroll', JSON.stringify({ code }));
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ problem: { code: 'bad_code', field: 'code' } });
  });

  it('refuses an expired code', async () => {
    const { code } = await createEnrolCode(db.pool, '小二旗舰店', 1);
    await new Promise((r) => setTimeout(r, 20));
    expect((await post('/v1/enroll', JSON.stringify({ code }))).status).toBe(403);
  });

  it('stores only the hash of a device token', async () => {
    const { rows } = await db.pool.query('SELECT token_hash FROM devices WHERE id = $1', [a.deviceId]);
    expect(rows[0].token_hash).toHaveLength(32);
    expect(rows[0].token_hash.toString('base64url')).not.toBe(a.token);
  });
});

describe('pushing', () => {
  it('refuses a push without a token, or with an unknown or revoked one (401)', async () => {
    const body = JSON.stringify({ team: a.teamId, mutations: [mutation(a, { table: 'shops', id: 's0', fields: shopFields() })] });
    expect((await post('/v1/sync/push', body)).status).toBe(401);
    expect((await post('/v1/sync/push', body, { authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(401);
    const gone = await enrolPc(url, db, '小二旗舰店');
    await db.pool.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [gone.deviceId]);
    expect((await syncApi(url, gone).pushRaw({ team: gone.teamId, mutations: [mutation(gone, { table: 'shops', id: 's0', fields: shopFields() })] })).status).toBe(401);
  });

  it('refuses a device pushing for a team it is not enrolled in (403)', async () => {
    const res = await syncApi(url, other).pushRaw({ team: a.teamId, mutations: [mutation(other, { table: 'shops', id: 's0', fields: shopFields() })] });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ problem: { code: 'wrong_team', field: 'team' } });
  });

  it('refuses a mutation that names another device (403)', async () => {
    const res = await syncApi(url, a).pushRaw({ team: a.teamId, mutations: [mutation(b, { table: 'shops', id: 's0', fields: shopFields() })] });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ problem: { code: 'wrong_device' } });
  });

  it('answers malformed JSON 400 with the parser’s reason', async () => {
    const res = await post('/v1/sync/push', '{"team": ', { authorization: `Bearer ${a.token}` });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ problem: { code: 'bad_json', reason: expect.stringMatching(/not JSON: .+/) } });
  });

  it('answers a body of the wrong shape 400 naming the field', async () => {
    const res = await syncApi(url, a).pushRaw({ team: a.teamId, mutations: [{ ...mutation(a, { table: 'shops', id: 's0' }), op: 'upsert' }] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ problem: { code: 'invalid_request', field: 'mutations.0.op' } });
  });

  it('answers a body that is not JSON by its type 415', async () => {
    expect((await fetch(`${url()}/v1/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${a.token}`, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
  });

  it('caps the body at 1 MB (413)', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const res = await syncApi(url, a).pushRaw({ team: a.teamId, mutations: [mutation(a, { table: 'notes', id: 'n-big', fields: noteFields('ag1', { body: big }) })] });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ problem: { code: 'body_too_large' } });
  });

  it('applies a push and answers each mutation with its version and the record as stored', async () => {
    const before = await teamVersion(a.teamId);
    const out = await syncApi(url, a).push([mutation(a, { table: 'shops', id: 's1', fields: shopFields() }), mutation(a, { table: 'tickets', id: 't1', fields: ticketFields() })]);
    expect(out.results.map((r) => r.result)).toEqual([
      { mutationId: expect.any(String), status: 'applied', version: before + 1, superseded: [], copyId: null, flags: [] },
      { mutationId: expect.any(String), status: 'applied', version: before + 2, superseded: [], copyId: null, flags: [] },
    ]);
    expect(out.version).toBe(before + 2);
    expect(out.results[1]?.row).toMatchObject({ table: 'tickets', id: 't1', version: before + 2, deletedAt: null, fields: { summary: '线头多' } });
  });

  it('answers a repeated mutationId with its first answer and applies nothing again', async () => {
    const m = mutation(a, { table: 'tickets', id: 't-rep', fields: ticketFields() });
    const first = await syncApi(url, a).push([m]);
    const version = await teamVersion(a.teamId);
    const again = await syncApi(url, a).push([m, { ...m, fields: { ...m.fields, summary: '别的' } }]);
    expect(again.results.map((r) => r.result)).toEqual([first.results[0]?.result, first.results[0]?.result]);
    expect(await teamVersion(a.teamId)).toBe(version);
    expect(again.results[1]?.row?.fields.summary).toBe('线头多');
  });

  it('refuses a mutation with code, field and reason and applies nothing of it, while the rest of the push applies', async () => {
    const bad = mutation(a, { table: 'tickets', id: 't-bad', fields: ticketFields({ status: 'lost' }) });
    const good = mutation(a, { table: 'tickets', id: 't-good', fields: ticketFields() });
    const out = await syncApi(url, a).push([bad, good]);
    expect(out.results[0]).toEqual({ result: { mutationId: bad.mutationId, status: 'refused', code: 'invalid', field: 'status', reason: expect.any(String), flags: [] }, row: null });
    expect(out.results[1]?.result.status).toBe('applied');
    expect((await db.pool.query("SELECT count(*)::int AS n FROM records WHERE id = 't-bad'")).rows[0].n).toBe(0);
  });

  it('answers a refusal with the record as the server holds it, so the PC can put it back', async () => {
    await syncApi(url, a).push([mutation(a, { table: 'remarks', id: 'r1', fields: remarkFields('ag1') })]);
    const out = await syncApi(url, b).push([mutation(b, { table: 'remarks', id: 'r1', op: 'delete', agentId: 'ag2' })]);
    expect(out.results[0]?.result).toMatchObject({ status: 'refused', code: 'not_author' });
    expect(out.results[0]?.row).toMatchObject({ id: 'r1', deletedAt: null, fields: { text: '已核实地址' } });
  });

  it('logs the value a concurrent edit overwrote, with versions and devices', async () => {
    const created = await syncApi(url, a).push([mutation(a, { table: 'tickets', id: 't-c', fields: ticketFields() })]);
    const base = created.results[0]?.result.status === 'applied' ? (created.results[0].result.version ?? 0) : 0;
    const byB = await syncApi(url, b).push([mutation(b, { table: 'tickets', id: 't-c', fields: { summary: 'B 改' }, baseVersion: base })]);
    const byA = await syncApi(url, a).push([mutation(a, { table: 'tickets', id: 't-c', fields: { summary: 'A 改' }, baseVersion: base })]);
    const { rows } = await db.pool.query("SELECT field, rule, lost_value, winning_value, lost_version, winning_version, lost_device, winning_device FROM conflicts WHERE record_id = 't-c'");
    expect(rows).toEqual([{ field: 'summary', rule: 'overwritten', lost_value: 'B 改', winning_value: 'A 改', lost_version: byB.version, winning_version: byA.version, lost_device: b.deviceId, winning_device: a.deviceId }]);
  });

  it('keeps a note edited on two PCs twice: the later edit comes back as a conflict copy', async () => {
    const made = await syncApi(url, a).push([mutation(a, { table: 'notes', id: 'n1', fields: noteFields('ag1') })]);
    const base = made.results[0]?.row?.version ?? 0;
    await syncApi(url, a).push([mutation(a, { table: 'notes', id: 'n1', fields: { body: '在 A 上改的' }, baseVersion: base })]);
    const out = await syncApi(url, b).push([mutation(b, { table: 'notes', id: 'n1', fields: { body: '在 B 上改的' }, baseVersion: base })]);
    const result = out.results[0]?.result;
    expect(result).toMatchObject({ status: 'applied', version: null, superseded: [{ field: 'body', rule: 'conflict_copy' }], copyId: expect.stringMatching(/^c_/) });
    const copyId = result?.status === 'applied' ? result.copyId : null;
    const pulled = await syncApi(url, b).pull(base);
    expect(pulled.rows.map((r) => [r.id, r.fields.body])).toEqual([
      ['n1', '在 A 上改的'],
      [copyId, '在 B 上改的'],
    ]);
    expect(pulled.rows[1]?.fields.conflictOf).toBe('n1');
  });

  it('clamps a PC clock two hours ahead and flags it', async () => {
    const ahead = Date.now() + 2 * 3_600_000;
    const m = mutation(a, { table: 'tickets', id: 't-clock', fields: ticketFields({ updatedAt: ahead }), at: ahead });
    const out = await syncApi(url, a).push([m]);
    expect(out.results[0]?.result.flags).toEqual(['clock_ahead']);
    expect(out.results[0]?.row?.fields.updatedAt).toBeLessThanOrEqual(Date.now());
    expect((await db.pool.query('SELECT pc_at FROM mutations WHERE mutation_id = $1', [m.mutationId])).rows[0].pc_at).toBeLessThan(ahead);
  });
});

describe('pulling', () => {
  it('returns the rows after the cursor in version order, page by page, and the cursor to go on from', async () => {
    const pc = await enrolPc(url, db, '翻页店');
    const api = syncApi(url, pc);
    await api.push(Array.from({ length: 5 }, (_, i) => mutation(pc, { table: 'tickets', id: `tp${i}`, fields: ticketFields() })));
    const first = await api.pull(0, 2);
    expect([first.rows.map((r) => r.id), first.cursor, first.more]).toEqual([['tp0', 'tp1'], 2, true]);
    const second = await api.pull(first.cursor, 2);
    const third = await api.pull(second.cursor, 2);
    expect([...second.rows, ...third.rows].map((r) => r.id)).toEqual(['tp2', 'tp3', 'tp4']);
    expect([third.cursor, third.more]).toEqual([5, false]);
    expect((await api.pull(5)).rows).toEqual([]);
  });

  it('delivers an edited record once, at its new version, and a delete as a tombstone', async () => {
    const pc = await enrolPc(url, db, '改删店');
    const api = syncApi(url, pc);
    await api.push([mutation(pc, { table: 'tickets', id: 'x', fields: ticketFields() }), mutation(pc, { table: 'tickets', id: 'y', fields: ticketFields() })]);
    await api.push([mutation(pc, { table: 'tickets', id: 'x', fields: { summary: '改' }, baseVersion: 1 }), mutation(pc, { table: 'tickets', id: 'y', op: 'delete', baseVersion: 2 })]);
    const rows = (await api.pull(0)).rows;
    expect(rows.map((r) => [r.id, r.version, r.fields.summary, r.deletedAt === null])).toEqual([
      ['x', 3, '改', true],
      ['y', 4, '线头多', false],
    ]);
  });

  it('never shows one team’s records to another team’s PC', async () => {
    const rows = (await syncApi(url, other).pull(0)).rows;
    expect(rows).toEqual([]);
    const res = await fetch(`${url()}/v1/sync/pull?team=${a.teamId}&cursor=0`, { headers: { authorization: `Bearer ${other.token}` } });
    expect(res.status).toBe(403);
  });

  it('answers a cursor beyond the team’s version 409 (the PC must start over)', async () => {
    const res = await fetch(`${url()}/v1/sync/pull?team=${other.teamId}&cursor=999`, { headers: { authorization: `Bearer ${other.token}` } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ problem: { code: 'cursor_ahead', field: 'cursor' } });
  });

  it('refuses a limit out of range (400)', async () => {
    expect((await fetch(`${url()}/v1/sync/pull?team=${a.teamId}&limit=0`, { headers: { authorization: `Bearer ${a.token}` } })).status).toBe(400);
  });
});

describe('the live poke', () => {
  it('tells the other PCs the new version within a second of the commit', async () => {
    const stream = await syncApi(url, b).events();
    try {
      const head = await stream.next(-1);
      const started = Date.now();
      const out = await syncApi(url, a).push([mutation(a, { table: 'tickets', id: 't-live', fields: ticketFields() })]);
      expect(await stream.next(head, 1000)).toBe(out.version);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      stream.close();
    }
  });

  it('keeps poking after PostgreSQL drops the listening connection (it reconnects and catches up)', async () => {
    const stream = await syncApi(url, b).events();
    try {
      const head = await stream.next(-1);
      await db.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'");
      const out = await syncApi(url, a).push([mutation(a, { table: 'tickets', id: 't-relisten', fields: ticketFields() })]);
      expect(await stream.next(head, 5000)).toBe(out.version);
    } finally {
      stream.close();
    }
  });

  it('does not poke another team', async () => {
    const stream = await syncApi(url, other).events();
    try {
      const head = await stream.next(-1);
      await syncApi(url, a).push([mutation(a, { table: 'tickets', id: 't-quiet', fields: ticketFields() })]);
      await expect(stream.next(head, 300)).rejects.toThrow(/no version/);
    } finally {
      stream.close();
    }
  });
});
