import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SyncMutation } from '@shared/schemas/sync';
import type { SyncPoke } from '@shared/schemas/syncHost';
import { GOOD_CODE, TOKEN, startFakeShopServer, type FakeShopServer } from './fakeShopServer';
import { createSyncService, type SyncService } from './service';

let shop: FakeShopServer;
let dir: string;
let service: SyncService;

beforeAll(async () => {
  shop = await startFakeShopServer();
});
afterAll(() => shop.stop());
beforeEach(() => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-sync-'));
  service = createSyncService({ dir, retryMs: [50, 100] });
});
afterEach(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const join_ = (code = GOOD_CODE) => service.join({ serverUrl: `${shop.url()}/`, code, deviceName: '前台电脑' });
const mutation = (over: Partial<SyncMutation> = {}): SyncMutation => ({
  mutationId: 'm1', deviceId: 'd_fake', agentId: 'a1', table: 'remarks', id: 'r1', op: 'put', fields: { text: '已核实' }, baseVersion: 0, at: 1, ...over,
});
const until = async (check: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the sync service (the host half of team sync), over real loopback HTTP', () => {
  it('refuses a wrong code as bad_code and keeps the PC out of any team', async () => {
    const answer = await join_('ZZZZ-ZZZZ-ZZZZ');
    expect(answer).toMatchObject({ ok: false, failure: { code: 'bad_code', status: 403 } });
    // Not a code at all: refused here, nothing sent.
    const before = shop.requests.length;
    expect(await join_('WRONG-CODE')).toMatchObject({ ok: false, failure: { code: 'bad_code', status: null } });
    expect(shop.requests.length).toBe(before);
    expect(service.status()).toEqual({ joined: false });
    expect(fs.existsSync(join(dir, 'team.json'))).toBe(false);
  });

  it('joins with a good code: keeps the token in a file only this user reads, and never hands it out', async () => {
    const answer = await join_();
    expect(answer).toMatchObject({ ok: true, value: { serverUrl: shop.url(), teamId: 't_fake', teamName: '小二旗舰店', deviceId: 'd_fake' } });
    expect(JSON.stringify(service.status())).not.toContain(TOKEN);
    const file = join(dir, 'team.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).token).toBe(TOKEN);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A restarted host (a new service on the same folder) is still in the team.
    expect(createSyncService({ dir }).status()).toMatchObject({ joined: true, enrolment: { teamId: 't_fake' } });
  });

  it('pushes and pulls with the token and the team, answers checked against the protocol', async () => {
    await join_();
    const pushed = await service.push([mutation()]);
    expect(pushed).toMatchObject({ ok: true, value: { results: [{ result: { mutationId: 'm1', status: 'applied' }, row: { table: 'remarks', id: 'r1' } }] } });
    const last = shop.requests[shop.requests.length - 1];
    expect(last).toMatchObject({ method: 'POST', path: '/v1/sync/push', auth: `Bearer ${TOKEN}`, body: { team: 't_fake', mutations: [{ mutationId: 'm1' }] } });
    const pulled = await service.pull(0, 500);
    expect(pulled).toMatchObject({ ok: true, value: { rows: [], more: false } });
    expect(shop.requests[shop.requests.length - 1]?.path).toBe('/v1/sync/pull?team=t_fake&cursor=0&limit=500');
  });

  it.each([
    ['a revoked device', 401, 'unauthorized', '{"problem":{"code":"unauthorized","reason":"no"}}'],
    ['a server error', 500, 'server_error', '{"problem":{"code":"server_error","reason":"boom"}}'],
    ['a proxy whose server is down', 502, 'offline', '<html>bad gateway</html>'],
    ['a body too large', 413, 'too_large', '{"problem":{"code":"body_too_large","reason":"big"}}'],
    ['an answer that is not the protocol', 200, 'bad_answer', '{"hello":"world"}'],
    ['an answer that is not JSON', 200, 'bad_answer', '<html>'],
  ])('names %s (HTTP %i) as %s', async (_name, status, code, body) => {
    await join_();
    shop.override('/v1/sync/push', status, body);
    const answer = await service.push([mutation()]);
    expect(answer).toMatchObject({ ok: false, failure: { code } });
  });

  it('a revoked device: says revoked, keeps it across a restart of the host, and sends nothing more', async () => {
    await join_();
    shop.override('/v1/sync/push', 401, '{"problem":{"code":"device_revoked","field":null,"reason":"revoked"}}');
    expect(await service.push([mutation()])).toMatchObject({ ok: false, failure: { code: 'revoked', status: 401 } });
    const before = shop.requests.length;
    expect(await service.pull(0, 10)).toMatchObject({ ok: false, failure: { code: 'revoked' } });
    const restarted = createSyncService({ dir });
    try {
      expect(await restarted.push([mutation()])).toMatchObject({ ok: false, failure: { code: 'revoked' } });
      expect(restarted.status()).toMatchObject({ joined: true });
    } finally {
      restarted.close();
    }
    expect(shop.requests.length).toBe(before);
    // Leaving and joining again with a new code is the way back.
    service.leave();
    expect(await join_()).toMatchObject({ ok: true });
    expect(await service.pull(0, 10)).toMatchObject({ ok: true });
  });

  it('refuses plain http to another machine and an https server with a code that carries no fingerprint, sending nothing', async () => {
    const before = shop.requests.length;
    expect(await service.join({ serverUrl: 'http://192.168.1.20:8730', code: GOOD_CODE, deviceName: 'PC' })).toMatchObject({ ok: false, failure: { code: 'insecure_address' } });
    expect(await service.join({ serverUrl: 'https://192.168.1.20:8730', code: GOOD_CODE, deviceName: 'PC' })).toMatchObject({ ok: false, failure: { code: 'code_needs_fingerprint' } });
    expect(shop.requests.length).toBe(before);
  });

  it('says offline when nothing answers, and not_joined before joining', async () => {
    expect(await service.pull(0, 10)).toMatchObject({ ok: false, failure: { code: 'not_joined' } });
    // Port 9 (discard) has no listener on loopback: the connection is refused.
    const answer = await service.join({ serverUrl: 'http://127.0.0.1:9', code: GOOD_CODE, deviceName: '前台电脑' });
    expect(answer).toMatchObject({ ok: false, failure: { code: 'offline', status: null } });
    expect(service.status()).toEqual({ joined: false });
    await join_();
    await shop.stop();
    try {
      expect(await service.push([mutation()])).toMatchObject({ ok: false, failure: { code: 'offline' } });
    } finally {
      await shop.start();
    }
  });

  it('leaves: forgets the token, stops the live link, and refuses to push', async () => {
    await join_();
    expect(service.leave()).toEqual({ joined: false });
    expect(fs.existsSync(join(dir, 'team.json'))).toBe(false);
    expect(await service.push([mutation()])).toMatchObject({ ok: false, failure: { code: 'not_joined' } });
  });

  it('pokes while someone listens: the version at connect and after each push, a dropped link, and again after the server is back', async () => {
    await join_();
    const pokes: SyncPoke[] = [];
    const stop = service.watch((p) => pokes.push(p));
    await until(() => pokes.length >= 1);
    const head = pokes[0]?.version ?? -1;
    const next = shop.bump();
    await until(() => pokes.some((p) => p.version === next));
    expect(next).toBeGreaterThan(head);

    await shop.stop();
    await until(() => pokes.some((p) => !p.connected));
    await shop.start();
    const count = pokes.length;
    await until(() => pokes.length > count && pokes[pokes.length - 1]?.connected === true);
    expect(pokes[pokes.length - 1]).toEqual({ version: next, connected: true });

    stop();
    await until(() => shop.openStreams() === 0);
  });
});
