import type { InvokeOutput } from '@shared/host/contract';
import type { InvokeHandlers } from '@shared/host/dispatch';
import type { Result } from '@shared/lib/result';
import { routeJson } from './routeJson';

/**
 * The browser host's way to the ingest endpoint: same-origin calls to the serve-web routes
 * (scripts/web-ingest.mjs) that run the same module as Electron main. Answers are checked
 * against the contract by the shared dispatch, like every other host answer.
 */
const BASE = '/__host/ingest/';
export const INGEST_POLL_MS = 1_000;

type IngestChannel = 'ingest:info' | 'ingest:pull' | 'ingest:regenerate-token';

/** The route's JSON answer; throws with the route's own error text (or why it was not reachable). */
function call(win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = method === 'GET' ? { cache: 'no-store' } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) };
  return routeJson(win, BASE + path, init, path, 'the ingest endpoint');
}

/** The ingest:* rows of the browser host's handler table. */
export function ingestHandlers(win: Window): Pick<InvokeHandlers, IngestChannel> {
  // The routes answer the contract's shapes; the dispatch parses them before the page sees them.
  return {
    'ingest:info': async () => (await call(win, 'GET', 'info')) as InvokeOutput<'ingest:info'>,
    'ingest:pull': async (input) => (await call(win, 'POST', 'pull', input)) as InvokeOutput<'ingest:pull'>,
    'ingest:regenerate-token': async () => (await call(win, 'POST', 'regenerate-token')) as InvokeOutput<'ingest:regenerate-token'>,
  };
}

export function ingestAck(win: Window, payload: { journalId: string; upToSeq: number }): void {
  void call(win, 'POST', 'ack', payload).catch(() => undefined);
}

/** Polls for journaled events while someone listens; calls `available` while any wait. */
export function pollIngest(win: Window, info: () => Promise<Result<{ pending: number }>>, available: () => void): () => void {
  let busy = false;
  const id = win.setInterval(() => {
    if (busy) return;
    busy = true;
    void info().then((r) => {
      busy = false;
      if (r.ok && r.value.pending > 0) available();
    });
  }, INGEST_POLL_MS);
  return () => win.clearInterval(id);
}
