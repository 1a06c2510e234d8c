/**
 * The restore rule: restore merges record by record and never destroys newer work. A backup
 * record replaces the stored one only when it is strictly newer (`updatedAt`); a tombstone is a
 * record like any other, so a deletion made after the backup stays deleted and a deletion in
 * the backup does not undo a later edit. Records missing from the store come back.
 */
export type MergeDecision = 'add' | 'replace' | 'keepNewer' | 'skip';

export function mergeDecision(stored: { updatedAt: number } | undefined, incoming: { updatedAt: number }): MergeDecision {
  if (!stored) return 'add';
  if (incoming.updatedAt > stored.updatedAt) return 'replace';
  if (incoming.updatedAt < stored.updatedAt) return 'keepNewer';
  // Same version: the store already holds it (or a concurrent twin made at the same ms; the
  // stored one wins, as a tie must not overwrite work).
  return 'skip';
}

export interface MergeCounts {
  added: number;
  replaced: number;
  keptNewer: number;
  skipped: number;
}

export const emptyCounts = (): MergeCounts => ({ added: 0, replaced: 0, keptNewer: 0, skipped: 0 });

const FIELD: Record<MergeDecision, keyof MergeCounts> = { add: 'added', replace: 'replaced', keepNewer: 'keptNewer', skip: 'skipped' };

export function countDecision(counts: MergeCounts, d: MergeDecision): void {
  counts[FIELD[d]] += 1;
}

export function addCounts(a: MergeCounts, b: MergeCounts): MergeCounts {
  return { added: a.added + b.added, replaced: a.replaced + b.replaced, keptNewer: a.keptNewer + b.keptNewer, skipped: a.skipped + b.skipped };
}
