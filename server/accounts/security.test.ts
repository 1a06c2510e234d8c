import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PushResponse } from '@shared/schemas/sync';
import { createEnrolCode } from '../enrol/enrol';
import { createLogger } from '../log';
import { startServer, type RunningServer } from '../main';
import { asSignedIn, makeAccount, signIn } from '../test/accounts';
import { enrolPc, mutation, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { noteFields, remarkFields, shopFields, ticketFields } from '../test/records';

/**
 * Issue 13's security acceptance: bad requests against the shop server, each refused with a
 * clear reason and nothing written; passwords never in logs or answers.
 */

// scrypt is slow on purpose (~1 s per check on a loaded test machine).
vi.setConfig({ testTimeout: 60_000 });
let db: TestDatabase;
let server: RunningServer;
const logLines: string[] = [];
const url = () => server.url;

const PW = { boss: 'boss-pass-秘密-1', jie: 'jie-pass-2026', li: 'li-pass-2026', other: 'other-pass-1', gone: 'gone-pass-1' };
let pcBoss: EnrolledPc;
let pcA: EnrolledPc;
let pcB: EnrolledPc;
let pcOther: EnrolledPc;
let pcRevoked: EnrolledPc;
const s = { boss: '', jie: '', li: '', other: '', expired: '', signedOut: '', disabled: '' };
let jieId = '';
let liId = '';
let teamId = '';
let usedCode = '';
let expiredCode = '';
const phraseId = 'ph-team-1';
let bossAgent = '';
const bossId = () => bossAgent;

const BIG = 'x'.repeat(1024 * 1024 + 10);

beforeAll(async () => {
  db = await testDatabase();
  server = await startServer({ database: db.config, host: '127.0.0.1', port: 0, log: createLogger((line) => logLines.push(line)) });
  pcBoss = await enrolPc(url, db, '小二旗舰店');
  pcA = await enrolPc(url, db, '小二旗舰店');
  pcB = await enrolPc(url, db, '小二旗舰店');
  pcRevoked = await enrolPc(url, db, '小二旗舰店');
  pcOther = await enrolPc(url, db, '隔壁店');
  teamId = pcA.teamId;
  bossAgent = (await makeAccount(db, '小二旗舰店', 'KF00', '主管', 'supervisor', PW.boss)).agentId;
  jieId = (await makeAccount(db, '小二旗舰店', 'KF01', '阿杰', 'agent', PW.jie)).agentId;
  liId = (await makeAccount(db, '小二旗舰店', 'KF02', '小李', 'agent', PW.li)).agentId;
  await makeAccount(db, '小二旗舰店', 'KF09', '离职', 'agent', PW.gone);
  await makeAccount(db, '隔壁店', 'KF01', '隔壁', 'agent', PW.other);
  s.boss = (await signIn(url, pcBoss, 'KF00', PW.boss)).session;
  s.jie = (await signIn(url, pcA, 'KF01', PW.jie)).session;
  s.li = (await signIn(url, pcB, 'KF02', PW.li)).session;
  s.other = (await signIn(url, pcOther, 'KF01', PW.other)).session;
  s.expired = (await signIn(url, pcA, 'KF01', PW.jie)).session;
  await db.pool.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id = (SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1)`);
  s.signedOut = (await signIn(url, pcA, 'KF01', PW.jie)).session;
  expect((await fetch(`${url()}/v1/sessions/current`, { method: 'DELETE', headers: asSignedIn(pcA, s.signedOut) })).status).toBe(200);
  s.disabled = (await signIn(url, pcA, 'KF09', PW.gone)).session;
  await db.pool.query(`UPDATE accounts SET disabled_at = now() WHERE employee_no = 'KF09'`);
  await db.pool.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [pcRevoked.deviceId]);
  // A team phrase and the shop, written by the supervisor: what agents will try to change.
  const seeded = await pushAs(pcBoss, s.boss, [
    mutation(pcBoss, { agentId: bossId(), table: 'phrases', id: phraseId, fields: phraseFields(bossId()) }),
    mutation(pcBoss, { agentId: bossId(), table: 'shops', id: 's1', fields: { ...shopFields(), updatedBy: bossId() } }),
  ]);
  expect(seeded.results.map((r) => r.result.status), JSON.stringify(seeded.results)).toEqual(['applied', 'applied']);
  const made = await createEnrolCode(db.pool, '小二旗舰店', 3_600_000);
  usedCode = made.code;
  expect((await enrolRaw({ code: usedCode, name: 'PC' })).status).toBe(201);
  expiredCode = (await createEnrolCode(db.pool, '小二旗舰店', 1)).code;
  await new Promise((r) => setTimeout(r, 5));
}, 120_000);
afterAll(async () => {
  await server.close();
  await db.pool.end();
});


function phraseFields(by: string, over: Record<string, unknown> = {}) {
  return { updatedAt: Date.now(), updatedBy: by, scope: 'team', ownerId: null, shopId: null, group: '欢迎', title: '欢迎语', text: '亲，在的', shortcut: '', keywords: [], uses: 0, order: 1, ...over };
}

async function pushAs(pc: EnrolledPc, session: string, mutations: unknown[]): Promise<PushResponse> {
  const res = await fetch(`${url()}/v1/sync/push`, { method: 'POST', headers: asSignedIn(pc, session), body: JSON.stringify({ team: pc.teamId, mutations }) });
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as PushResponse;
}
const enrolRaw = (body: unknown) => fetch(`${url()}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

type Req = { method?: string; path: string; headers?: Record<string, string>; body?: string };
const call = (r: Req) => fetch(`${url()}${r.path}`, { method: r.method ?? 'GET', headers: r.headers ?? {}, ...(r.body !== undefined ? { body: r.body } : {}) });
const json = (v: unknown) => JSON.stringify(v);
const device = (pc: EnrolledPc) => ({ authorization: `Bearer ${pc.token}`, 'content-type': 'application/json' });

/** Everything a refused request must leave as it was. */
async function snapshot(): Promise<string> {
  const q = async (sql: string) => JSON.stringify((await db.pool.query(sql)).rows);
  return [
    await q('SELECT id, version FROM teams ORDER BY id'),
    await q('SELECT team_id, tbl, id, fields, deleted_at, version FROM records ORDER BY team_id, tbl, id'),
    await q('SELECT id, role, name, password_hash, disabled_at FROM accounts ORDER BY id'),
    await q('SELECT id, revoked_at FROM sessions ORDER BY id'),
    await q('SELECT id, revoked_at FROM devices ORDER BY id'),
    await q('SELECT * FROM claims ORDER BY target'),
    await q('SELECT account_id, state FROM presence ORDER BY account_id'),
    await q('SELECT count(*) FROM reveal_audit'),
    await q('SELECT count(*) FROM conflicts'),
    await q('SELECT code_hash, used_at FROM enrol_codes ORDER BY code_hash'),
  ].join('\n');
}

type Case = { name: string; req: () => Req; status: number; code: string; field?: string | null };
const push = (pc: () => EnrolledPc, headers: () => Record<string, string>, mutations: () => unknown[], team?: () => string): (() => Req) => () => ({
  method: 'POST',
  path: '/v1/sync/push',
  headers: headers(),
  body: json({ team: team ? team() : pc().teamId, mutations: mutations() }),
});
const post = (path: string, headers: () => Record<string, string>, body: () => string): (() => Req) => () => ({ method: 'POST', path, headers: headers(), body: body() });
const get = (path: () => string, headers: () => Record<string, string>): (() => Req) => () => ({ path: path(), headers: headers() });
const ticket = (pc: () => EnrolledPc, agent: () => string, over: Record<string, unknown> = {}) => () => [mutation(pc(), { agentId: agent(), table: 'tickets', id: `t-${Math.random()}`, fields: ticketFields({ updatedBy: agent(), ...over }) })];

const jie = () => asSignedIn(pcA, s.jie);
const A = () => pcA;

const CASES: Case[] = [
  // No or bad device token
  { name: 'a push without a token', req: push(A, () => ({ 'content-type': 'application/json' }), ticket(A, () => jieId)), status: 401, code: 'unauthorized' },
  { name: 'a pull without a token', req: get(() => `/v1/sync/pull?team=${teamId}&cursor=0`, () => ({})), status: 401, code: 'unauthorized' },
  { name: 'the event stream without a token', req: get(() => `/v1/sync/events?team=${teamId}`, () => ({})), status: 401, code: 'unauthorized' },
  { name: 'a sign-in without a device token', req: post('/v1/sessions', () => ({ 'content-type': 'application/json' }), () => json({ employeeNo: 'KF01', password: PW.jie })), status: 401, code: 'unauthorized' },
  { name: 'a claim without a device token', req: post('/v1/claims', () => ({ 'content-type': 'application/json', 'x-xiaoer-session': s.jie }), () => json({ kind: 'reminder', target: 'o-1' })), status: 401, code: 'unauthorized' },
  { name: 'the account list without a token', req: get(() => '/v1/accounts', () => ({})), status: 401, code: 'unauthorized' },
  { name: 'the team overview without a token', req: get(() => '/v1/team', () => ({})), status: 401, code: 'unauthorized' },
  { name: 'a made-up bearer token', req: push(A, () => ({ ...jie(), authorization: `Bearer ${'A'.repeat(43)}` }), ticket(A, () => jieId)), status: 401, code: 'unauthorized' },
  { name: 'a bearer token of the wrong shape', req: push(A, () => ({ ...jie(), authorization: 'Bearer x' }), ticket(A, () => jieId)), status: 401, code: 'unauthorized' },
  { name: 'a token sent as Basic', req: push(A, () => ({ ...jie(), authorization: `Basic ${pcA.token}` }), ticket(A, () => jieId)), status: 401, code: 'unauthorized' },
  { name: 'a revoked device pushing', req: push(() => pcRevoked, () => ({ ...device(pcRevoked), 'x-xiaoer-session': s.jie }), ticket(() => pcRevoked, () => jieId)), status: 401, code: 'device_revoked' },
  { name: 'a revoked device signing in', req: post('/v1/sessions', () => device(pcRevoked), () => json({ employeeNo: 'KF01', password: PW.jie })), status: 401, code: 'device_revoked' },

  // Sessions: none, expired, ended, another device's or team's
  { name: 'a push of a team with accounts without a session', req: push(A, () => device(pcA), ticket(A, () => jieId)), status: 401, code: 'no_session' },
  { name: 'a push with an expired session', req: push(A, () => asSignedIn(pcA, s.expired), ticket(A, () => jieId)), status: 401, code: 'session_expired' },
  { name: 'a push with a signed-out session', req: push(A, () => asSignedIn(pcA, s.signedOut), ticket(A, () => jieId)), status: 401, code: 'session_revoked' },
  { name: 'a push with a session opened on another PC', req: push(A, () => asSignedIn(pcA, s.li), ticket(A, () => liId)), status: 401, code: 'wrong_session' },
  { name: 'a push with another team’s session', req: push(A, () => asSignedIn(pcA, s.other), ticket(A, () => jieId)), status: 401, code: 'wrong_session' },
  { name: 'a push with a disabled account’s session', req: push(A, () => asSignedIn(pcA, s.disabled), ticket(A, () => jieId)), status: 401, code: 'session_revoked' },
  { name: 'a session header of the wrong shape', req: push(A, () => ({ ...device(pcA), 'x-xiaoer-session': 'short' }), ticket(A, () => jieId)), status: 401, code: 'no_session' },
  { name: 'a session token made up', req: push(A, () => ({ ...device(pcA), 'x-xiaoer-session': 'B'.repeat(43) }), ticket(A, () => jieId)), status: 401, code: 'wrong_session' },
  { name: 'a claim without a session', req: post('/v1/claims', () => device(pcA), () => json({ kind: 'reminder', target: 'o-1' })), status: 401, code: 'no_session' },
  { name: 'a claim with an expired session', req: post('/v1/claims', () => asSignedIn(pcA, s.expired), () => json({ kind: 'reminder', target: 'o-1' })), status: 401, code: 'session_expired' },
  { name: 'presence with a signed-out session', req: post('/v1/presence', () => asSignedIn(pcA, s.signedOut), () => json({ state: 'online' })), status: 401, code: 'session_revoked' },
  { name: 'signing out a session already ended', req: () => ({ method: 'DELETE', path: '/v1/sessions/current', headers: asSignedIn(pcA, s.signedOut) }), status: 401, code: 'session_revoked' },
  { name: 'the supervisor’s session on an agent’s PC', req: get(() => '/v1/team', () => asSignedIn(pcA, s.boss)), status: 401, code: 'wrong_session' },

  // Another team
  { name: 'a push naming another team', req: push(A, jie, ticket(A, () => jieId), () => pcOther.teamId), status: 403, code: 'wrong_team', field: 'team' },
  { name: 'a pull of another team', req: get(() => `/v1/sync/pull?team=${pcOther.teamId}&cursor=0`, jie), status: 403, code: 'wrong_team', field: 'team' },
  { name: 'the event stream of another team', req: get(() => `/v1/sync/events?team=${pcOther.teamId}`, jie), status: 403, code: 'wrong_team', field: 'team' },
  { name: 'another team’s device with this team’s session', req: push(() => pcOther, () => asSignedIn(pcOther, s.jie), ticket(() => pcOther, () => jieId)), status: 401, code: 'wrong_session' },
  { name: 'another team’s PC signing in with this team’s 工号 and password', req: post('/v1/sessions', () => device(pcOther), () => json({ employeeNo: 'KF02', password: PW.li })), status: 401, code: 'bad_credentials' },

  // Role escalation
  { name: 'an agent making an account', req: post('/v1/accounts', jie, () => json({ employeeNo: 'KF66', name: '新人', role: 'supervisor', password: 'whatever-1' })), status: 403, code: 'supervisor_only' },
  { name: 'an agent listing accounts', req: get(() => '/v1/accounts', jie), status: 403, code: 'supervisor_only' },
  { name: 'an agent reading the team overview', req: get(() => '/v1/team', jie), status: 403, code: 'supervisor_only' },
  { name: 'an agent reading the conflict log', req: get(() => '/v1/conflicts', jie), status: 403, code: 'supervisor_only' },
  { name: 'an agent reading the reveal audit', req: get(() => '/v1/reveals', jie), status: 403, code: 'supervisor_only' },
  { name: 'an agent ending another agent’s sessions', req: post('/v1/accounts/revoke-sessions', jie, () => json({ agentId: liId })), status: 403, code: 'supervisor_only' },
  { name: 'a sign-in asking for a role', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01', password: PW.jie, role: 'supervisor' })), status: 400, code: 'invalid_request' },
  { name: 'a claim naming another agent as holder', req: post('/v1/claims', jie, () => json({ kind: 'reminder', target: 'o-1', agentId: liId })), status: 400, code: 'invalid_request' },
  { name: 'presence naming another agent', req: post('/v1/presence', jie, () => json({ state: 'online', agentId: liId })), status: 400, code: 'invalid_request' },
  { name: 'a made-up presence state', req: post('/v1/presence', jie, () => json({ state: 'supervisor' })), status: 400, code: 'invalid_request', field: 'state' },

  // Forged writer
  { name: 'a push whose mutation names another agent', req: push(A, jie, ticket(A, () => liId)), status: 403, code: 'wrong_agent', field: 'agentId' },
  { name: 'a push with one own and one forged mutation (neither is written)', req: push(A, jie, () => [...ticket(A, () => jieId)(), ...ticket(A, () => liId)()]), status: 403, code: 'wrong_agent', field: 'agentId' },
  { name: 'a push naming another device', req: push(A, jie, ticket(() => pcB, () => jieId)), status: 403, code: 'wrong_device', field: 'deviceId' },

  // Oversized bodies
  { name: 'a push over 1 MB', req: post('/v1/sync/push', jie, () => json({ team: teamId, mutations: [], pad: BIG })), status: 413, code: 'body_too_large' },
  { name: 'a sign-in over 1 MB', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01', password: BIG })), status: 413, code: 'body_too_large' },
  { name: 'an account over 1 MB', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => json({ employeeNo: 'KF77', name: BIG, role: 'agent', password: 'x-123456' })), status: 413, code: 'body_too_large' },
  { name: 'a claim over 1 MB', req: post('/v1/claims', jie, () => json({ kind: 'reminder', target: BIG })), status: 413, code: 'body_too_large' },
  { name: 'a password far too long (scrypt is not fed megabytes)', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01', password: 'p'.repeat(10_000) })), status: 400, code: 'invalid_request', field: 'password' },

  // Malformed
  { name: 'a push that is not JSON', req: post('/v1/sync/push', jie, () => '{"team":'), status: 400, code: 'bad_json' },
  { name: 'a sign-in that is not JSON', req: post('/v1/sessions', () => device(pcA), () => '{employeeNo: KF01}'), status: 400, code: 'bad_json' },
  { name: 'a claim that is not JSON', req: post('/v1/claims', jie, () => 'reminder o-1'), status: 400, code: 'bad_json' },
  { name: 'an account that is not JSON', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => '{"employeeNo":"KF88",'), status: 400, code: 'bad_json' },
  { name: 'a sign-in sent as a form', req: post('/v1/sessions', () => ({ ...device(pcA), 'content-type': 'application/x-www-form-urlencoded' }), () => 'employeeNo=KF01&password=x'), status: 415, code: 'unsupported_media_type' },
  { name: 'a sign-in with a NUL in the password', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01', password: 'abc\u0000defg' })), status: 400, code: 'bad_json' },
  { name: 'a sign-in that is an array', req: post('/v1/sessions', () => device(pcA), () => json([{ employeeNo: 'KF01', password: PW.jie }])), status: 400, code: 'invalid_request' },
  { name: 'a sign-in without a password', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01' })), status: 400, code: 'invalid_request', field: 'password' },
  { name: 'a password that is a number', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: 'KF01', password: 12345678 })), status: 400, code: 'invalid_request', field: 'password' },
  { name: 'a claim of an unknown kind', req: post('/v1/claims', jie, () => json({ kind: 'order', target: 'o-1' })), status: 400, code: 'invalid_request', field: 'kind' },
  { name: 'a claim with a negative lease', req: post('/v1/claims', jie, () => json({ kind: 'reminder', target: 'o-1', leaseMs: -5 })), status: 400, code: 'invalid_request', field: 'leaseMs' },
  { name: 'an account with a made-up role', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => json({ employeeNo: 'KF78', name: '新人', role: 'owner', password: 'x-123456' })), status: 400, code: 'invalid_request', field: 'role' },
  { name: 'an account with a 4-letter password', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => json({ employeeNo: 'KF79', name: '新人', role: 'agent', password: 'abcd' })), status: 400, code: 'invalid_request', field: 'password' },
  { name: 'an account for a 工号 that already has one', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => json({ employeeNo: 'KF01', name: '冒名', role: 'supervisor', password: 'x-123456' })), status: 409, code: 'account_exists', field: 'employeeNo' },

  // SQL-looking ids
  { name: 'a 工号 that looks like SQL', req: post('/v1/sessions', () => device(pcA), () => json({ employeeNo: "' OR 1=1 --", password: 'whatever-1' })), status: 400, code: 'invalid_request', field: 'employeeNo' },
  { name: 'a claim target that looks like SQL', req: post('/v1/claims', jie, () => json({ kind: 'reminder', target: "o-1'; DROP TABLE claims; --" })), status: 400, code: 'invalid_request', field: 'target' },
  { name: 'a pull cursor that looks like SQL', req: get(() => `/v1/sync/pull?team=${teamId}&cursor=${encodeURIComponent('0; DELETE FROM records')}`, jie), status: 400, code: 'invalid_request', field: 'cursor' },
  { name: 'a team id that looks like SQL', req: get(() => `/v1/sync/pull?team=${encodeURIComponent("' OR '1'='1")}&cursor=0`, jie), status: 403, code: 'wrong_team', field: 'team' },
  { name: 'ending the sessions of an account id that looks like SQL', req: post('/v1/accounts/revoke-sessions', () => asSignedIn(pcBoss, s.boss), () => json({ agentId: "x' OR '1'='1" })), status: 400, code: 'invalid_request', field: 'agentId' },
  { name: 'ending the sessions of another team’s account', req: post('/v1/accounts/revoke-sessions', () => asSignedIn(pcBoss, s.boss), () => json({ agentId: 'ag_nosuchaccount' })), status: 404, code: 'unknown_account', field: 'agentId' },
  { name: 'an account 工号 that looks like SQL', req: post('/v1/accounts', () => asSignedIn(pcBoss, s.boss), () => json({ employeeNo: "KF'; --", name: '新人', role: 'agent', password: 'x-123456' })), status: 400, code: 'invalid_request', field: 'employeeNo' },
  { name: 'a reveal of a record id that looks like SQL', req: post('/v1/reveals', jie, () => json({ table: 'buyers', id: "b1' --", field: 'phone', reason: '核实' })), status: 400, code: 'invalid_request', field: 'id' },

  // Enrolment codes
  { name: 'an enrolment code used before', req: () => ({ method: 'POST', path: '/v1/enroll', headers: { 'content-type': 'application/json' }, body: json({ code: usedCode, name: 'PC' }) }), status: 403, code: 'bad_code', field: 'code' },
  { name: 'an expired enrolment code', req: () => ({ method: 'POST', path: '/v1/enroll', headers: { 'content-type': 'application/json' }, body: json({ code: expiredCode, name: 'PC' }) }), status: 403, code: 'bad_code', field: 'code' },
  { name: 'a made-up enrolment code', req: () => ({ method: 'POST', path: '/v1/enroll', headers: { 'content-type': 'application/json' }, body: json({ code: 'ABCD-EFGH-JKMN', name: 'PC' }) }), status: 403, code: 'bad_code', field: 'code' },

  // Credentials and claims
  { name: 'a wrong password', req: post('/v1/sessions', () => device(pcB), () => json({ employeeNo: 'KF02', password: 'not-the-password' })), status: 401, code: 'bad_credentials' },
  { name: 'a 工号 that does not exist', req: post('/v1/sessions', () => device(pcB), () => json({ employeeNo: 'KF404', password: 'whatever-1' })), status: 401, code: 'bad_credentials' },
  { name: 'a disabled account signing in', req: post('/v1/sessions', () => device(pcB), () => json({ employeeNo: 'KF09', password: PW.gone })), status: 401, code: 'bad_credentials' },
  { name: 'an agent freeing another agent’s live claim', req: post('/v1/claims/release', jie, () => json({ kind: 'reminder', target: 'o-held-by-li' })), status: 409, code: 'claimed', field: 'target' },
  { name: 'an agent taking another agent’s live claim', req: post('/v1/claims', jie, () => json({ kind: 'reminder', target: 'o-held-by-li' })), status: 409, code: 'claimed', field: 'target' },
  { name: 'a method the endpoint does not have', req: () => ({ method: 'DELETE', path: '/v1/accounts', headers: jie() }), status: 405, code: 'method_not_allowed' },
  { name: 'an endpoint that does not exist', req: get(() => '/v1/accounts/../../etc/passwd', jie), status: 404, code: 'not_found' },
];

