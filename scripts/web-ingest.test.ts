import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../electron/main/ingest/testClient';
import { pageCookie } from '../server/test/rawHttp';

// Plain .mjs modules: imported through variables so TypeScript does not look for declarations.
const WEB_INGEST = './web-ingest.mjs';
const SERVE_WEB = './serve-web.mjs';

let dir: string;
let server: Server;
let port: number;
/** This launch's host secret, as the served page receives it. */
let cookie: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-web-ingest-'));
  const { startWebIngest } = (await import(WEB_INGEST)) as { startWebIngest: (o: object) => Promise<{ service: { stop(): Promise<void> }; handle: unknown }> };
  const { serveWeb } = (await import(SERVE_WEB)) as { serveWeb: (o: object) => Promise<Server> };
  const ingest = await startWebIngest({ dataDir: dir, env: { XIAOER_INGEST_PORT: '0' } });
  stop = () => ingest.service.stop();
  fs.writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  server = await serveWeb({ root: dir, port: 0, api: ingest.handle });
  port = (server.address() as { port: number }).port;
  cookie = await pageCookie(port);
}, 60_000);
afterAll(async () => {
  server.close();
  await stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const host = () => ({ Host: `127.0.0.1:${port}`, Cookie: cookie });

describe('the browser host routes /__host/ingest/*', () => {
  it('give the page of this origin the endpoint, its token and the journal', async () => {
    const info = await request(port, { method: 'GET', path: '/__host/ingest/info', headers: { ...host(), 'Sec-Fetch-Site': 'same-origin' } });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ running: true, token: expect.stringMatching(/^[0-9a-f]{64}$/), pending: 0 });
    const pulled = await request(port, { path: '/__host/ingest/pull', headers: { ...host(), Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' }, body: '{"afterSeq":0,"journalId":null}' });
    expect(pulled).toMatchObject({ status: 200, body: { events: [] } });
  });

  it.each([
    ['another site\'s page', { Origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a rebinding host name', { Host: 'evil.example:80' }],
  ])('refuse %s (403), so no web page can read the token', async (_name, headers) => {
    const answer = await request(port, { method: 'GET', path: '/__host/ingest/info', headers: { ...host(), ...headers } });
    expect(answer.status).toBe(403);
    expect(answer.body.token).toBeUndefined();
  });

  it('refuse a POST that is not JSON (a form cannot regenerate the token) and bad numbers by name', async () => {
    expect((await request(port, { path: '/__host/ingest/regenerate-token', headers: { ...host(), 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(403);
    const bad = await request(port, { path: '/__host/ingest/ack', headers: { ...host(), 'Content-Type': 'application/json' }, body: '{"journalId":"x","upToSeq":-1}' });
    expect(bad).toMatchObject({ status: 400, body: { error: expect.stringContaining('upToSeq') } });
  });
});
