import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { naturalId } from '@shared/domain/sync';
import type { PullResponse, PushResponse } from '@shared/schemas/sync';
import type { RunningServer } from '../main';
import { asSignedIn, makeAccount, signIn } from '../test/accounts';
import { enrolPc, mutation, serve, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { shopFields } from '../test/records';

// scrypt is slow on purpose (~1 s per check on a loaded test machine).
vi.setConfig({ testTimeout: 60_000 });
const TEAM = '小鹿童装';
let db: TestDatabase;
let server: RunningServer;
const url = () => server.url;
let pcBoss: EnrolledPc;
let pcJie: EnrolledPc;
let boss = '';
let jie = '';
let bossId = '';
let jieId = '';
const buyerId = naturalId({ table: 'buyers', shopId: 's1', nick: 'tb_小满' });
const orderId = naturalId({ table: 'orders', platform: 'taobao', shopId: 's1', orderNo: '3987654321098762001' });
const FULL_PHONE = '13712345678';
const FULL_ADDRESS = '广东省深圳市南山区科技园南路8号';

const call = (pc: EnrolledPc, session: string, method: string, path: string, body?: unknown) =>
  fetch(`${url()}${path}`, { method, headers: asSignedIn(pc, session), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const pullAs = async (pc: EnrolledPc, session: string | null): Promise<PullResponse> => {
  const headers: Record<string, string> = session ? asSignedIn(pc, session) : { authorization: `Bearer ${pc.token}` };
  const res = await fetch(`${url()}/v1/sync/pull?team=${pc.teamId}&cursor=0&limit=1000`, { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as PullResponse;
};
const fieldsOf = (page: PullResponse, table: string, id: string) => page.rows.find((r) => r.table === table && r.id === id)?.fields ?? {};
const setPolicy = (roles: string[]) => call(pcBoss, boss, 'PUT', '/v1/team/reveal-policy', { roles });

beforeAll(async () => {
  db = await testDatabase();
  server = await serve(db);
  pcBoss = await enrolPc(url, db, TEAM);
  pcJie = await enrolPc(url, db, TEAM);
  bossId = (await makeAccount(db, TEAM, 'KF00', '王主管', 'supervisor', 'boss-pass-1')).agentId;
  jieId = (await makeAccount(db, TEAM, 'KF01', '阿杰', 'agent', 'jie-pass-1')).agentId;
  boss = (await signIn(url, pcBoss, 'KF00', 'boss-pass-1')).session;
  jie = (await signIn(url, pcJie, 'KF01', 'jie-pass-1')).session;
  const by = { updatedAt: Date.now(), updatedBy: bossId };
  const res = await call(pcBoss, boss, 'POST', '/v1/sync/push', {
    team: pcBoss.teamId,
    mutations: [
      mutation(pcBoss, { agentId: bossId, table: 'shops', id: 's1', fields: { ...shopFields(), ...by } }),
      mutation(pcBoss, { agentId: bossId, table: 'buyers', id: buyerId, platformAt: Date.now(), fields: { ...by, shopId: 's1', nick: 'tb_小满', tier: 'normal', tags: [], phoneMasked: '137****5678', addressMasked: '广东省深圳市****', contactSecret: { phone: FULL_PHONE, address: FULL_ADDRESS, name: '赵小满' }, notes: '' } }),
      mutation(pcBoss, { agentId: bossId, table: 'orders', id: orderId, platformAt: Date.now(), fields: { ...by, orderNo: '3987654321098762001', shopId: 's1', buyerId, status: 'unpaid', totalFen: 12800, items: [], createdAt: Date.now(), paidAt: null, addressMasked: '广东省深圳市****', phoneMasked: '137****5678', recipient: { name: '赵小满', phone: FULL_PHONE, address: FULL_ADDRESS }, trackingNo: null, carrier: null, flag: 0 } }),
    ],
  });
  expect(res.status).toBe(200);
  const seeded = (await res.json()) as PushResponse;
  expect(seeded.results.map((r) => r.result), JSON.stringify(seeded.results.map((r) => r.result))).toMatchObject([{ status: 'applied' }, { status: 'applied' }, { status: 'applied' }]);
}, 120_000);
afterAll(async () => {
  await server.close();
  await db.pool.end();
});

describe('full phone and address by role', () => {
  it('sends them to both roles until the supervisor says otherwise', async () => {
    expect(await (await call(pcJie, jie, 'GET', '/v1/team/reveal-policy')).json()).toEqual({ roles: ['agent', 'supervisor'] });
    expect(fieldsOf(await pullAs(pcJie, jie), 'buyers', buyerId)['contactSecret']).toMatchObject({ phone: FULL_PHONE });
  });

  it('refuses an agent who tries to set who may see them', async () => {
    const res = await call(pcJie, jie, 'PUT', '/v1/team/reveal-policy', { roles: ['agent'] });
    expect([res.status, ((await res.json()) as { problem: { code: string } }).problem.code]).toEqual([403, 'supervisor_only']);
  });

  it('refuses a policy naming a role that does not exist', async () => {
    expect((await setPolicy(['owner'])).status).toBe(400);
  });

  it('once only supervisors may, sends an agent the masked copies only, in pulls and in push answers', async () => {
    expect(await (await setPolicy(['supervisor'])).json()).toEqual({ roles: ['supervisor'] });
    const page = await pullAs(pcJie, jie);
    const buyer = fieldsOf(page, 'buyers', buyerId);
    const order = fieldsOf(page, 'orders', orderId);
    expect([buyer['phoneMasked'], 'contactSecret' in buyer, order['addressMasked'], 'recipient' in order]).toEqual(['137****5678', false, '广东省深圳市****', false]);
    expect(JSON.stringify(page)).not.toContain(FULL_PHONE);
    // An agent's edit of the order is answered with the merged row: masked too, and the full value stays on the server.
    const res = await call(pcJie, jie, 'POST', '/v1/sync/push', { team: pcJie.teamId, mutations: [mutation(pcJie, { agentId: jieId, table: 'orders', id: orderId, fields: { flag: 3, updatedAt: Date.now(), updatedBy: jieId }, baseVersion: 1 })] });
    const answer = (await res.json()) as PushResponse;
    expect(answer.results[0]?.result.status).toBe('applied');
    expect(JSON.stringify(answer)).not.toContain(FULL_PHONE);
    expect(fieldsOf(await pullAs(pcBoss, boss), 'orders', orderId)['recipient']).toMatchObject({ phone: FULL_PHONE, address: FULL_ADDRESS });
  });

  it('sends nothing full to a PC of the team where nobody is signed in', async () => {
    expect(JSON.stringify(await pullAs(pcBoss, null))).not.toContain(FULL_PHONE);
  });

  it('refuses a reveal asked by a role the shop does not allow, and writes no audit line for it', async () => {
    const res = await call(pcJie, jie, 'POST', '/v1/reveals', { table: 'buyers', id: buyerId, field: 'phone', reason: '核对收货电话' });
    expect([res.status, ((await res.json()) as { problem: { code: string } }).problem.code]).toEqual([403, 'reveal_not_allowed']);
    const audit = (await (await call(pcBoss, boss, 'GET', '/v1/reveals')).json()) as { reveals: unknown[] };
    expect(audit.reveals).toHaveLength(0);
  });

  it('answers an allowed reveal with the full value and audits it', async () => {
    const res = await call(pcBoss, boss, 'POST', '/v1/reveals', { table: 'orders', id: orderId, field: 'address', reason: '改地址前核对' });
    expect([res.status, ((await res.json()) as { value: string }).value]).toEqual([201, FULL_ADDRESS]);
  });

  it('audits on the server every reveal a PC pushes with its work, once however often the push is repeated', async () => {
    await setPolicy(['agent', 'supervisor']);
    const line = mutation(pcJie, { agentId: jieId, table: 'audit', id: 'au-jie-1', fields: { at: Date.now(), agentId: jieId, action: 'reveal:phone', subjectId: buyerId, reason: '电话核对收货地址' } });
    const other = mutation(pcJie, { agentId: jieId, table: 'audit', id: 'au-jie-2', fields: { at: Date.now(), agentId: jieId, action: 'export:orders', subjectId: 'file', reason: '对账' } });
    for (let i = 0; i < 2; i++) expect((await call(pcJie, jie, 'POST', '/v1/sync/push', { team: pcJie.teamId, mutations: [line, other] })).status).toBe(200);
    const audit = (await (await call(pcBoss, boss, 'GET', '/v1/reveals')).json()) as { reveals: { table: string; field: string; agentName: string; deviceName: string; reason: string }[] };
    expect(audit.reveals.map((r) => [r.agentName, r.table, r.field, r.reason])).toEqual([
      ['阿杰', 'buyers', 'phone', '电话核对收货地址'],
      ['王主管', 'orders', 'address', '改地址前核对'],
    ]);
  });

  it('lets only a supervisor read the reveal audit', async () => {
    expect((await call(pcJie, jie, 'GET', '/v1/reveals')).status).toBe(403);
  });
});
