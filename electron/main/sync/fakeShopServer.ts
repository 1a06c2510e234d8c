import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { normaliseCode } from '@shared/domain/team/enrolCode';

/**
 * A stand-in shop server for the sync module's tests: real HTTP on loopback, the routes and
 * answer shapes of server/http/app.ts, no database. Tests can take it down and bring it back
 * on the same port, or make a route answer something else. Given a certificate, it speaks
 * https (the pinning tests run two with different certificates).
 */
export interface FakeShopServer {
  url(): string;
  port(): number;
  /** Every request seen, in order. */
  requests: { method: string; path: string; auth: string | undefined; body: unknown }[];
  /** A new team version, sent to every open event stream. */
  bump(): number;
  /** Answers the next request to `path` with this status and raw body. */
  override(path: string, status: number, body: string): void;
  openStreams(): number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const GOOD_CODE = 'ABCD-EFGH-JKMN';
export const TOKEN = 'tok_0123456789abcdefghijklmnop';

export async function startFakeShopServer(options: { tls?: { cert: string; key: string } } = {}): Promise<FakeShopServer> {
  let version = 0;
  let port = 0;
  const streams = new Set<http.ServerResponse>();
  const sockets = new Set<Socket>();
  const overrides = new Map<string, { status: number; body: string }>();
  const requests: FakeShopServer['requests'] = [];

  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const problem = (res: http.ServerResponse, status: number, code: string) => send(res, status, { problem: { code, field: null, reason: code } });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    let text = '';
    for await (const c of req as AsyncIterable<Buffer>) text += c.toString('utf8');
    const body: unknown = text ? JSON.parse(text) : null;
    requests.push({ method: req.method ?? '', path: url.pathname + url.search, auth: req.headers.authorization, body });
    const over = overrides.get(url.pathname);
    if (over) {
      overrides.delete(url.pathname);
      res.writeHead(over.status, { 'content-type': 'application/json' });
      res.end(over.body);
      return;
    }
    if (url.pathname === '/v1/enroll') {
      if (normaliseCode((body as { code?: string }).code ?? '') !== normaliseCode(GOOD_CODE)) return problem(res, 403, 'bad_code');
      return send(res, 201, { deviceId: 'd_fake', token: TOKEN, team: { id: 't_fake', name: '小二旗舰店' } });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return problem(res, 401, 'unauthorized');
    if (url.pathname === '/v1/sync/push') {
      const mutations = (body as { mutations: { mutationId: string; table: string; id: string; fields: Record<string, unknown> }[] }).mutations;
      const results = mutations.map((m) => {
        version += 1;
        return {
          result: { mutationId: m.mutationId, status: 'applied', version, superseded: [], copyId: null, flags: [] },
          row: { table: m.table, id: m.id, version, fields: m.fields, deletedAt: null },
        };
      });
      return send(res, 200, { version, results });
    }
    if (url.pathname === '/v1/sync/pull') return send(res, 200, { rows: [], cursor: version, more: false });
    if (url.pathname === '/v1/sync/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('retry: 2000\n\n');
      res.write(`data: ${JSON.stringify({ version })}\n\n`);
      streams.add(res);
      res.on('close', () => streams.delete(res));
      return;
    }
    problem(res, 404, 'not_found');
  };

  let server: http.Server;
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => void handle(req, res);
      server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest) : http.createServer(onRequest);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  await start();

  return {
    url: () => `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port: () => port,
    requests,
    bump() {
      version += 1;
      for (const s of streams) s.write(`data: ${JSON.stringify({ version })}\n\n`);
      return version;
    },
    override(path, status, body) {
      overrides.set(path, { status, body });
    },
    openStreams: () => streams.size,
    stop: () =>
      new Promise((resolve) => {
        for (const s of streams) s.destroy();
        streams.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    start,
  };
}
