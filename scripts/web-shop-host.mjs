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
import { hostRoutes } from './web-host-routes.mjs';

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
  const handle = hostRoutes({ prefix: PREFIX, calls: CALLS, mod, target: hostReady, maxBody: 4096 });
  return { handle, close: async () => host?.stop() };
}
