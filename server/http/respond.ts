import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** An answer already serialized (a pull page built from PostgreSQL's own JSON text). */
export function sendJsonText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** The one shape of a refused request: { problem: { code, field?, reason } }. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    reason: string,
    readonly field: string | null = null,
  ) {
    super(reason);
  }
}

export function sendProblem(res: ServerResponse, e: HttpError): void {
  sendJson(res, e.status, { problem: { code: e.code, field: e.field, reason: e.message } });
}
