import type pg from 'pg';
import { MAX_PULL_ROWS, type PullResponse } from '@shared/schemas/sync';
import { inTransaction } from '../db/pool';

/** The most rows one pull hands out (shared with the host contract). */
export const MAX_PULL_LIMIT = MAX_PULL_ROWS;

export class CursorAheadError extends Error {}

/**
 * The answer to a pull (a PullResponse) as JSON text: rows with version > cursor in version
 * order, at most `limit`, and the cursor to pass next. One snapshot (REPEATABLE READ) for the
 * rows and the team's head: when nothing more waits, the cursor jumps to the head (versions of
 * rows overwritten since are not waited for). A cursor beyond the head means the PC synced
 * with another server or database: it must start over from 0 rather than miss everything up
 * to its cursor. Each row's fields go out as PostgreSQL prints its jsonb: the server never
 * parses and re-serializes what it only hands on (most of a page's cost here).
 */
export function pullJson(db: pg.Pool, teamId: string, cursor: number, limit: number): Promise<string> {
  return inTransaction(
    db,
    async (client) => {
      const head = (await client.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [teamId])).rows[0]?.version ?? 0;
      if (cursor > head) throw new CursorAheadError(`cursor ${cursor} is beyond the team's version ${head}`);
      const { rows } = await client.query<{ tbl: string; id: string; version: number; fields: string; deleted_at: number | null }>(
        'SELECT tbl, id, version, fields::text AS fields, deleted_at FROM records WHERE team_id = $1 AND version > $2 ORDER BY version LIMIT $3',
        [teamId, cursor, limit + 1],
      );
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      const next = more ? (page[page.length - 1]?.version ?? cursor) : head;
      const items = page.map((r) => `{"table":${JSON.stringify(r.tbl)},"id":${JSON.stringify(r.id)},"version":${r.version},"fields":${r.fields},"deletedAt":${r.deleted_at ?? 'null'}}`);
      return `{"rows":[${items.join(',')}],"cursor":${next},"more":${more},"head":${head}}`;
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** The same pull as an object (the server's own tests read pages this way). */
export async function pull(db: pg.Pool, teamId: string, cursor: number, limit: number): Promise<PullResponse> {
  return JSON.parse(await pullJson(db, teamId, cursor, limit)) as PullResponse;
}
