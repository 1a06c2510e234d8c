import type pg from 'pg';
import type { MutationResult } from '@shared/schemas/sync';

/**
 * Mutation ids are kept so a repeated push is answered with its first answer and changes
 * nothing. Kept for ever they grow with every edit a shop ever made; pruned naively, a PC
 * resending a push whose answer it lost would have it applied twice. A PC's ids end in a number
 * that only grows on that PC (`<store device>.<log seq>`), so the server prunes old answers and
 * remembers, per device and prefix, the highest number it pruned: an id at or below that mark
 * is an old repeat. It is answered "applied, changed nothing" (its first answer is gone) and,
 * like every answer, carries the record as the server holds it now.
 */
export interface SeqId {
  prefix: string;
  seq: number;
}

/** The trailing number of an id (≤ 15 digits) and what precedes its value; null when none. */
export function seqOf(mutationId: string): SeqId | null {
  const digits = /(\d{1,15})$/.exec(mutationId)?.[1];
  if (!digits) return null;
  const seq = Number(digits);
  return { prefix: mutationId.slice(0, mutationId.length - String(seq).length), seq };
}

/** The answer to an old repeat whose first answer was pruned. */
export const prunedAnswer = (mutationId: string): MutationResult => ({ mutationId, status: 'applied', version: null, superseded: [], copyId: null, flags: [] });

/** Of `ids` (one device's, not found among its kept answers), those at or below their prefix's mark. */
export async function prunedRepeats(client: pg.PoolClient, deviceId: string, ids: readonly string[]): Promise<Set<string>> {
  const parsed = ids.map((id) => ({ id, s: seqOf(id) })).filter((x): x is { id: string; s: SeqId } => x.s !== null);
  if (parsed.length === 0) return new Set();
  const { rows } = await client.query<{ prefix: string; pruned_through: string }>('SELECT prefix, pruned_through FROM mutation_marks WHERE device_id = $1 AND prefix = ANY($2::text[])', [
    deviceId,
    [...new Set(parsed.map((x) => x.s.prefix))],
  ]);
  const marks = new Map(rows.map((r) => [r.prefix, Number(r.pruned_through)]));
  return new Set(parsed.filter((x) => x.s.seq <= (marks.get(x.s.prefix) ?? -1)).map((x) => x.id));
}

export interface PrunePolicy {
  /** The newest answers kept per device and prefix, whatever their age (more than a PC ever has in flight). */
  keepPerDevice: number;
  /** Answers younger than this are kept, whatever their number. */
  keepMs: number;
}
export const PRUNE_POLICY: PrunePolicy = { keepPerDevice: 2_000, keepMs: 7 * 86_400_000 };

/**
 * Deletes old answers (beyond the newest `keepPerDevice` of a device and prefix, and older than
 * `keepMs`) and raises the marks to the highest number deleted, in one transaction. Returns how
 * many answers were deleted.
 */
export async function pruneMutations(db: pg.Pool, policy: PrunePolicy = PRUNE_POLICY): Promise<number> {
  const { rows } = await db.query<{ deleted: number }>(
    `WITH ranked AS (
       SELECT device_id, mutation_id, prefix, seq, received_at,
              row_number() OVER (PARTITION BY device_id, prefix ORDER BY seq DESC) AS rank
         FROM mutations WHERE seq IS NOT NULL
     ), doomed AS (
       SELECT device_id, mutation_id, prefix, seq FROM ranked
        WHERE rank > $1 AND received_at < now() - make_interval(secs => $2::double precision / 1000)
     ), marked AS (
       INSERT INTO mutation_marks (device_id, prefix, pruned_through)
       SELECT device_id, prefix, max(seq) FROM doomed GROUP BY device_id, prefix
       ON CONFLICT (device_id, prefix) DO UPDATE SET pruned_through = GREATEST(mutation_marks.pruned_through, EXCLUDED.pruned_through)
     ), gone AS (
       DELETE FROM mutations m USING doomed d WHERE m.device_id = d.device_id AND m.mutation_id = d.mutation_id RETURNING 1
     )
     SELECT count(*)::int AS deleted FROM gone`,
    [policy.keepPerDevice, policy.keepMs],
  );
  return rows[0]?.deleted ?? 0;
}
