import pg from 'pg';

/**
 * bigint columns (versions, epoch-ms times) come back as numbers: every value we store stays
 * far below 2^53, and strings would leak into the protocol.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export type Db = pg.Pool;
export type DbClient = pg.PoolClient;

export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ max: 10, ...config, types });
  // An idle client losing its connection (PostgreSQL restarting) must not crash the server.
  pool.on('error', () => {});
  return pool;
}

export function poolFromUrl(url: string): pg.Pool {
  return createPool({ connectionString: url });
}

/** Creates `name` unless it exists (a local cluster's first start, a test file's own database). */
export async function ensureDatabase(admin: pg.ClientConfig, name: string): Promise<void> {
  const client = new pg.Client({ ...admin, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Runs `work` in one transaction on one connection: COMMIT on success, ROLLBACK on a throw. */
export async function inTransaction<T>(db: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await db.connect();
  let broken = false;
  try {
    await client.query(begin);
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    // A connection that cannot even roll back is dropped, not handed to the next request.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw e;
  } finally {
    client.release(broken);
  }
}
