import * as http from 'node:http';
import * as net from 'node:net';

/**
 * The abuse suites' client (scripts/abuse.test.ts for the ingest endpoint and the browser host,
 * server/abuse.test.ts for the shop server): one request as an attacker writes it — any path,
 * any header, any bytes — and the tally CI prints.
 */
export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent instead of a well-formed request (a broken request line, garbage). */
  bytes?: Buffer;
}

/**
 * Sends `r` over a fresh socket and resolves with the answer's status, or 0 when the server
 * dropped the connection without one (also a refusal). Never rejects: a refused connection
 * (server down) is -1, which the suite counts as a crash.
 */
export function rawRequest(port: number, r: RawRequest, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let connected = false;
    let settled = false;
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(status);
    };
    socket.setTimeout(timeoutMs, () => done(0));
    socket.on('connect', () => {
      connected = true;
      if (r.bytes) { socket.write(r.bytes); return; }
      const body = r.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body, 'utf8');
      const headers = { Host: `127.0.0.1:${port}`, Connection: 'close', ...(body.length || r.method === 'POST' ? { 'Content-Length': String(body.length) } : {}), ...r.headers };
      const head = `${r.method ?? 'GET'} ${r.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
      socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    });
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (m && text.includes('\r\n\r\n')) done(Number(m[1]));
    });
    socket.on('error', () => done(connected ? 0 : -1));
    socket.on('close', () => done(connected ? 0 : -1));
  });
}

/** What an abuse run did: tried / refused / written / still up. */
export class AbuseTally {
  tried = 0;
  refused = 0;
  unreachable = 0;
  /** Bad requests that were answered 1xx–3xx, by name, so a failing run says which. */
  readonly accepted: string[] = [];

  constructor(readonly target: string) {}

  count(name: string, status: number): void {
    this.tried += 1;
    if (status === -1) this.unreachable += 1;
    else if (status === 0 || status >= 400) this.refused += 1;
    else this.accepted.push(`${name} → ${status}`);
  }

  line(written: number, up: boolean): string {
    return `[abuse] ${this.target}: tried ${this.tried} / refused ${this.refused} / written ${written} / still up ${up ? 'yes' : 'NO'}${this.unreachable ? ` / ${this.unreachable} unreachable` : ''}`;
  }
}

/** The browser host's secret cookie as its page receives it (`name=value`), for tests of /__host/*. */
export function pageCookie(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      const line = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('xiaoer_host='));
      if (line) resolve(line.split(';')[0] as string);
      else reject(new Error('the page came without the host cookie'));
    }).on('error', reject);
  });
}
