import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_FAILURES } from '@shared/domain/team';
import type { RunningServer } from '../main';
import { asSignedIn, makeAccount, signIn, signInRaw } from '../test/accounts';
import { enrolPc, serve, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';


// scrypt is slow on purpose (~1 s per check on a loaded test machine).
vi.setConfig({ testTimeout: 60_000 });
let db: TestDatabase;
let server: RunningServer;
/** The server's clock, moved by the tests (leases and locks end by themselves). */
let clock = Date.now();
const url = () => server.url;
let pcA: EnrolledPc;
let pcB: EnrolledPc;
let pcBoss: EnrolledPc;

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db, () => clock);
  pcA = await enrolPc(url, db, '小二旗舰店');
  pcB = await enrolPc(url, db, '小二旗舰店');
  pcBoss = await enrolPc(url, db, '小二旗舰店');
  await makeAccount(db, '小二旗舰店', 'KF00', '王主管', 'supervisor', 'boss-pass-1');
  await makeAccount(db, '小二旗舰店', 'KF01', '阿杰', 'agent', 'jie-pass-1');
  await makeAccount(db, '小二旗舰店', 'KF02', '小李', 'agent', 'li-pass-1');
  await makeAccount(db, '小二旗舰店', 'KF03', '小周', 'agent', 'zhou-pass-1');
}, 120_000);
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

const post = (pc: EnrolledPc, session: string, path: string, body: unknown) => fetch(`${url()}${path}`, { method: 'POST', headers: asSignedIn(pc, session), body: JSON.stringify(body) });

describe('signing in with 工号 and password', () => {
  it('opens a session naming the account, its agent id and role', async () => {
    const out = await signIn(url, pcA, 'KF01', 'jie-pass-1');
    expect(out.account).toMatchObject({ employeeNo: 'KF01', name: '阿杰', role: 'agent' });
    expect(out.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await fetch(`${url()}/v1/sessions/current`, { headers: asSignedIn(pcA, out.session) });
    expect(((await me.json()) as { account: { agentId: string } }).account.agentId).toBe(out.account.agentId);
  });

  it('locks an account after repeated wrong passwords, even against the right one, until the lock ends', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) expect((await signInRaw(url, pcB, { employeeNo: 'KF03', password: `wrong-${i}-xx` })).status).toBe(401);
    const locking = await signInRaw(url, pcB, { employeeNo: 'KF03', password: 'wrong-last-x' });
    expect(locking.status).toBe(429);
    expect(((await locking.json()) as { problem: { code: string } }).problem.code).toBe('locked_out');
    const right = await signInRaw(url, pcA, { employeeNo: 'KF03', password: 'zhou-pass-1' });
    expect([right.status, Number(right.headers.get('retry-after'))]).toEqual([429, 900]);
    clock += 15 * 60_000 + 1;
    expect((await signInRaw(url, pcA, { employeeNo: 'KF03', password: 'zhou-pass-1' })).status).toBe(201);
  });

  it('slows a device that keeps failing, whatever 工号 it tries', async () => {
    const pcC = await enrolPc(url, db, '小二旗舰店');
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await signInRaw(url, pcC, { employeeNo: `NOPE${i}`, password: 'guess-guess' })).status);
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    expect((await signInRaw(url, pcC, { employeeNo: 'KF02', password: 'li-pass-1' })).status).toBe(429);
  });

  it('signs out at once: the session is refused afterwards', async () => {
    const { session } = await signIn(url, pcB, 'KF02', 'li-pass-1');
    expect((await fetch(`${url()}/v1/sessions/current`, { method: 'DELETE', headers: asSignedIn(pcB, session) })).status).toBe(200);
    expect((await fetch(`${url()}/v1/sessions/current`, { headers: asSignedIn(pcB, session) })).status).toBe(401);
  });

  it('lets a supervisor make an agent account who can then sign in, and end its sessions', async () => {
    const boss = (await signIn(url, pcBoss, 'KF00', 'boss-pass-1')).session;
    const made = await post(pcBoss, boss, '/v1/accounts', { employeeNo: 'KF05', name: '小吴', role: 'agent', password: 'wu-pass-1' });
    expect(made.status).toBe(201);
    const wu = await signIn(url, pcA, 'KF05', 'wu-pass-1');
    expect(wu.account.role).toBe('agent');
    expect((await post(pcBoss, boss, '/v1/accounts/revoke-sessions', { agentId: wu.account.agentId })).status).toBe(200);
    expect((await fetch(`${url()}/v1/sessions/current`, { headers: asSignedIn(pcA, wu.session) })).status).toBe(401);
  });
});

