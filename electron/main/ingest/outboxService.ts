import type * as http from 'node:http';
import { checkAcks } from '@shared/domain/outbox';
import { messageOf } from '@shared/lib/problem';
import { type OutboxItem, type OfferedItem, type OutboxHostInfo, type OutboxResult } from '@shared/schemas/outbox';
import { readBody } from './body';
import { isJsonContentType } from './guard';
import { openOutboxJournal } from './outboxJournal';
import { bearerOf, tokenMatches } from './token';

export interface OutboxServiceOptions {
  /** Where outbox.jsonl lives (userData/ingest/outbox under Electron). */
  dir: string;
  /** The ingest endpoint's token: the bridge presents the same one. */
  token: () => string;
  now?: () => number;
  warn?: (message: string) => void;
  /** An item offered but not acknowledged within this is offered again (the bridge died mid-send). */
  retryAfterMs?: number;
  /** How often expiries are looked for while nobody pulls. */
  expireEveryMs?: number;
}

export interface OutboxService {
  /** The page hands items over; they are journaled (fsynced) before this returns. */
  offer(items: OutboxItem[]): { journalId: string; accepted: string[]; duplicates: string[] };
  /** Outcomes after `afterSeq` (from the start when `journalId` is another journal's). */
  results(afterSeq: number, journalId: string | null): { journalId: string; results: OutboxResult[] };
  /** The page applied outcomes ≤ upToSeq: they and their items leave the journal. */
  settle(journalId: string, upToSeq: number): void;
  info(): OutboxHostInfo;
  /** GET /v1/outbox and POST /v1/outbox/ack on the ingest port; false for any other path. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<boolean>;
  /** Items past their expiry become `expired` results (run by a timer, and before each pull). */
  expire(): void;
  close(): void;
}

export const OUTBOX_PULL_LIMIT = 100;
export const RESULTS_LIMIT = 200;
export const MAX_WAIT_S = 30;
const ACK_MAX_BYTES = 256 * 1024;
const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

const reply = (res: http.ServerResponse, status: number, body: object, extra: Record<string, string> = {}): void => {
  res.writeHead(status, { ...HEADERS, ...extra });
  res.end(JSON.stringify(body));
};

