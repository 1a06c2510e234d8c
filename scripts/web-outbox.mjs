// The browser host's half of the outbox: the SAME module as Electron main
// (electron/main/ingest/outboxService.ts, in the bundle web-ingest.mjs loads). The bridge pulls and
// acks on the ingest port (GET /v1/outbox, POST /v1/outbox/ack); the page offers items, reads
// results and settles them same-origin under /__host/outbox/*.
import path from 'node:path';
import { hostRoutes } from './web-host-routes.mjs';

/** 100 items of up to 5000 characters, JSON-escaped. */
const MAX_OFFER = 2 * 1024 * 1024;

const CALLS = {
  'GET info': { channel: 'outbox:info', run: (s) => s.info() },
  'POST offer': { channel: 'outbox:offer', run: (s, input) => s.offer(input.items) },
  'POST results': { channel: 'outbox:results', run: (s, input) => s.results(input.afterSeq, input.journalId) },
  'POST settle': { channel: 'outbox:settle', send: true, run: (s, input) => (s.settle(input.journalId, input.upToSeq), { settled: true }) },
};

/** `ingest`: what startWebIngest returned (its bundle, data dir and service, whose token the bridge presents). */
export function startWebOutbox(ingest) {
  const service = ingest.mod.createOutboxService({
    dir: path.join(ingest.dataDir, 'ingest', 'outbox'),
    token: () => ingest.service.info().token,
    warn: (m) => console.warn(`[outbox] ${m}`),
  });

  /** Handles /__host/outbox/* for the web server on `port`; false for any other path. */
  const handle = hostRoutes({ prefix: '/__host/outbox/', calls: CALLS, mod: ingest.mod, target: () => service, maxBody: MAX_OFFER });
  return { service, handle };
}