describe('claims with a lease', () => {
  it('gives the same due 催付 step to exactly one of two PCs asking at once; the other learns who has it', async () => {
    const jie = (await signIn(url, pcA, 'KF01', 'jie-pass-1')).session;
    const li = (await signIn(url, pcB, 'KF02', 'li-pass-1')).session;
    const answers = await Promise.all([post(pcA, jie, '/v1/claims', { kind: 'reminder', target: 'o-race' }), post(pcB, li, '/v1/claims', { kind: 'reminder', target: 'o-race' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.status === 409) as Response;
    const won = answers.find((a) => a.status === 200) as Response;
    const winner = ((await won.json()) as { claim: { agentName: string } }).claim.agentName;
    const body = (await lost.json()) as { problem: { code: string }; holder: { agentName: string; deviceName: string } };
    expect([body.problem.code, body.holder.agentName]).toEqual(['claimed', winner]);
  });

  it('frees a claim by itself when its lease ends', async () => {
    const jie = (await signIn(url, pcA, 'KF01', 'jie-pass-1')).session;
    const li = (await signIn(url, pcB, 'KF02', 'li-pass-1')).session;
    expect((await post(pcA, jie, '/v1/claims', { kind: 'conversation', target: 'c-1', leaseMs: 30_000 })).status).toBe(200);
    expect((await post(pcB, li, '/v1/claims', { kind: 'conversation', target: 'c-1' })).status).toBe(409);
    clock += 30_000;
    expect((await post(pcB, li, '/v1/claims', { kind: 'conversation', target: 'c-1' })).status).toBe(200);
  });

  it('lets the holder renew and release, and a supervisor free anyone’s claim to reassign it', async () => {
    const jie = (await signIn(url, pcA, 'KF01', 'jie-pass-1')).session;
    const li = (await signIn(url, pcB, 'KF02', 'li-pass-1')).session;
    const boss = (await signIn(url, pcBoss, 'KF00', 'boss-pass-1')).session;
    expect((await post(pcA, jie, '/v1/claims', { kind: 'review', target: 'rv-1' })).status).toBe(200);
    const again = await post(pcA, jie, '/v1/claims', { kind: 'review', target: 'rv-1' });
    expect(((await again.json()) as { renewed: boolean }).renewed).toBe(true);
    expect((await post(pcA, jie, '/v1/claims/release', { kind: 'review', target: 'rv-1' })).status).toBe(200);
    expect((await post(pcB, li, '/v1/claims', { kind: 'review', target: 'rv-1' })).status).toBe(200);
    expect((await post(pcBoss, boss, '/v1/claims/release', { kind: 'review', target: 'rv-1' })).status).toBe(200);
    expect((await post(pcA, jie, '/v1/claims', { kind: 'review', target: 'rv-1' })).status).toBe(200);
  });

  it('shows the supervisor who is signed in where, and the live claims', async () => {
    const jie = (await signIn(url, pcA, 'KF01', 'jie-pass-1')).session;
    const boss = (await signIn(url, pcBoss, 'KF00', 'boss-pass-1')).session;
    expect((await post(pcA, jie, '/v1/presence', { state: 'busy' })).status).toBe(200);
    expect((await post(pcA, jie, '/v1/claims', { kind: 'conversation', target: 'c-team' })).status).toBe(200);
    const team = (await (await fetch(`${url()}/v1/team`, { headers: asSignedIn(pcBoss, boss) })).json()) as { agents: { name: string; presence: { state: string; deviceName: string } | null }[]; claims: { target: string; agentName: string }[] };
    expect(team.agents.find((a) => a.name === '阿杰')?.presence).toMatchObject({ state: 'busy', deviceName: 'test PC' });
    expect(team.agents.find((a) => a.name === '小吴')?.presence).toBeNull();
    expect(team.claims.find((c) => c.target === 'c-team')?.agentName).toBe('阿杰');
  });
});
