// Serves the built renderer (browser host) on loopback with the same strict CSP the Electron
// window uses. Used by `npm start` where Electron's binary is unavailable and by the e2e run.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startWebIngest } from './web-ingest.mjs';
import { startWebOutbox } from './web-outbox.mjs';
import { startWebSync } from './web-sync.mjs';
import { createHostSecret } from './host-secret.mjs';
import { startWebShopHost } from './web-shop-host.mjs';
import { startWebWatch } from './web-watch.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The file under `base` a URL path names, or a status when it names none: 400 for a path that
 * does not decode (`/%`, `/%c0`) or holds NUL, 403 for one that leaves `base` — checked with the
 * separator, so `/..%2fdist-sibling/x` cannot read a sibling folder whose name starts like ours.
 */
export function resolveStatic(base, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const file = path.resolve(base, `.${path.sep}${decoded}`);
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 403 };
  return { file };
}

const plain = (res, status) => {
  if (res.headersSent) { res.destroy(); return; }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' }).end(String(status));
};

/**
 * `api(req, res, port)` answers the host routes (ingest and sync bridges) and returns false for
 * files. The server never dies on a request: every error is caught and answered (400/500), and
 * every /__host/* route needs this launch's secret cookie, which only the served page receives.
 */
export function serveWeb({ root, port = 5199, host = '127.0.0.1', api = null, secret = createHostSecret() }) {
  const base = path.resolve(root);
  const serveFile = async (req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      plain(res, 400);
      return;
    }
    const resolved = resolveStatic(base, url.pathname);
    if (!resolved.file) { plain(res, resolved.status); return; }
    let file = resolved.file;
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat || stat.isDirectory()) file = path.join(base, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const stream = fs.createReadStream(file);
    stream.once('open', () => {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        // The page (and only the page) learns this launch's secret for the /__host/* routes.
        ...(type.startsWith('text/html') ? { 'Set-Cookie': secret.setCookie } : {}),
      });
      stream.pipe(res);
    });
    stream.once('error', () => plain(res, 404));
  };
  const handle = async (req, res) => {
    if ((req.url ?? '').startsWith('/__host/')) {
      if (!secret.carries(req)) { plain(res, 403); return; }
      if (api && (await api(req, res, server.address().port))) return;
      plain(res, 404);
      return;
    }
    await serveFile(req, res);
  };
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error(`[serve-web] ${req.method} ${String(req.url).slice(0, 200)}: ${e?.message ?? e}`);
      plain(res, 500);
    });
  });
  server.on('clientError', (_e, socket) => { if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'); else socket.destroy(); });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** The browser host's own routes, run by the same modules as Electron main: ingest, outbox, team sync, host mode, the watched export folder. */
export async function startHostRoutes() {
  // The bridge's outbox routes ride on the ingest port (same token and guards); made once the bundle is loaded.
  let outbox = null;
  const ingest = await startWebIngest({ routes: async (req, res, path) => (outbox ? outbox.service.handle(req, res, path) : false) });
  outbox = startWebOutbox(ingest);
  const sync = await startWebSync();
  const shopHost = await startWebShopHost();
  // Host mode's server is a child process: stop it (and its PostgreSQL) with us.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void shopHost.close().finally(() => process.exit(0)));
  const watch = await startWebWatch();
  return { ingest, outbox, sync, shopHost, watch, api: async (req, res, port) => (await ingest.handle(req, res, port)) || (await outbox.handle(req, res, port)) || (await watch.handle(req, res, port)) || (await sync.handle(req, res, port)) || shopHost.handle(req, res, port) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'renderer/dist';
  const port = Number(process.env.PORT ?? 5199);
  const { ingest, api } = await startHostRoutes();
  await serveWeb({ root, port, api });
  console.log(`serving ${root} on http://127.0.0.1:${port}/; ERP events: ${ingest.service.info().url}`);
}
