import { DAY, MINUTE } from '../../lib/time';

/** At most one periodic revision per this window: enough to go back, few enough to keep. */
export const REVISION_WINDOW_MS = 10 * MINUTE;
/** Revisions older than this are dropped (the current text is never a revision). */
export const REVISION_KEEP_MS = 30 * DAY;

export type RevisionReason = 'periodic' | 'before-restore';

export interface RevisionLike {
  id: string;
  at: number;
  reason: RevisionReason;
}

/**
 * Whether saving the note now should also snapshot the text it had before this save.
 * A periodic snapshot is taken when the newest periodic one is at least a window old (or there
 * is none); snapshots before a restore are always taken and do not count against the window.
 */
export function shouldSnapshot(revisions: readonly RevisionLike[], now: number): boolean {
  let last = -Infinity;
  for (const r of revisions) if (r.reason === 'periodic' && r.at > last) last = r.at;
  return now - last >= REVISION_WINDOW_MS;
}

/**
 * The ids of revisions to delete at `now`: everything past the keep period, and periodic
 * revisions that crowd a window (several within 10 minutes, e.g. after an import or a clock
 * change) keeping the newest of each window. `before-restore` revisions are only aged out.
 */
export function revisionsToDrop(revisions: readonly RevisionLike[], now: number): string[] {
  const drop: string[] = [];
  const periodic: RevisionLike[] = [];
  for (const r of revisions) {
    if (now - r.at > REVISION_KEEP_MS) drop.push(r.id);
    else if (r.reason === 'periodic') periodic.push(r);
  }
  // Newest first; keep one, then skip any older one closer than a window to the last kept.
  periodic.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  let kept = Infinity;
  for (const r of periodic) {
    if (kept - r.at >= REVISION_WINDOW_MS) kept = r.at;
    else drop.push(r.id);
  }
  return drop;
}