/** A whole number in [min, max] from a query parameter, the fallback when absent, null when malformed. */
function intParam(value: string | null, fallback: number, min: number, max: number): number | null {
  if (value === null) return fallback;
  if (!/^\d{1,15}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/**
 * The outbound half of the loopback endpoint (docs/ingest.md "Outbox"): the bridge long-polls
 * GET /v1/outbox?after=<seq>&wait=<s> for items and POSTs /v1/outbox/ack per item. The ingest
 * server's guards (no Origin / Sec-Fetch-Site, our Host only) run before these routes; the same
 * bearer token is checked here. Plain Node, no Electron: both hosts run this module.
 */
export function createOutboxService(options: OutboxServiceOptions): OutboxService {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? (() => {});
  const retryAfterMs = options.retryAfterMs ?? 60_000;
  const journal = openOutboxJournal(options.dir, warn);
  /** When each open item was last handed to a bridge, and how often (memory only: a restart counts as "just offered"). */
  const offered = new Map<string, { at: number; attempt: number }>();
  const startedAt = now();
  let lastPullAt: number | null = null;
  const waiters = new Set<() => void>();
  const wake = (): void => { for (const w of [...waiters]) w(); };

  const expire = (): void => {
    const t = now();
    const due = journal.open().filter((p) => p.item.expiresAt <= t).map((p) => ({ id: p.item.id, outcome: 'expired' as const, reason: null }));
    if (!due.length) return;
    try {
      journal.resolve(due, t);
    } catch (e) {
      warn(`could not record expiries: ${messageOf(e)}`);
    }
  };
  const timer = setInterval(expire, options.expireEveryMs ?? 1_000);
  timer.unref?.();

  /** What a pull hands out now: new items after the cursor, and items whose last offer went unanswered too long. */
  const due = (after: number): OfferedItem[] => {
    expire();
    const t = now();
    const out: OfferedItem[] = [];
    for (const p of journal.open()) {
      if (out.length >= OUTBOX_PULL_LIMIT) break;
      const last = offered.get(p.item.id) ?? (p.seq <= after ? { at: startedAt, attempt: 1 } : undefined);
      if (p.seq <= after && last && t - last.at < retryAfterMs) continue;
      const attempt = (last?.attempt ?? 0) + 1;
      offered.set(p.item.id, { at: t, attempt });
      out.push({ seq: p.seq, attempt, item: p.item });
    }
    return out;
  };

  const authorised = (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const token = bearerOf(req.headers.authorization);
    if (token !== null && tokenMatches(options.token(), token)) return true;
    reply(res, 401, { error: token === null ? 'missing Authorization: Bearer <token>' : 'wrong token' }, { 'WWW-Authenticate': 'Bearer' });
    return false;
  };

  const pull = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const after = intParam(query.get('after'), 0, 0, Number.MAX_SAFE_INTEGER);
    const wait = intParam(query.get('wait'), 0, 0, MAX_WAIT_S);
    if (after === null || wait === null) return reply(res, 400, { error: `after: a whole number ≥ 0; wait: seconds 0–${MAX_WAIT_S}` });
    lastPullAt = now();
    let items = due(after);
    if (!items.length && wait > 0) {
      // Long poll: answer as soon as the page offers something (or the wait is over, or the bridge hangs up).
      await new Promise<void>((resolve) => {
        const done = (): void => { clearTimeout(t); waiters.delete(done); resolve(); };
        const t = setTimeout(done, wait * 1000);
        waiters.add(done);
        req.once('close', done);
      });
      if (res.destroyed) return;
      lastPullAt = now();
      items = due(after);
    }
    const next = items.reduce((m, o) => Math.max(m, o.seq), after);
    reply(res, 200, { items, next });
  };

  const ack = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (!isJsonContentType(req.headers['content-type'])) return reply(res, 400, { error: 'Content-Type must be application/json' });
    const body = await readBody(req, ACK_MAX_BYTES);
    if (!body.ok) return reply(res, body.status, { error: body.error }, { Connection: 'close' });
    let raw: unknown;
    try { raw = JSON.parse(body.text); } catch (e) { return reply(res, 400, { error: `body is not JSON: ${messageOf(e)}` }); }
    const checked = checkAcks(raw);
    if (!checked.ok) return reply(res, 400, { error: 'malformed ack: nothing was recorded', rejected: checked.problems });
    const rejected: { index: number; id: string; reason: string }[] = [];
    const duplicates: string[] = [];
    const lines: { id: string; outcome: 'delivered' | 'failed'; reason: string | null }[] = [];
    checked.acks.forEach((a, index) => {
      const p = journal.get(a.id);
      if (!p && !journal.known(a.id)) rejected.push({ index, id: a.id, reason: 'unknown item' });
      else if (!p || p.result || lines.some((l) => l.id === a.id)) duplicates.push(a.id);
      else lines.push({ id: a.id, outcome: a.status, reason: a.status === 'failed' ? a.reason ?? null : null });
    });
    let recorded: OutboxResult[];
    try {
      recorded = journal.resolve(lines, now());
    } catch (e) {
      return reply(res, 503, { error: `journal could not be written: ${messageOf(e)}`, acknowledged: [], duplicates: [], rejected: [] }, { 'Retry-After': '5' });
    }
    for (const r of recorded) offered.delete(r.id);
    const answer = { acknowledged: recorded.map((r) => r.id), duplicates, rejected };
    if (!rejected.length) return reply(res, 200, answer);
    if (recorded.length || duplicates.length) return reply(res, 207, { ...answer, error: `${rejected.length} of ${checked.acks.length} acks refused; the others were recorded` });
    return reply(res, 404, { ...answer, error: 'no such item: nothing was recorded' });
  };

  return {
    offer(items) {
      const r = journal.offer(items);
      if (r.accepted.length) wake();
      return { journalId: journal.id, ...r };
    },
    results(afterSeq, journalId) {
      expire();
      return { journalId: journal.id, results: journal.results(journalId === journal.id ? afterSeq : 0, RESULTS_LIMIT) };
    },
    settle(journalId, upToSeq) {
      if (journalId !== journal.id) return;
      try {
        journal.settle(upToSeq);
      } catch (e) {
        warn(`settle: ${messageOf(e)}`);
      }
    },
    info: () => ({ pending: journal.pendingCount(), lastPullAt, journalId: journal.id }),
    async handle(req, res, path) {
      if (path !== '/v1/outbox' && path !== '/v1/outbox/ack') return false;
      const method = path === '/v1/outbox' ? 'GET' : 'POST';
      if (req.method !== method) { reply(res, 405, { error: `${method} only` }, { Allow: method }); return true; }
      if (!authorised(req, res)) return true;
      if (method === 'GET') await pull(req, res);
      else await ack(req, res);
      return true;
    },
    expire,
    close() {
      clearInterval(timer);
      wake();
      journal.close();
    },
  };
}
