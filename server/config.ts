import * as path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** An existing PostgreSQL; without it the server runs a local cluster in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Where the server's certificate and key are kept (made on first start). */
  tlsDir: string;
  /** Plain HTTP instead of HTTPS: tests and development on this machine only. */
  plainHttp: boolean;
}

export const DEFAULT_PORT = 8730;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopbackHost = (host: string): boolean => LOOPBACK.has(host.replace(/^\[|\]$/g, '')) || /^127\./.test(host);

/** The server's settings from its environment (docs/team.md "Running it"). */
export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const port = env.XIAOER_SERVER_PORT ? Number(env.XIAOER_SERVER_PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`XIAOER_SERVER_PORT must be a port number, not "${env.XIAOER_SERVER_PORT}"`);
  const host = env.XIAOER_SERVER_HOST || '127.0.0.1';
  const dataDir = path.resolve(cwd, env.XIAOER_SERVER_DATA || './.xiaoer-server/pg');
  const plainHttp = env.XIAOER_SERVER_PLAIN_HTTP === '1';
  // Tokens must never cross the shop's LAN in clear text.
  if (plainHttp && !isLoopbackHost(host)) throw new Error(`XIAOER_SERVER_PLAIN_HTTP=1 is only for a server listening on this machine (127.0.0.1), not on "${host}"`);
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    tlsDir: env.XIAOER_SERVER_TLS_DIR ? path.resolve(cwd, env.XIAOER_SERVER_TLS_DIR) : path.join(path.dirname(dataDir), 'tls'),
    plainHttp,
  };
}
