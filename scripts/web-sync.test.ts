import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../electron/main/ingest/testClient';
import { pageCookie } from '../server/test/rawHttp';
import { GOOD_CODE, TOKEN, startFakeShopServer, type FakeShopServer } from '../electron/main/sync/fakeShopServer';

// Plain .mjs modules: imported through variables so TypeScript does not look for declarations.
const WEB_SYNC = './web-sync.mjs';
const SERVE_WEB = './serve-web.mjs';

let dir: string;
let server: Server;
let port: number;
/** This launch's host secret, as the served page receives it. */
let cookie: string;
let shop: FakeShopServer;
let close: () => void;

beforeAll(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-web-sync-'));
  shop = await startFakeShopServer();
  const { startWebSync } = (await import(WEB_SYNC)) as { startWebSync: (o: object) => Promise<{ handle: unknown; close(): void }> };
  const { serveWeb } = (await import(SERVE_WEB)) as { serveWeb: (o: object) => Promise<Server> };
  const sync = await startWebSync({ dataDir: dir });
  close = sync.close;
  fs.writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  server = await serveWeb({ root: dir, port: 0, api: sync.handle });
  port = (server.address() as { port: number }).port;
  cookie = await pageCookie(port);
}, 60_000);
afterAll(async () => {
  close();
  server.close();
  await shop.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PC_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const PC_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const headers = (profile: string) => ({ Host: `127.0.0.1:${port}`, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json', 'X-Xiaoer-Profile': profile });
const call = (profile: string, path: string, body?: unknown) =>
  request(port, { method: body === undefined ? 'GET' : 'POST', path: `/__host/sync/${path}`, headers: headers(profile), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('the browser host routes /__host/sync/* (the same sync module as Electron main)', () => {
  it('keep one enrolment per page profile: two profiles are two PCs, and the token never reaches the page', async () => {
    const joined = await call(PC_A, 'join', { serverUrl: shop.url(), code: GOOD_CODE, deviceName: '前台电脑' });
    expect(joined).toMatchObject({ status: 200, body: { ok: true, value: { teamId: 't_fake', deviceId: 'd_fake' } } });
    expect(JSON.stringify(joined.body)).not.toContain(TOKEN);
    expect((await call(PC_A, 'status')).body).toMatchObject({ joined: true });
    expect((await call(PC_B, 'status')).body).toEqual({ joined: false });
    expect(fs.existsSync(join(dir, 'sync', PC_A, 'team.json'))).toBe(true);

    const pushed = await call(PC_A, 'push', { mutations: [{ mutationId: 'm1', deviceId: 'd_fake', agentId: 'a1', table: 'remarks', id: 'r1', op: 'put', fields: {}, baseVersion: 0, at: 1 }] });
    expect(pushed).toMatchObject({ status: 200, body: { ok: true, value: { results: [{ result: { status: 'applied' } }] } } });
    expect((await call(PC_B, 'pull', { cursor: 0, limit: 10 })).body).toMatchObject({ ok: false, failure: { code: 'not_joined' } });
  });

  it('check every call against the host contract and name what is wrong', async () => {
    const bad = await call(PC_A, 'pull', { cursor: -1, limit: 10 });
    expect(bad).toMatchObject({ status: 400, body: { error: expect.stringContaining('cursor') } });
    const address = await call(PC_B, 'join', { serverUrl: 'ftp://shop', code: GOOD_CODE, deviceName: 'x' });
    expect(address).toMatchObject({ status: 400, body: { error: expect.stringContaining('serverUrl') } });
  });

  it.each([
    ['another site\'s page', { Origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a page with no profile', { 'X-Xiaoer-Profile': '' }],
  ])('refuse %s', async (_name, extra) => {
    const answer = await request(port, { method: 'GET', path: '/__host/sync/status', headers: { ...headers(PC_A), ...extra } });
    expect([400, 403]).toContain(answer.status);
  });

  it('stream the live poke to the page as server-sent events while it listens', async () => {
    const lines: string[] = [];
    const req = http.get({ host: '127.0.0.1', port, path: `/__host/sync/events?profile=${PC_A}`, headers: { Host: `127.0.0.1:${port}`, Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } });
    const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
    expect(res.headers['content-type']).toContain('text/event-stream');
    res.setEncoding('utf8');
    res.on('data', (c: string) => lines.push(...c.split('\n').filter((l) => l.startsWith('data:'))));
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
      expect(check()).toBe(true);
    };
    await until(() => lines.length >= 1);
    const v = shop.bump();
    await until(() => lines.some((l) => l === `data: ${JSON.stringify({ version: v, connected: true })}`));
    req.destroy();
    await until(() => shop.openStreams() === 0);
  });
});
