import type { z } from 'zod';
import { AuditEntry, Change, PhotoMeta, Setting } from '@shared/schemas/entities';
import { BackupBlob } from '@shared/schemas/backup';
import { SCHEMAS } from '../repositories/tracked';
import { SCHEMA_V1 } from '../schema';

/**
 * Every table of the store goes into a backup, `changes` included: it is the sync log. A PC
 * restored after a reinstall must still be able to tell the later team sync what it wrote, and
 * incremental backups read it; its `seq` is only a local counter, so on restore log rows merge
 * by what they say (table, id, op, at, agent), never by seq.
 */
export const BACKUP_TABLES = Object.keys(SCHEMA_V1);

/**
 * Tables that describe this PC's link to a shop server, never its records (shadows of the
 * server's versions, the pull cursor, the device id): a backup restored elsewhere must not
 * claim to know what the server has.
 */
export const LOCAL_ONLY_TABLES = ['shadows', 'syncState', 'outbox'];

/** A photo as it travels in a backup: its metadata with the image and thumbnail as base64. */
export const PhotoInBackup = PhotoMeta.extend({ blob: BackupBlob, thumb: BackupBlob });
export type PhotoInBackup = z.infer<typeof PhotoInBackup>;

/** The schema each table's backup rows must pass: the same entity schemas the repositories use. */
export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  ...SCHEMAS,
  photos: PhotoInBackup,
  settings: Setting,
  audit: AuditEntry,
  changes: Change,
};

/** The primary key of a row as the table stores it. */
export function keyOf(table: string, row: Record<string, unknown>): string {
  return table === 'settings' ? String(row['key']) : String(row['id']);
}

/** What a change-log row says, which is what identifies it across PCs (seq is local). */
export const changeKey = (c: { table: string; id: string; op: string; at: number; agent: string }): string =>
  [c.table, c.id, c.op, c.at, c.agent].join('\u0000');
