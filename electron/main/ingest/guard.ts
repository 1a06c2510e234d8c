import type { IncomingHttpHeaders } from 'node:http';

/** Why a request is refused before its body is read, or null when it may go on. */
export interface Refusal { status: number; error: string }

/**
 * Only programs on this PC may post, and never a web page: a browser always sends Origin on a
 * cross-site POST (and Sec-Fetch-* headers), and a DNS-rebinding page reaches us under its own
 * host name — so any Origin or Sec-Fetch-Site header, or a Host other than our loopback
 * address and port, is refused before the token is even looked at.
 */
export function judgeHeaders(headers: IncomingHttpHeaders, port: number): Refusal | null {
  if (headers.origin !== undefined) return { status: 403, error: 'requests from web pages (Origin header) are refused' };
  if (headers['sec-fetch-site'] !== undefined) return { status: 403, error: 'requests from web pages (Sec-Fetch-Site header) are refused' };
  const host = headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return { status: 403, error: `Host must be 127.0.0.1:${port} or localhost:${port}` };
  return null;
}

/** JSON bodies only: a form or text/plain post is what a cross-site page could send. */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json(\s*;\s*charset=utf-8)?$/i.test((value ?? '').trim());
}
