import { parseInvokeOutput } from '@shared/host/validate';
import { err, type Result } from '@shared/lib/result';
import { messageOf } from '@shared/lib/problem';

/**
 * The browser host's way to the ingest endpoint: same-origin calls to the serve-web routes
 * (scripts/web-ingest.mjs) that run the same module as Electron main. Answers are checked
 * against the contract like the preload checks IPC answers.
 */
const BASE = '/__host/ingest/';
export const INGEST_POLL_MS = 1_000;

type Channel = 'ingest:info' | 'ingest:pull' | 'ingest:regenerate-token';
const ROUTES: Record<Channel, { method: 'GET' | 'POST'; path: string }> = {
  'ingest:info': { method: 'GET', path: 'info' },
  'ingest:pull': { method: 'POST', path: 'pull' },
  'ingest:regenerate-token': { method: 'POST', path: 'regenerate-token' },
};

async function call(win: Window, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<unknown>> {
  try {
    const res = await win.fetch(BASE + path, method === 'GET' ? { cache: 'no-store' } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    const data: unknown = await res.json().catch(() => null);
    if (!res.ok) return err(`${path}: ${(data as { error?: string } | null)?.error ?? res.status}`);
    return { ok: true, value: data };
  } catch (e) {
    return err(`${path}: the ingest endpoint is not reachable (${messageOf(e)})`);
  }
}

export async function ingestInvoke(win: Window, channel: Channel, input: unknown): Promise<Result<unknown>> {
  const route = ROUTES[channel];
  const answer = await call(win, route.method, route.path, input);
  if (!answer.ok) return err(`${channel}: ${answer.error}`);
  const parsed = parseInvokeOutput(channel, answer.value);
  return parsed.ok ? parsed : err(`${channel}: bad answer: ${parsed.error}`);
}

export function ingestAck(win: Window, payload: { journalId: string; upToSeq: number }): void {
  void call(win, 'POST', 'ack', payload);
}

/** Polls for journaled events while someone listens; calls `available` while any wait. */
export function pollIngest(win: Window, available: () => void): () => void {
  let busy = false;
  const id = win.setInterval(() => {
    if (busy) return;
    busy = true;
    void ingestInvoke(win, 'ingest:info', {}).then((r) => {
      busy = false;
      if (r.ok && (r.value as { pending: number }).pending > 0) available();
    });
  }, INGEST_POLL_MS);
  return () => win.clearInterval(id);
}
