import { HOUR } from '../../lib/time';

/**
 * Hourly while an agent is signed in: at most an hour of work is ever at risk, and a backup of
 * a shop store takes well under a second, so an hour costs nothing noticeable.
 */
export const BACKUP_INTERVAL_MS = HOUR;

export type BackupReason = 'interval' | 'signout' | 'manual';

export interface DueFacts {
  reason: BackupReason;
  now: number;
  /** createdAt of the newest kept backup, null when there is none. */
  lastBackupAt: number | null;
  /** Time of the newest entry in the `changes` log, null for an empty store. */
  lastChangeAt: number | null;
}

/**
 * Whether to take a backup now. Manual always. Otherwise only when something changed since the
 * last backup (an idle PC does not fill the disk with copies of the same store), and for the
 * timer only once the interval has passed. Sign-out (and handover) backs up whatever changed,
 * so the next shift starts from a saved store.
 */
export function isBackupDue(f: DueFacts): boolean {
  if (f.reason === 'manual') return true;
  if (f.lastChangeAt === null) return false;
  if (f.lastBackupAt === null) return true;
  // A backup dated in the future (clock moved back) must not block backups for days.
  if (f.lastBackupAt > f.now) return true;
  if (f.lastChangeAt <= f.lastBackupAt) return false;
  return f.reason === 'signout' || f.now - f.lastBackupAt >= BACKUP_INTERVAL_MS;
}
