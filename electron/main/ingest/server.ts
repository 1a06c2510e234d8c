import * as http from 'node:http';
import { checkBatch } from '@shared/domain/ingest';
import { INGEST_MAX_BYTES, type IngestEvent, type IngestProblem, type IngestResponse } from '@shared/schemas/ingest';
import { readBody } from './body';
import { isJsonContentType, judgeHeaders } from './guard';
import type { AppendResult } from './ingestJournal';
import { bearerOf, tokenMatches } from './token';
import { messageOf } from '@shared/lib/problem';

export const LOOPBACK = '127.0.0.1';

export interface IngestServerDeps {
  /** Must be 127.0.0.1: the server refuses to listen anywhere else. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  token: () => string;
  /** Durably journals the events (throws when the disk refuses); returns what was new. */
  accept: (events: IngestEvent[]) => AppendResult;
  /** Every refused request or partly refused batch, for the 设置 screen. */
  onRefused: (status: number, error: string, problems: IngestProblem[]) => void;
  /** More routes on this port (the outbox, outboxService.ts), reached after the Host/Origin guards; true when answered. */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, path: string) => Promise<boolean>;
}

export interface IngestServer {
  listen(): Promise<number>;
  close(): Promise<void>;
  readonly port: number;
}

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * The loopback HTTP endpoint a shop's ERP or bridge posts events to (docs/ingest.md):
 * GET /v1/health, POST /v1/events with a bearer token. Valid events of a batch are journaled
 * and acknowledged even when others in the same batch are refused (207), so nothing good is lost.
 */
export function createIngestServer(deps: IngestServerDeps): IngestServer {
  if (deps.host !== LOOPBACK) throw new Error(`the ingest server listens on ${LOOPBACK} only, not ${deps.host}`);
  let port = deps.port;

  const reply = (res: http.ServerResponse, status: number, body: object, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { ...HEADERS, ...extra });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, error: string, problems: IngestProblem[] = [], extra: Record<string, string> = {}): void => {
    deps.onRefused(status, error, problems);
    reply(res, status, { accepted: [], duplicates: [], rejected: problems, error } satisfies IngestResponse, extra);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const refusal = judgeHeaders(req.headers, port);
    if (refusal) return refuse(res, refusal.status, refusal.error);
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/v1/health') return req.method === 'GET' ? reply(res, 200, { ok: true }) : reply(res, 405, { error: 'GET only' }, { Allow: 'GET' });
    if (deps.routes && (await deps.routes(req, res, path ?? '/'))) return;
    if (path !== '/v1/events') return reply(res, 404, { error: 'not found: POST /v1/events or GET /v1/health' });
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST only' }, { Allow: 'POST' });
    const token = bearerOf(req.headers.authorization);
    if (token === null || !tokenMatches(deps.token(), token)) {
      return refuse(res, 401, token === null ? 'missing Authorization: Bearer <token>' : 'wrong token', [], { 'WWW-Authenticate': 'Bearer' });
    }
    if (!isJsonContentType(req.headers['content-type'])) return refuse(res, 400, 'Content-Type must be application/json');
    const body = await readBody(req, INGEST_MAX_BYTES);
    if (!body.ok) {
      // Stop a sender that keeps streaming: answer, then drop the connection.
      refuse(res, body.status, body.error, [], { Connection: 'close' });
      req.resume();
      setTimeout(() => req.socket.destroy(), 1_000).unref();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch (e) {
      return refuse(res, 400, `body is not JSON: ${messageOf(e)}`);
    }
    const batch = checkBatch(parsed);
    if (batch.error) return refuse(res, 400, batch.error);
    let result: AppendResult = { accepted: [], duplicates: [] };
    if (batch.valid.length) {
      try {
        result = deps.accept(batch.valid.map((v) => v.event));
      } catch (e) {
        // Nothing was acknowledged: the sender keeps the batch and retries.
        return refuse(res, 503, `journal could not be written: ${messageOf(e)}`, [], { 'Retry-After': '5' });
      }
    }
    const answer: IngestResponse = { ...result, rejected: batch.problems };
    if (batch.problems.length === 0) return reply(res, 202, answer);
    const status = batch.valid.length ? 207 : 400;
    const error = status === 207 ? `${batch.problems.length} of ${batch.problems.length + batch.valid.length} events refused; the others were accepted` : 'no event of the batch was valid';
    deps.onRefused(status, error, batch.problems);
    return reply(res, status, { ...answer, error });
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) reply(res, 500, { error: messageOf(e) });
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    get port() { return port; },
    listen: () => new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(deps.port, LOOPBACK, () => {
        server.off('error', reject);
        port = (server.address() as { port: number }).port;
        resolve(port);
      });
    }),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
