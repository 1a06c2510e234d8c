import type { IndexableType } from 'dexie';
import { backupName } from '@shared/domain/backup';
import { BACKUP_FORMAT, type BackupHeader } from '@shared/schemas/backup';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import { CURRENT_VERSION } from '../schema';
import { BACKUP_TABLES } from './tables';
import { blobToBackup } from './blobs';
import { ChunkWriter } from './chunks';
import { openedRows } from '../repositories/tracked';
import type { StoreKeys } from '../crypto/seal';
import { BACKUP_PASSPHRASE_SETTING } from './passphrase';

/** What to write: everything, or the records changed after `fromSeq` (on the full backup `base`). */
export type SnapshotPlan = { kind: 'full'; toSeq: number } | { kind: 'incremental'; base: string; fromSeq: number; toSeq: number };
export interface SnapshotRequest {
  /** The store keys, for a worker to open sealed contact secrets (non-extractable CryptoKeys). */
  keys?: StoreKeys | null;
  agentId: string;
  now: number;
  appVersion: string;
  plan: SnapshotPlan;
}

type Row = Record<string, unknown>;
type PhotoStored = Row & { blob: Blob; thumb: Blob };

/** Rows read per request: a page of a big table, never the whole table at once. */
const PAGE_ROWS = 2000;

/**
 * Writes a backup (lines layout, see ChunkWriter) in pieces of about CHUNK_CHARS (`emit` gets each). Only a page
 * of rows and one piece of text are alive at a time, whatever the size of the store.
 * - Full: every table page by page, each page its own short read. One read transaction over a
 *   year-long store would hold every save of the console back for the whole backup (measured:
 *   13 s); page by page a save waits for one page at most. A record saved while the backup
 *   reads is caught anyway: its log line is after `toSeq`, so the next incremental holds it.
 * - Incremental: in one read transaction (an hour's changes take milliseconds), the current
 *   version of every record the `changes` log names after `fromSeq` — tombstones included, a
 *   deletion is a record — and those log lines. Nothing but Dexie is awaited inside it (emit
 *   is synchronous), so the transaction stays alive.
 * Photo bytes are encoded after the reads: awaiting a Blob read inside a transaction ends it.
 */
export async function writeSnapshot(db: XiaoerDb, req: SnapshotRequest, emit: (text: string) => void): Promise<void> {
  const out = new ChunkWriter(emit);
  const { plan } = req;
  const header: BackupHeader = {
    format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, createdAt: req.now, createdBy: req.agentId, appVersion: req.appVersion,
    kind: plan.kind, toSeq: plan.toSeq, ...(plan.kind === 'incremental' ? { base: plan.base, fromSeq: plan.fromSeq } : {}),
  };
  out.header(header);
  const photos: PhotoStored[] = [];
  if (plan.kind === 'full') {
    // The log first: a restore then adds its lines before the records they describe (see RestoreApplier).
    for (const table of ['changes', ...BACKUP_TABLES.filter((t) => t !== 'changes')]) {
      if (table === 'photos') photos.push(...((await db.table(table).toArray()) as PhotoStored[]));
      else await copyTable(db, table, out);
    }
  } else await db.transaction('r', BACKUP_TABLES.map((t) => db.table(t)), () => copyChanged(db, plan.fromSeq, out, photos));
  out.table('photos');
  for (const p of photos) out.rows([{ ...p, blob: await blobToBackup(p.blob), thumb: await blobToBackup(p.thumb) }]);
  out.end();
}

/** The records the log names after `fromSeq`, with those log lines; photos go to `photos`. */
async function copyChanged(db: XiaoerDb, fromSeq: number, out: ChunkWriter, photos: PhotoStored[]): Promise<void> {
  // The log after fromSeq, page by page: its lines travel, and it names the changed records.
  const changed = new Map<string, Set<string>>();
  out.table('changes');
  for (let last = fromSeq; ;) {
    const page = (await db.changes.where(':id').above(last).limit(PAGE_ROWS).toArray()) as Row[];
    out.rows(page);
    for (const c of page) changed.set(String(c['table']), (changed.get(String(c['table'])) ?? new Set()).add(String(c['id'])));
    if (page.length < PAGE_ROWS) break;
    last = page[page.length - 1]!['seq'] as number;
  }
  for (const table of BACKUP_TABLES) {
    if (table === 'changes') continue;
    const ids = [...(changed.get(table) ?? [])];
    if (table !== 'photos') out.table(table);
    for (let i = 0; i < ids.length; i += PAGE_ROWS) {
      // A record removed outright (not tombstoned) has nothing left to copy; its log line travels.
      const rows = ((await db.table(table).bulkGet(ids.slice(i, i + PAGE_ROWS))) as (Row | undefined)[]).filter((r): r is Row => r !== undefined);
      if (table === 'photos') photos.push(...(rows as PhotoStored[]));
      else out.rows(await openedRows(table, keptOnly(table, rows)));
    }
  }
}

/**
 * Rows a backup carries: all but this PC's backup key (sealed under this PC's store key, so
 * useless elsewhere — and restored onto another PC it would stop that PC's own backups).
 */
const keptOnly = (table: string, rows: Row[]): Row[] => (table === 'settings' ? rows.filter((r) => r['key'] !== BACKUP_PASSPHRASE_SETTING) : rows);

/** One table, page by page in key order. */
async function copyTable(db: XiaoerDb, table: string, out: ChunkWriter): Promise<void> {
  out.table(table);
  const t = db.table(table);
  const keyPath = String(t.schema.primKey.keyPath);
  let last: IndexableType | undefined;
  for (;;) {
    const page = (await (last === undefined ? t.toCollection() : t.where(':id').above(last)).limit(PAGE_ROWS).toArray()) as Row[];
    // The backup goes to another PC or a reinstall, whose store key differs: secrets in clear
    // here, under the backup passphrase (backupCipher.ts) when the supervisor set one.
    out.rows(await openedRows(table, keptOnly(table, page)));
    if (page.length < PAGE_ROWS) return;
    last = page[page.length - 1]![keyPath] as IndexableType;
  }
}

export interface Snapshot {
  name: string;
  createdAt: number;
  /** The backup file's text (JSON). */
  content: string;
}

/** A full backup as one string, on this thread: for tests and small stores. */
export async function createSnapshot(who: { agentId: string; now: number; appVersion: string }): Promise<Snapshot> {
  const parts: string[] = [];
  await writeSnapshot(getDb(), { ...who, plan: { kind: 'full', toSeq: await lastChangeSeq() } }, (t) => parts.push(t));
  return { name: backupName(who.now), createdAt: who.now, content: parts.join('') };
}

/** Time of the newest change-log entry: "did anything change since the last backup?" */
export async function lastChangeAt(): Promise<number | null> {
  const last = await getDb().changes.orderBy('at').last();
  return last?.at ?? null;
}

/** The newest change-log seq (0 for an empty log): where the next incremental backup starts. */
export async function lastChangeSeq(): Promise<number> {
  const last = (await getDb().changes.toCollection().last()) as { seq?: number } | undefined;
  return last?.seq ?? 0;
}

