import { BackupReader } from './backupReader';
import { ChunkWriter } from './chunks';

/** A whole backup file's content, as the one-object layout has it: header fields and the tables' rows. */
export interface BackupContent {
  header: Record<string, unknown>;
  tables: Record<string, unknown[]>;
}

/**
 * A backup file's text (either layout) as one object, in memory: for tests and tools that edit
 * a small backup; a restore never does this (it streams, see restoreJob). Throws
 * a ProblemError (notJson, backupTruncated) on a damaged file.
 */
export function readBackupText(text: string): BackupContent {
  const reader = new BackupReader();
  const out: BackupContent = { header: {}, tables: {} };
  for (const e of [...reader.feed(text), ...reader.finish()]) {
    if (e.kind === 'header') out.header = { ...e.header };
    else if (e.kind === 'table') out.tables[e.name] = [];
    else if (e.kind === 'row') out.tables[e.table]?.push(e.row);
  }
  delete out.header['layout'];
  return out;
}

/** The content as a lines-layout file, as the backup writer makes it. */
export function linesBackupText(content: BackupContent): string {
  const parts: string[] = [];
  const w = new ChunkWriter((t) => parts.push(t));
  w.header(content.header);
  for (const [table, rows] of Object.entries(content.tables)) {
    w.table(table);
    w.rows(rows);
  }
  w.end();
  return parts.join('');
}

/** The content as a one-object file, as every backup before the lines layout was written. */
export const objectBackupText = (content: BackupContent): string => JSON.stringify({ ...content.header, tables: content.tables });
