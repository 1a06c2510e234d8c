import * as fs from 'node:fs';
import * as https from 'node:https';
import * as os from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnrolCode, pinMatches } from '@shared/domain/team/enrolCode';
import { createLogger } from '../log';
import { startServer, type RunningServer } from '../main';
import { asSignedIn, makeAccount, signIn } from '../test/accounts';
import { enrolPc, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { loadOrCreateCertificate } from '../tls/certificate';

/**
 * POST /v1/enroll-codes (issue 13 §3): a supervisor signed in on the asking PC makes the
 * one-time code another PC joins with, through the command line's code path.
 */

// Sign-in is scrypt, slow on purpose.
vi.setConfig({ testTimeout: 60_000 });
let db: TestDatabase;
let server: RunningServer;
let tlsServer: RunningServer;
let tmp: string;
const logLines: string[] = [];
const url = () => server.url;
let boss: EnrolledPc;
let agent: EnrolledPc;
let bossSession = '';
let agentSession = '';

beforeAll(async () => {
  db = await testDatabase();
  server = await startServer({ database: db.config, host: '127.0.0.1', port: 0, log: createLogger((line) => logLines.push(line)) });
  tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-codes-'));
  tlsServer = await startServer({ database: db.config, host: '127.0.0.1', port: 0, log: createLogger(() => undefined), tls: loadOrCreateCertificate(join(tmp, 'tls')) });
  boss = await enrolPc(url, db, '小二旗舰店');
  agent = await enrolPc(url, db, '小二旗舰店');
  await makeAccount(db, '小二旗舰店', 'KF00', '王主管', 'supervisor', 'boss-pass-1');
  await makeAccount(db, '小二旗舰店', 'KF01', '阿杰', 'agent', 'jie-pass-1');
  bossSession = (await signIn(url, boss, 'KF00', 'boss-pass-1')).session;
  agentSession = (await signIn(url, agent, 'KF01', 'jie-pass-1')).session;
}, 120_000);
afterAll(async () => {
  await server.close();
  await tlsServer.close();
  await db.pool.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const codeCount = async () => Number((await db.pool.query('SELECT count(*) FROM enrol_codes')).rows[0].count);
const askCode = (headers: Record<string, string>, body: unknown) => fetch(`${url()}/v1/enroll-codes`, { method: 'POST', headers, body: JSON.stringify(body) });
const enrolWith = (code: string) => fetch(`${url()}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: '二号电脑' }) });

describe('a supervisor making an enrolment code', () => {
  it('answers a code that enrols exactly one PC, once, until it expires', async () => {
    const before = Date.now();
    const res = await askCode(asSignedIn(boss, bossSession), { team: boss.teamId });
    expect(res.status).toBe(201);
    const made = (await res.json()) as { code: string; team: { id: string; name: string }; expiresAt: number };
    expect(made.team).toEqual({ id: boss.teamId, name: '小二旗舰店' });
    // Plain HTTP (loopback): the secret alone, XXXX-XXXX-XXXX; valid 24 h by default.
    expect(made.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(made.expiresAt).toBeGreaterThan(before + 23.9 * 3_600_000);
    expect(made.expiresAt).toBeLessThan(Date.now() + 24.1 * 3_600_000);

    const joined = await enrolWith(made.code);
    expect(joined.status).toBe(201);
    expect(await joined.json()).toMatchObject({ team: { id: boss.teamId } });
    // Replayed: refused, and no second device is made.
    const devices = Number((await db.pool.query('SELECT count(*) FROM devices')).rows[0].count);
    const replay = await enrolWith(made.code);
    expect(replay.status).toBe(403);
    expect(await replay.json()).toMatchObject({ problem: { code: 'bad_code' } });
    expect(Number((await db.pool.query('SELECT count(*) FROM devices')).rows[0].count)).toBe(devices);
    // The code is a secret: the server's log never holds it.
    expect(logLines.join('\n')).not.toContain(made.code);
  });

  it('takes a shorter life when asked, and a code past it is refused', async () => {
    const res = await askCode(asSignedIn(boss, bossSession), { team: boss.teamId, ttlHours: 1 });
    const made = (await res.json()) as { code: string; expiresAt: number };
    expect(made.expiresAt).toBeLessThan(Date.now() + 1.1 * 3_600_000);
    await db.pool.query(`UPDATE enrol_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect((await enrolWith(made.code)).status).toBe(403);
  });

  it.each([
    ['an agent signed in', () => asSignedIn(agent, agentSession), () => agent.teamId, 403, 'supervisor_only'],
    ['the supervisor’s session on another PC', () => asSignedIn(agent, bossSession), () => agent.teamId, 403, 'supervisor_only'],
    ['a PC with nobody signed in', () => ({ authorization: `Bearer ${boss.token}`, 'content-type': 'application/json' }), () => boss.teamId, 403, 'supervisor_only'],
    ['no device token', () => ({ 'content-type': 'application/json', 'x-xiaoer-session': bossSession }), () => boss.teamId, 401, 'unauthorized'],
    ['another team named in the body', () => asSignedIn(boss, bossSession), () => 't_someone_else', 403, 'wrong_team'],
  ])('refuses %s with a clear reason and makes no code', async (_who, headers, team, status, code) => {
    const before = await codeCount();
    const res = await askCode(headers(), { team: team() });
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ problem: { code } });
    expect(await codeCount()).toBe(before);
  });

  it('refuses a malformed ask (unknown field, life out of range) without making a code', async () => {
    const before = await codeCount();
    for (const body of [{ team: boss.teamId, ttlHours: 0 }, { team: boss.teamId, ttlHours: 10_000 }, { team: boss.teamId, role: 'supervisor' }, {}]) {
      const res = await askCode(asSignedIn(boss, bossSession), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await codeCount()).toBe(before);
  });

  it('over HTTPS carries the fingerprint of the certificate the server answers with', async () => {
    const cert = loadOrCreateCertificate(join(tmp, 'tls'));
    const call = (path: string, headers: Record<string, string>, body: unknown) =>
      new Promise<{ status: number; body: unknown; fingerprint: string }>((resolve, reject) => {
        const req = https.request(`${tlsServer.url}${path}`, { method: 'POST', headers, rejectUnauthorized: false, agent: false }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown, fingerprint: (res.socket as TLSSocket).getPeerCertificate().fingerprint256 }));
        });
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    const answer = await call('/v1/enroll-codes', asSignedIn(boss, bossSession), { team: boss.teamId });
    expect(answer.status).toBe(201);
    const parsed = parseEnrolCode((answer.body as { code: string }).code);
    expect(parsed?.pin).not.toBeNull();
    expect(pinMatches(parsed?.pin ?? '', cert.fingerprint)).toBe(true);
    expect(pinMatches(parsed?.pin ?? '', answer.fingerprint)).toBe(true);
    // And it enrols a PC there, once.
    expect((await call('/v1/enroll', { 'content-type': 'application/json' }, { code: (answer.body as { code: string }).code, name: 'PC' })).status).toBe(201);
    expect((await call('/v1/enroll', { 'content-type': 'application/json' }, { code: (answer.body as { code: string }).code, name: 'PC' })).status).toBe(403);
  });
});
