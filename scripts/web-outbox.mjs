// The browser host's half of the outbox: the SAME module as Electron main
// (electron/main/ingest/outboxService.ts, in the bundle web-ingest.mjs loads). The bridge pulls and
// acks on the ingest port (GET /v1/outbox, POST /v1/outbox/ack); the page offers items, reads
// results and settles them same-origin under /__host/outbox/*.
import path from 'node:path';
import { json, readJson, sameOrigin } from './web-ingest.mjs';

const PREFIX = '/__host/outbox/';
/** 100 items of up to 5000 characters, JSON-escaped. */
const MAX_OFFER = 2 * 1024 * 1024;

const isSeq = (n) => Number.isInteger(n) && n >= 0;
const isJournalId = (s) => typeof s === 'string' && s.length > 0 && s.length <= 64;

/** `ingest`: what startWebIngest returned (its bundle, data dir and service, whose token the bridge presents). */
export function startWebOutbox(ingest) {
  const service = ingest.mod.createOutboxService({
    dir: path.join(ingest.dataDir, 'ingest', 'outbox'),
    token: () => ingest.service.info().token,
    warn: (m) => console.warn(`[outbox] ${m}`),
  });

  /** Handles /__host/outbox/* for the web server on `port`; false for any other path. */
  const handle = async (req, res, port) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREFIX)) return false;
    if (!sameOrigin(req, port)) { json(res, 403, { error: 'same-origin requests only' }); return true; }
    const route = `${req.method} ${url.pathname.slice(PREFIX.length)}`;
    if (route === 'GET info') { json(res, 200, service.info()); return true; }
    if (req.method !== 'POST') { json(res, 404, { error: 'not found' }); return true; }
    const body = await readJson(req, MAX_OFFER);
    if (body === null || typeof body !== 'object') { json(res, 400, { error: 'body must be JSON' }); return true; }
    switch (route) {
      case 'POST offer': {
        const items = ingest.mod.parseOffer(body);
        if (!items) json(res, 400, { error: 'items: 1–100 outbox items' });
        else json(res, 200, service.offer(items));
        return true;
      }
      case 'POST results':
        if (!isSeq(body.afterSeq) || !(body.journalId === null || isJournalId(body.journalId))) json(res, 400, { error: 'afterSeq: a whole number ≥ 0; journalId: text or null' });
        else json(res, 200, service.results(body.afterSeq, body.journalId));
        return true;
      case 'POST settle':
        if (!isSeq(body.upToSeq) || !isJournalId(body.journalId)) json(res, 400, { error: 'upToSeq: a whole number ≥ 0; journalId: text' });
        else { service.settle(body.journalId, body.upToSeq); json(res, 200, { settled: true }); }
        return true;
      default:
        json(res, 404, { error: 'not found' });
        return true;
    }
  };
  return { service, handle };
}
