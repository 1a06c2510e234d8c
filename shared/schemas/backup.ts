import { z } from 'zod';
import { EpochMs, Id } from './common';

/**
 * A backup of the local store. Written as JSON lines (the header object on the first line, then
 * one line per table marker and per row — see the renderer's backupReader), so a restore reads
 * it a piece at a time; older backups are one JSON object `{…header, "tables": {…}}` and still
 * restore. The header is checked before any row so a foreign file or one from a newer Xiaoer
 * Desk is refused with a plain reason; rows are then checked one by one against the same entity
 * schemas the repositories use.
 */
export const BACKUP_FORMAT = 'xiaoer-backup';

/**
 * The only names a host reads or writes (times in UTC, `seq` = the `changes` log position):
 * - `xiaoer-backup-YYYYMMDD-HHmmss.json` — a full backup (an exported file, or one kept before
 *   incremental backups existed: its log position is unknown);
 * - `xiaoer-backup-YYYYMMDD-HHmmss-full-<seq>.json` — a full backup holding the log up to seq;
 * - `xiaoer-backup-YYYYMMDD-HHmmss-inc-<base YYYYMMDD-HHmmss>-<fromSeq>-<toSeq>.json` — an
 *   incremental on the full backup taken at base, holding what changed after fromSeq.
 * The kind and the chain are in the name so a host can rotate without opening a file.
 */
export const BACKUP_NAME = /^xiaoer-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-full-(\d{1,15})|-inc-(\d{8}-\d{6})-(\d{1,15})-(\d{1,15}))?\.json$/;
export const BackupName = z.string().max(96).regex(BACKUP_NAME, 'not a backup file name (xiaoer-backup-YYYYMMDD-HHmmss….json)');

/** One piece of a backup written in parts: small enough for one IPC message, never one giant string. */
export const BACKUP_CHUNK_MAX_CHARS = 8 * 1024 * 1024;

/** One piece of a backup read in parts (bytes of UTF-8, so at most as many characters). */
export const BACKUP_READ_CHUNK_BYTES = 2 * 1024 * 1024;

/**
 * The largest backup file a restore reads. A restore streams (its memory does not grow with the
 * file), so this is a bound on time, not memory: checking then merging 500 MB takes minutes.
 * A bigger file is refused by its size before anything is read.
 */
export const BACKUP_RESTORE_MAX_BYTES = 500 * 1024 * 1024;

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().positive(),
  createdAt: EpochMs,
  createdBy: Id,
  appVersion: z.string().max(40),
  /** Absent in files made before incremental backups: those are full. */
  kind: z.enum(['full', 'incremental']).optional(),
  /** Incremental: the name of the full backup it builds on, and the log range it holds. */
  base: BackupName.optional(),
  fromSeq: z.number().int().nonnegative().optional(),
  toSeq: z.number().int().nonnegative().optional(),
  /** 'lines': the rows follow the header line one per line; absent in one-object files. */
  layout: z.literal('lines').optional(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Rows stay `unknown` here: each table's rows are checked by its own entity schema. */
export const BackupSnapshot = BackupHeader.extend({
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupSnapshot = z.infer<typeof BackupSnapshot>;

/** A Blob inside a backup: its bytes as base64 and its type. */
export const BackupBlob = z.object({
  mime: z.string().max(100),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
}).strict();
export type BackupBlob = z.infer<typeof BackupBlob>;

/** One kept backup as the hosts list it. */
export const BackupEntry = z.object({ name: BackupName, createdAt: EpochMs, sizeBytes: z.number().int().nonnegative() });
export type BackupEntry = z.infer<typeof BackupEntry>;
