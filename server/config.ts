import * as path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** An existing PostgreSQL; without it the server runs a local cluster in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
}

export const DEFAULT_PORT = 8730;

/** The server's settings from its environment (README "Shop server"). */
export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const port = env.XIAOER_SERVER_PORT ? Number(env.XIAOER_SERVER_PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`XIAOER_SERVER_PORT must be a port number, not "${env.XIAOER_SERVER_PORT}"`);
  return {
    host: env.XIAOER_SERVER_HOST || '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(cwd, env.XIAOER_SERVER_DATA || './.xiaoer-server/pg'),
  };
}
