import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import * as tls from 'node:tls';
import type { FetchLike } from './http';

/**
 * The PC's only way to reach the shop server: `fetch` over Node's http/https with the server's
 * certificate pinned by its SHA-256 fingerprint (docs/team.md "Transport"). The server's
 * certificate is self-made, so no certificate authority vouches for it and no host name is
 * checked (the server's LAN address may change); what is trusted is the fingerprint the
 * enrolment code carried. The check runs on the TLS socket before it is handed to the HTTP
 * request, so not one byte (no token, no code) goes to a server that fails it.
 *
 * Plain http:// is only allowed to this machine (loopback: tests and development).
 */

/** The error a connection to a server with another certificate fails with. */
export class CertificateMismatch extends Error {
  readonly code = 'CERT_PIN_MISMATCH';
  constructor(readonly seen: string) {
    super('the shop server presented a certificate other than the one this PC joined with');
  }
}

/** An address the PC must not send secrets to in clear text. */
export class InsecureAddress extends Error {
  readonly code = 'INSECURE_ADDRESS';
  constructor(host: string) {
    super(`plain http is only allowed to this PC, not to ${host}; the shop server speaks https`);
  }
}

export const isLoopback = (hostname: string): boolean => {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
};

/** `accept(fingerprint256)` says whether the server's certificate is the pinned one. */
export type PinCheck = (fingerprint256: string) => boolean;

/** A keep-alive https agent whose every new socket passes `accept` before any request uses it. */
function pinnedAgent(accept: PinCheck): https.Agent {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 8 });
  // Node's agent waits for this callback when createConnection returns nothing.
  (agent as unknown as { createConnection: (o: tls.ConnectionOptions, cb: (err: Error | null, s?: Socket) => void) => undefined }).createConnection = (options, cb) => {
    const servername = options.servername && !isIP(options.servername) ? options.servername : undefined;
    const socket = tls.connect({ ...options, ...(servername ? { servername } : { servername: '' }), rejectUnauthorized: false });
    const fail = (e: Error): void => {
      socket.destroy();
      cb(e);
    };
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      socket.off('error', fail);
      const seen = socket.getPeerCertificate().fingerprint256 ?? '';
      if (!seen || !accept(seen)) return fail(new CertificateMismatch(seen));
      cb(null, socket);
    });
    return undefined;
  };
  return agent;
}

export interface PinnedFetch {
  fetch: FetchLike;
  /** Ends the kept-alive connections (leave, quit). */
  close(): void;
}

/** A FetchLike whose https requests only reach a server that passes `accept`. */
export function createPinnedFetch(accept: PinCheck): PinnedFetch {
  const agent = pinnedAgent(accept);
  const send = (url: string, init: RequestInit, retried: boolean): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const u = new URL(url);
      const secure = u.protocol === 'https:';
      if (!secure && !isLoopback(u.hostname)) return reject(new InsecureAddress(u.hostname));
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const options = { method: init.method ?? 'GET', headers, ...(init.signal ? { signal: init.signal } : {}) };
      const req = secure ? https.request(u, { ...options, agent }) : http.request(u, options);
      req.on('response', (res) => {
        const status = res.statusCode ?? 502;
        const header = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) header.set(k, Array.isArray(v) ? v.join(', ') : v);
        const empty = status === 204 || status === 304;
        if (empty) res.resume();
        resolve(new Response(empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), { status, headers: header }));
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        // A kept-alive connection the server (or the network) closed meanwhile: the request never
        // reached the server, so one fresh try is safe (Node's documented pattern).
        if (req.reusedSocket && !retried && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) return resolve(send(url, init, true));
        reject(e);
      });
      req.end(typeof init.body === 'string' ? init.body : undefined);
    });
  const fetchImpl: FetchLike = (url, init) => send(url, init, false);
  return { fetch: fetchImpl, close: () => agent.destroy() };
}