describe('the shop server refuses bad requests with a clear reason and writes nothing', () => {
  beforeAll(async () => {
    // li holds a claim jie will try to take and free.
    const res = await fetch(`${url()}/v1/claims`, { method: 'POST', headers: asSignedIn(pcB, s.li), body: json({ kind: 'reminder', target: 'o-held-by-li', leaseMs: 600_000 }) });
    expect(res.status).toBe(200);
  });

  it('has at least 60 of them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const before = await snapshot();
    const res = await call(c.req());
    const text = await res.text();
    expect(res.status, text).toBe(c.status);
    const body = JSON.parse(text) as { problem: { code: string; field: string | null; reason: string } };
    expect(body.problem.code).toBe(c.code);
    expect(body.problem.reason.length).toBeGreaterThan(5);
    if (c.field !== undefined) expect(body.problem.field).toBe(c.field);
    for (const pw of Object.values(PW)) expect(text).not.toContain(pw);
    expect(await snapshot()).toBe(before);
  });
});

describe('writes checked against the signed-in account', () => {
  const refusedAs = async (mutations: unknown[]) => {
    const before = await snapshot();
    const answer = await pushAs(pcA, s.jie, mutations);
    expect(await snapshot()).toBe(before);
    return answer.results.map((r) => (r.result.status === 'refused' ? [r.result.code, r.result.field] : ['applied']));
  };

  it.each([
    ['an agent changing a team phrase', () => [mutation(pcA, { agentId: jieId, table: 'phrases', id: phraseId, baseVersion: 1, fields: { text: '改掉', updatedBy: jieId } })], ['supervisor_only', null]],
    ['an agent deleting a team phrase', () => [mutation(pcA, { agentId: jieId, table: 'phrases', id: phraseId, op: 'delete' })], ['supervisor_only', null]],
    ['an agent changing the shop’s 催付 policy', () => [mutation(pcA, { agentId: jieId, table: 'shops', id: 's1', baseVersion: 2, fields: { rules: { payment: {} }, updatedBy: jieId } })], ['supervisor_only', null]],
    ['an agent making itself a supervisor', () => [mutation(pcA, { agentId: jieId, table: 'agents', id: jieId, baseVersion: 0, fields: { role: 'supervisor', updatedBy: jieId } })], ['supervisor_only', null]],
    ['an agent writing a team setting', () => [mutation(pcA, { agentId: jieId, table: 'settings', id: 'team/shift', fields: { key: 'team/shift', value: 1, updatedAt: Date.now(), updatedBy: jieId } })], ['supervisor_only', null]],
    ['an edit signed as another agent (updatedBy)', () => ticket(A, () => jieId, { updatedBy: liId })(), ['wrong_agent', 'updatedBy']],
    ['a remark in another agent’s name', () => [mutation(pcA, { agentId: jieId, table: 'remarks', id: `r-${Math.random()}`, fields: remarkFields(liId, { updatedBy: jieId }) })], ['wrong_agent', 'agentId']],
    ['a note of another agent', () => [mutation(pcA, { agentId: jieId, table: 'notes', id: `n-${Math.random()}`, fields: noteFields(liId, { updatedBy: jieId }) })], ['not_owner', 'ownerId']],
  ])('refuses %s, and the record stays as it was', async (_name, mutations, expected) => {
    expect(await refusedAs(mutations())).toEqual([expected]);
  });

  it('takes the agent’s own writes, and the supervisor’s team phrase', async () => {
    const own = await pushAs(pcA, s.jie, ticket(A, () => jieId)());
    expect(own.results[0]?.result.status).toBe('applied');
    const phrase = await pushAs(pcBoss, s.boss, [mutation(pcBoss, { agentId: bossId(), table: 'phrases', id: phraseId, baseVersion: 1, fields: { text: '亲，在的呢', updatedBy: bossId() } })]);
    expect(phrase.results[0]?.result.status).toBe('applied');
  });

  it('writes every account’s agents record, so PCs pull names and roles', async () => {
    const { rows } = await db.pool.query<{ id: string; fields: { name: string; role: string } }>(`SELECT id, fields FROM records WHERE team_id = $1 AND tbl = 'agents' ORDER BY fields->>'employeeNo'`, [teamId]);
    expect(rows.map((r) => [r.fields.name, r.fields.role])).toEqual([['主管', 'supervisor'], ['阿杰', 'agent'], ['小李', 'agent'], ['离职', 'agent']]);
    expect(rows.map((r) => r.id)).toContain(jieId);
  });
});

describe('passwords', () => {
  it('are stored as scrypt hashes only', async () => {
    const { rows } = await db.pool.query<{ password_hash: string }>('SELECT password_hash FROM accounts');
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      for (const pw of Object.values(PW)) expect(r.password_hash).not.toContain(pw);
    }
  });

  it('never appear in the server’s log', () => {
    expect(logLines.length).toBeGreaterThan(50);
    const log = logLines.join('');
    for (const pw of Object.values(PW)) expect(log).not.toContain(pw);
  });
});
