import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import pg from 'pg';
import { migrate } from './db/migrate';
import { createPool } from './db/pool';
import { createApp, type AppDeps } from './http/app';
import type { Logger } from './log';
import { VersionFeed } from './sync/feed';
import { pruneMutations } from './sync/prune';

/** How often old mutation answers are pruned; the first time a while after start, not amid a restart's catch-up pushes. */
const PRUNE_EVERY_MS = 3_600_000;
const FIRST_PRUNE_MS = 600_000;

export interface ServerOptions {
  /** Where the database is (node-postgres settings: a URL or socket folder + user + database). */
  database: pg.ClientConfig;
  host: string;
  port: number;
  log: Logger;
  now?: () => number;
  /** HTTPS with this certificate (server/tls); null: plain HTTP, for loopback tests only. */
  tls?: { cert: string; key: string } | null;
  canManageDevices?: AppDeps['canManageDevices'];
}

export interface RunningServer {
  url: string;
  port: number;
  db: pg.Pool;
  close(): Promise<void>;
}

/** Migrates the database, then serves the API until `close`. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const db = createPool(opts.database);
  const applied = await migrate(db);
  if (applied.length) opts.log.info('migrated', { applied });
  const feed = new VersionFeed(() => new pg.Client(opts.database), db, opts.log);
  await feed.start();
  // Codes made through the API carry the fingerprint of the certificate this server answers with.
  const certFingerprint = opts.tls ? new X509Certificate(opts.tls.cert).fingerprint256 : null;
  const app = createApp({ db, feed, log: opts.log, certFingerprint, ...(opts.now ? { now: opts.now } : {}), ...(opts.canManageDevices ? { canManageDevices: opts.canManageDevices } : {}) });
  const server = opts.tls ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' }, app.handle) : http.createServer(app.handle);
  // Slow or stuck clients must not hold connections for ever; event streams set no timeout.
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `${opts.tls ? 'https' : 'http'}://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  opts.log.info('listening', { url });
  const prune = (): void => {
    pruneMutations(db).then(
      (deleted) => deleted && opts.log.info('pruned mutation answers', { deleted }),
      (e: unknown) => opts.log.warn('pruning mutation answers failed', { error: e instanceof Error ? e.message : String(e) }),
    );
  };
  let pruning: ReturnType<typeof setInterval> | null = null;
  const firstPrune = setTimeout(() => {
    prune();
    pruning = setInterval(prune, PRUNE_EVERY_MS);
    pruning.unref();
  }, FIRST_PRUNE_MS);
  firstPrune.unref();
  return {
    url,
    port,
    db,
    async close() {
      clearTimeout(firstPrune);
      if (pruning) clearInterval(pruning);
      app.closeStreams();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await feed.close();
      await db.end();
    },
  };
}
