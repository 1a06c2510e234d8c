import { backupName } from '@shared/domain/backup';
import { BACKUP_FORMAT, type BackupHeader } from '@shared/schemas/backup';
import { getDb } from '../store';
import { CURRENT_VERSION } from '../schema';
import { BACKUP_TABLES } from './tables';
import { blobToBackup } from './blobs';

export interface Snapshot {
  name: string;
  createdAt: number;
  /** The backup file's text (JSON). */
  content: string;
}

type PhotoStored = Record<string, unknown> & { blob: Blob; thumb: Blob };

/**
 * A full backup of the store as JSON text. All tables are read in one read-only transaction so
 * the copy is consistent (no half of a write that was in flight), and each table is turned into
 * text as soon as it is read, so only one table's row objects are alive at a time. Photo bytes
 * are encoded after the transaction: awaiting a Blob read inside it would end it early.
 */
export async function createSnapshot(who: { agentId: string; now: number; appVersion: string }): Promise<Snapshot> {
  const db = getDb();
  const parts = new Map<string, string>();
  let photos: PhotoStored[] = [];
  await db.transaction('r', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const table of BACKUP_TABLES) {
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[];
      if (table === 'photos') photos = rows as PhotoStored[];
      else parts.set(table, JSON.stringify(rows));
    }
  });
  const encoded = [];
  for (const p of photos) encoded.push({ ...p, blob: await blobToBackup(p.blob), thumb: await blobToBackup(p.thumb) });
  parts.set('photos', JSON.stringify(encoded));

  const header: BackupHeader = { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, createdAt: who.now, createdBy: who.agentId, appVersion: who.appVersion };
  const body = BACKUP_TABLES.map((t) => `${JSON.stringify(t)}:${parts.get(t) ?? '[]'}`).join(',\n');
  const content = `${JSON.stringify(header).slice(0, -1)},"tables":{\n${body}\n}}\n`;
  return { name: backupName(who.now), createdAt: who.now, content };
}

/** Time of the newest change-log entry: "did anything change since the last backup?" */
export async function lastChangeAt(): Promise<number | null> {
  const last = await getDb().changes.orderBy('at').last();
  return last?.at ?? null;
}
