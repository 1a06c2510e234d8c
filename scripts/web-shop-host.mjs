// The browser host's host mode: runs the SAME module as Electron main (electron/main/shopHost,
// bundled by build-main-module.mjs), which runs the shop server bundle (build-server.mjs, what
// `npm run server` runs) as a child process with its own PostgreSQL. Same-origin routes under
// /__host/shop-host/*; the server stops when serve-web stops.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMainModule } from './build-main-module.mjs';
import { buildServer } from './build-server.mjs';
import { json, readJson, sameOrigin } from './web-ingest.mjs';

const PREFIX = '/__host/shop-host/';

const CALLS = {
  'GET status': { channel: 'shopHost:status', run: (h) => h.status() },
  'POST start': { channel: 'shopHost:start', run: (h, input) => h.start(input.teamName) },
  'POST stop': { channel: 'shopHost:stop', run: (h) => h.stop() },
  'POST new-code': { channel: 'shopHost:new-code', run: (h) => h.newCode() },
};

export async function startWebShopHost({ dataDir = process.env.XIAOER_DATA_DIR ?? path.join(os.homedir(), '.xiaoer-desk', 'browser-host'), port = Number(process.env.XIAOER_SHOP_HOST_PORT ?? 8730) } = {}) {
  const mod = await import(pathToFileURL(await buildMainModule('shop-host', 'electron/main/shopHost/index.ts')).href);
  // The server bundle is built on first use, so serve-web starts as fast as before.
  let host = null;
  const hostReady = async () => (host ??= mod.createShopHost({ bundle: await buildServer(), dataDir: path.join(dataDir, 'shop-server'), execPath: process.execPath, env: process.env, spawn, interfaces: os.networkInterfaces, port }));

  /** Handles /__host/shop-host/* for the web server on `webPort`; false for any other path. */
  const handle = async (req, res, webPort) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) return false;
    if (!sameOrigin(req, webPort)) { json(res, 403, { error: 'same-origin requests only' }); return true; }
    const call = CALLS[`${req.method} ${url.pathname.slice(PREFIX.length)}`];
    if (!call) { json(res, 404, { error: 'not found' }); return true; }
    const body = req.method === 'POST' ? await readJson(req, 4096) : {};
    if (body === null || typeof body !== 'object') { json(res, 400, { error: 'body must be JSON' }); return true; }
    const input = mod.parseInvokeInput(call.channel, body);
    if (!input.ok) { json(res, 400, { error: input.error }); return true; }
    json(res, 200, await call.run(await hostReady(), input.value));
    return true;
  };
  return { handle, close: async () => host?.stop() };
}
