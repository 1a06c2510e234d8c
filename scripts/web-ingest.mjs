// The browser host's half of the ingest endpoint: runs the SAME module as Electron main
// (electron/main/ingest, bundled by build-ingest.mjs) and lets the page pull, ack and read it
// same-origin under /__host/ingest/*, while ERPs post to the ingest port with the token.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIngest } from './build-ingest.mjs';

const PREFIX = '/__host/ingest/';
const MAX_BODY = 4096;

export const json = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
};

/**
 * Only the page we serve may use these routes: the Host must be ours (DNS rebinding), and a
 * browser's Origin / Sec-Fetch-Site must say same-origin (another site's page, CSRF). POSTs must
 * be JSON, which a cross-site form cannot send without a preflight we never answer.
 */
export function sameOrigin(req, port) {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false;
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${host}`) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return req.method !== 'POST' || /^application\/json/i.test(req.headers['content-type'] ?? '');
}

/** The request's JSON body, or null (not JSON, or over `max` characters: the request is cut off). */
export function readJson(req, max = MAX_BODY) {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { text += c; if (text.length > max) { req.destroy(); resolve(null); } });
    req.on('end', () => { try { resolve(JSON.parse(text || '{}')); } catch { resolve(null); } });
    req.on('error', () => resolve(null));
  });
}

const isSeq = (n) => Number.isInteger(n) && n >= 0;
const isJournalId = (s) => typeof s === 'string' && s.length > 0 && s.length <= 64;

/** `routes`: more routes on the ingest port (the outbox, web-outbox.mjs), after its guards. */
export async function startWebIngest({ dataDir = process.env.XIAOER_DATA_DIR ?? path.join(os.homedir(), '.xiaoer-desk', 'browser-host'), env = process.env, routes = undefined } = {}) {
  const mod = await import(pathToFileURL(await buildIngest()).href);
  const service = mod.createIngestService({ dir: path.join(dataDir, 'ingest'), port: mod.ingestPortFrom(env), warn: (m) => console.warn(`[ingest] ${m}`), routes });
  await service.start();

  /** Handles /__host/ingest/* for the web server on `port`; false for any other path. */
  const handle = async (req, res, port) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) return false;
    if (!sameOrigin(req, port)) { json(res, 403, { error: 'same-origin requests only' }); return true; }
    const route = `${req.method} ${url.pathname.slice(PREFIX.length)}`;
    if (route === 'GET info') { json(res, 200, service.info()); return true; }
    if (req.method !== 'POST') { json(res, 404, { error: 'not found' }); return true; }
    const body = await readJson(req);
    if (body === null || typeof body !== 'object') { json(res, 400, { error: 'body must be JSON' }); return true; }
    switch (route) {
      case 'POST pull':
        if (!isSeq(body.afterSeq) || !(body.journalId === null || isJournalId(body.journalId))) json(res, 400, { error: 'afterSeq: a whole number ≥ 0; journalId: text or null' });
        else json(res, 200, service.pull(body.afterSeq, body.journalId));
        return true;
      case 'POST ack':
        if (!isSeq(body.upToSeq) || !isJournalId(body.journalId)) json(res, 400, { error: 'upToSeq: a whole number ≥ 0; journalId: text' });
        else { service.ack(body.journalId, body.upToSeq); json(res, 200, { acked: true }); }
        return true;
      case 'POST regenerate-token':
        json(res, 200, service.regenerateToken());
        return true;
      default:
        json(res, 404, { error: 'not found' });
        return true;
    }
  };
  return { service, handle, mod, dataDir };
}
