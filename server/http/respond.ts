import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
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
