import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../db/migrate';
import { createPool, ensureDatabase } from '../db/pool';

export interface TestDatabase {
  config: pg.ClientConfig;
  /** The same as a DATABASE_URL, for a child process. */
  url: string;
  pool: pg.Pool;
}

/** A new, empty database in the run's cluster (migrated unless asked not to). */
export async function testDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const admin = inject('pg');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(admin, name);
  const config = { ...admin, database: name };
  const pool = createPool(config);
  if (migrated) await migrate(pool);
  const url = `postgresql://${admin.user}@/${name}?host=${encodeURIComponent(admin.host)}&port=${admin.port}`;
  return { config, url, pool };
}
