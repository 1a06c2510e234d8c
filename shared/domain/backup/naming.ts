import { BACKUP_NAME } from '../../schemas/backup';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYYMMDD-HHmmss` in UTC: an identifier, never shown (the list shows Shanghai time). */
const stamp = (at: number): string => {
  const d = new Date(at);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
};

const stampTime = (s: string): number | null => {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, sec);
  // Rejects 20261341-… and the like: Date.UTC would roll them over silently.
  return stamp(at) === s ? at : null;
};

/**
 * The file name of a full backup taken at `at` with no log position: exported files. UTC, not
 * Asia/Shanghai: the name must sort and parse the same on every PC whatever its clock zone.
 * Second precision: two backups in the same second share a name and the later one replaces
 * the earlier (both are the same store).
 */
export function backupName(at: number): string {
  return `xiaoer-backup-${stamp(at)}.json`;
}

/** A kept full backup holding the `changes` log up to `toSeq`. */
export const fullBackupName = (at: number, toSeq: number): string => `xiaoer-backup-${stamp(at)}-full-${toSeq}.json`;

/** An incremental on the full backup taken at `baseAt`: what changed after fromSeq, up to toSeq. */
export const incrementalBackupName = (at: number, baseAt: number, fromSeq: number, toSeq: number): string =>
  `xiaoer-backup-${stamp(at)}-inc-${stamp(baseAt)}-${fromSeq}-${toSeq}.json`;

/** What a backup's name says about it. `toSeq` null: a full backup of unknown log position. */
export type BackupInfo =
  | { name: string; createdAt: number; kind: 'full'; toSeq: number | null }
  | { name: string; createdAt: number; kind: 'incremental'; baseAt: number; fromSeq: number; toSeq: number };

export function parseBackupName(name: string): BackupInfo | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const createdAt = stampTime(`${m.slice(1, 4).join('')}-${m.slice(4, 7).join('')}`);
  if (createdAt === null) return null;
  if (m[8] !== undefined) {
    const baseAt = stampTime(m[8]);
    const [fromSeq, toSeq] = [Number(m[9]), Number(m[10])];
    // A base after its incremental or a range running backwards is not a name we ever write.
    if (baseAt === null || baseAt > createdAt || fromSeq > toSeq) return null;
    return { name, createdAt, kind: 'incremental', baseAt, fromSeq, toSeq };
  }
  return { name, createdAt, kind: 'full', toSeq: m[7] === undefined ? null : Number(m[7]) };
}

/** When a backup of this name was taken (epoch ms), or null for any other name. */
export function backupTime(name: string): number | null {
  return parseBackupName(name)?.createdAt ?? null;
}
