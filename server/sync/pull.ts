import type pg from 'pg';
import type { PullResponse, SyncRow } from '@shared/schemas/sync';
import { inTransaction } from '../db/pool';

export const MAX_PULL_LIMIT = 1000;

export class CursorAheadError extends Error {}

/**
 * Rows with version > cursor in version order, at most `limit`, and the cursor to pass next.
 * One snapshot (REPEATABLE READ) for the rows and the team's head: when nothing more waits,
 * the cursor jumps to the head (versions of rows overwritten since are not waited for).
 * A cursor beyond the head means the PC synced with another server or database: it must
 * start over from 0 rather than miss everything up to its cursor.
 */
export function pull(db: pg.Pool, teamId: string, cursor: number, limit: number): Promise<PullResponse> {
  return inTransaction(
    db,
    async (client) => {
      const head = (await client.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [teamId])).rows[0]?.version ?? 0;
      if (cursor > head) throw new CursorAheadError(`cursor ${cursor} is beyond the team's version ${head}`);
      const { rows } = await client.query<{ tbl: string; id: string; version: number; fields: Record<string, unknown>; deleted_at: number | null }>(
        'SELECT tbl, id, version, fields, deleted_at FROM records WHERE team_id = $1 AND version > $2 ORDER BY version LIMIT $3',
        [teamId, cursor, limit + 1],
      );
      const more = rows.length > limit;
      const page: SyncRow[] = rows.slice(0, limit).map((r) => ({ table: r.tbl, id: r.id, version: r.version, fields: r.fields, deletedAt: r.deleted_at }));
      return { rows: page, cursor: more ? (page[page.length - 1]?.version ?? cursor) : head, more, head };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}
