// The browser host's half of the ingest endpoint: runs the SAME module as Electron main
// (electron/main/ingest, bundled by build-ingest.mjs) and lets the page pull, ack and read it
// same-origin under /__host/ingest/*, while ERPs post to the ingest port with the token.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIngest } from './build-ingest.mjs';
import { hostRoutes } from './web-host-routes.mjs';

// Kept here too: the other page-route modules and tests import them from this file.
export { json, readJson, sameOrigin } from './web-host-routes.mjs';

const CALLS = {
  'GET info': { channel: 'ingest:info', run: (s) => s.info() },
  'POST pull': { channel: 'ingest:pull', run: (s, input) => s.pull(input.afterSeq, input.journalId) },
  'POST ack': { channel: 'ingest:ack', send: true, run: (s, input) => (s.ack(input.journalId, input.upToSeq), { acked: true }) },
  'POST regenerate-token': { channel: 'ingest:regenerate-token', run: (s) => s.regenerateToken() },
};

/** `routes`: more routes on the ingest port (the outbox, web-outbox.mjs), after its guards. */
export async function startWebIngest({ dataDir = process.env.XIAOER_DATA_DIR ?? path.join(os.homedir(), '.xiaoer-desk', 'browser-host'), env = process.env, routes = undefined } = {}) {
  const mod = await import(pathToFileURL(await buildIngest()).href);
  const service = mod.createIngestService({ dir: path.join(dataDir, 'ingest'), port: mod.ingestPortFrom(env), warn: (m) => console.warn(`[ingest] ${m}`), routes });
  await service.start();

  /** Handles /__host/ingest/* for the web server on `port`; false for any other path. */
  const handle = hostRoutes({ prefix: '/__host/ingest/', calls: CALLS, mod, target: () => service });
  return { service, handle, mod, dataDir };
}
