import { createHash } from 'node:crypto';
import type pg from 'pg';
import { inTransaction } from './pool';

export interface Migration {
  name: string;
  sql: string;
}

/** server/migrations/NNN_name.sql, embedded by the bundler so the built server is one file. */
const FILES = import.meta.glob('../migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export const MIGRATIONS: readonly Migration[] = Object.entries(FILES)
  .map(([file, sql]) => ({ name: (/([^/]+)\.sql$/.exec(file)?.[1] ?? file), sql }))
  .sort((a, b) => a.name.localeCompare(b.name));

const checksum = (sql: string): string => createHash('sha256').update(sql).digest('hex');

/**
 * Applies the migrations not applied yet, in order, in ONE transaction: a failing migration
 * leaves the database as it was. An advisory lock keeps two starting servers from racing, and
 * a migration edited after it was applied stops the start (write a new one instead).
 */
export async function migrate(db: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  checkNames(migrations);
  return inTransaction(db, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('xiaoer-desk:migrations'))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const sum = checksum(m.sql);
      const was = done.get(m.name);
      if (was !== undefined) {
        if (was !== sum) throw new Error(`migration ${m.name} changed after it was applied; add a new migration instead`);
        continue;
      }
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [m.name, sum]);
      applied.push(m.name);
    }
    return applied;
  });
}

/**
 * NNN_name, numbered upwards without repeats. A gap is allowed: numbers are handed out to
 * pieces of work ahead of time (docs/team.md), and one may land after a later one.
 */
export function checkNames(migrations: readonly Migration[]): void {
  let last = 0;
  for (const m of migrations) {
    const match = /^(\d{3})_[a-z0-9_]+$/.exec(m.name);
    const n = Number(match?.[1] ?? NaN);
    if (!match || !(n > last)) throw new Error(`migration "${m.name}" should be numbered NNN_name, above ${String(last).padStart(3, '0')} and not repeated`);
    last = n;
  }
}
