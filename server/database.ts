import type pg from 'pg';
import type { ServerConfig } from './config';
import { ensureDatabase } from './db/pool';
import type { Logger } from './log';
import { startLocalCluster } from './pg/cluster';

export const LOCAL_DATABASE = 'xiaoer';

export interface OpenedDatabase {
  config: pg.ClientConfig;
  /** Stops the local cluster if this process started it; nothing for DATABASE_URL. */
  release(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the local cluster in the data folder, started if needed. */
export async function openDatabase(config: ServerConfig, log: Logger): Promise<OpenedDatabase> {
  if (config.databaseUrl) return { config: { connectionString: config.databaseUrl }, release: async () => {} };
  const cluster = await startLocalCluster({ dataDir: config.dataDir });
  log.info(cluster.startedHere ? 'started local PostgreSQL' : 'joined running local PostgreSQL', { dataDir: config.dataDir, socket: cluster.connection.host });
  await ensureDatabase(cluster.connection, LOCAL_DATABASE);
  return {
    config: { ...cluster.connection, database: LOCAL_DATABASE },
    release: async () => {
      if (!cluster.startedHere) return;
      await cluster.stop('fast');
      log.info('stopped local PostgreSQL');
    },
  };
}
