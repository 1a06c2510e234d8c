import { isBackupDue, type BackupReason } from '@shared/domain/backup';

export interface AutoBackupDeps {
  /** createdAt of the kept backups, newest first. */
  listTimes(): Promise<number[]>;
  lastChangeAt(): Promise<number | null>;
  take(agentId: string): Promise<unknown>;
  now(): number;
}

/**
 * One automatic backup step: asks the due rule and takes the backup when it says so. Resolves
 * to whether a backup was taken; any failure (listing, reading the store, writing) rejects so
 * the caller can show it — an automatic backup never fails silently.
 */
export async function backupIfDue(reason: BackupReason, agentId: string, deps: AutoBackupDeps): Promise<boolean> {
  const [times, changedAt] = await Promise.all([deps.listTimes(), deps.lastChangeAt()]);
  if (!isBackupDue({ reason, now: deps.now(), lastBackupAt: times[0] ?? null, lastChangeAt: changedAt })) return false;
  await deps.take(agentId);
  return true;
}
