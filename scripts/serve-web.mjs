// Serves the built renderer (browser host) on loopback with the same strict CSP the Electron
// window uses. Used by `npm start` where Electron's binary is unavailable and by the e2e run.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startWebIngest } from './web-ingest.mjs';
import { startWebSync } from './web-sync.mjs';
import { startWebWatch } from './web-watch.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `api(req, res, port)` answers the host routes (ingest and sync bridges) and returns false for files. */
export function serveWeb({ root, port = 5199, host = '127.0.0.1', api = null }) {
  const base = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    if (api && (await api(req, res, server.address().port))) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(base, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** The browser host's own routes, run by the same modules as Electron main: ingest, team sync, the watched export folder. */
export async function startHostRoutes() {
  const ingest = await startWebIngest();
  const sync = await startWebSync();
  const watch = await startWebWatch();
  return { ingest, sync, watch, api: async (req, res, port) => (await ingest.handle(req, res, port)) || (await watch.handle(req, res, port)) || sync.handle(req, res, port) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'renderer/dist';
  const port = Number(process.env.PORT ?? 5199);
  const { ingest, api } = await startHostRoutes();
  await serveWeb({ root, port, api });
  console.log(`serving ${root} on http://127.0.0.1:${port}/; ERP events: ${ingest.service.info().url}`);
}
