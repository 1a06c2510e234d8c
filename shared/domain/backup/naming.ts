import { BACKUP_NAME } from '../../schemas/backup';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The file name of a backup taken at `at`. UTC, not Asia/Shanghai: the name is an identifier
 * that must sort and parse the same on every PC whatever its clock zone, and the agent never
 * reads it — the list shows `createdAt` in Shanghai time. Second precision: two backups in the
 * same second share a name and the later one replaces the earlier (both are the same store).
 */
export function backupName(at: number): string {
  const d = new Date(at);
  return `xiaoer-backup-${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.json`;
}

/** When a backup of this name was taken (epoch ms), or null for any other name. */
export function backupTime(name: string): number | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  // Rejects 20261341-… and the like: Date.UTC would roll them over silently.
  return backupName(at) === name ? at : null;
}
