import { addCounts, countDecision, emptyCounts, mergeDecision, type MergeCounts, type MergeDecision } from '@shared/domain/backup';
import type { Change } from '@shared/schemas/entities';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import { allByIndex } from '../repositories/byIndex';
import { stored as sealedForStore } from '../repositories/tracked';
import { buyerIdOf, newestPerId, orderIdOf, rewriteRow, rewriteSettingKey, type IdMap } from '../migrations/naturalIds';
import { BACKUP_TABLES, changeKey, keyOf } from './tables';
import { storedRow, type ValidSnapshot } from './validate';

export interface RestoreReport {
  tables: Record<string, MergeCounts>;
  total: MergeCounts;
  /** Change-log entries the store did not have yet (from the backup's log or for restored records). */
  logAdded: number;
}

type Row = Record<string, unknown>;

/** Rows merged per transaction; a batch of big rows (photos) is cut earlier by its size. */
export const RESTORE_BATCH_ROWS = 2000;
export const RESTORE_BATCH_CHARS = 8 * 1024 * 1024;

/** Audit entries are append-only: present means already kept, whatever else they say. */
function decide(table: string, stored: Row | undefined, incoming: Row): MergeDecision {
  if (table === 'audit') return stored ? 'skip' : 'add';
  return mergeDecision(stored as { updatedAt: number } | undefined, incoming as { updatedAt: number });
}

/** The log line the original write of this row made (settings by key, audit by its own time). */
function logEntryOf(table: string, r: Row): Change {
  if (table === 'audit') return { table, id: String(r['id']), op: 'put', at: r['at'] as number, agent: String(r['agentId']) };
  const op = r['deletedAt'] !== undefined && r['deletedAt'] !== null ? 'delete' : 'put';
  return { table, id: keyOf(table, r), op, at: r['updatedAt'] as number, agent: String(r['updatedBy']) };
}

const linesOf = (db: XiaoerDb, records: readonly { table: string; id: string }[]): Promise<(Change & { seq: number })[]> =>
  allByIndex(db.changes, '[table+id]', records.map((c) => [c.table, c.id]), (c) => [c.table, c.id]) as Promise<(Change & { seq: number })[]>;

/**
 * Merges checked backup rows into the store batch by batch, each batch one short read-write
 * transaction that reads only what its rows name (by key, and the log by [table+id]):
 * - a record is written only when the store lacks it or holds an older version, so work newer
 *   than the backup — including deletions — is never undone; every record written is logged
 *   under its own author and time as a `restore` line (the backup's own line becomes it when it
 *   is already the latest word): on a team PC, team sync offers exactly those records to the
 *   server, which keeps what it has that is newer (data/sync);
 * - the backup's log lines the store lacks are added as history (give them before the records,
 *   as the lines layout writes them, so a record's own line stays the latest word on it).
 * A file from store v1 (`fileVersion`) is re-keyed on the way in: orders and buyers get their
 * natural ids and every row naming one follows (its tables come shops → buyers → orders → the
 * rest, so each reference's new id is known when the row arrives; its log lines, which come
 * first, are re-keyed by `finish`). Whatever the size of the backup, only a batch is held (and
 * for a v1 file, the old → new id of each order and buyer). A restore cut off half way (the PC
 * shut down) leaves whole batches in; restoring again finishes it — the rule makes that safe.
 */
export class RestoreApplier {
  readonly tables: Record<string, MergeCounts> = {};
  private logAdded = 0;
  /** While applying a v1 file: its old → new ids, and the platform of each shop seen. */
  private rekey: { map: Map<string, string>; platforms: Map<string, string>; local: Map<string, string> | null } | null = null;
  private v1 = false;
  /** The log lines this restore added, to re-key v1 ones at the end. */
  private addedSeqs: [number, number] | null = null;

  constructor(private readonly db: XiaoerDb) {}

  /** The store version of the file whose rows come next (its header's schemaVersion). */
  fileVersion(version: number): void {
    this.v1 = version < 2;
    if (this.v1) this.rekey ??= { map: new Map(), platforms: new Map(), local: null };
  }

  /** A v1 batch under v2's ids. */
  private async rekeyRows(table: string, rows: readonly Row[]): Promise<readonly Row[]> {
    const r = this.rekey;
    if (!r) return rows;
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    if (table === 'shops') for (const s of rows) r.platforms.set(str(s['id']), str(s['platform']));
    if (table === 'buyers') for (const b of rows) r.map.set(str(b['id']), buyerIdOf({ shopId: str(b['shopId']), nick: str(b['nick']) }));
    if (table === 'orders') {
      r.local ??= new Map((await this.db.shops.toArray()).map((s) => [s.id, s.platform]));
      const local = r.local;
      for (const o of rows) {
        const id = orderIdOf({ shopId: str(o['shopId']), orderNo: str(o['orderNo']) }, (shopId) => r.platforms.get(shopId) ?? local.get(shopId) ?? null);
        if (id) r.map.set(str(o['id']), id);
      }
    }
    const map: IdMap = { ids: r.map };
    const out = rows.map((row) => {
      const next = rewriteRow(row, map);
      return table === 'settings' ? { ...next, key: rewriteSettingKey(str(next['key']), map) } : next;
    });
    // Two v1 buyers of one shop with one nick are one record now: the newer is kept.
    return table === 'buyers' ? newestPerId(out) : out;
  }

  async apply(table: string, given: readonly Row[]): Promise<void> {
    if (given.length === 0) return;
    if (table === 'changes') return this.log(given);
    // Backups carry contact secrets in clear (under the passphrase, if any): sealed before the write.
    const rows = await sealedForStore(table, this.v1 ? await this.rekeyRows(table, given) : given);
    const { db } = this;
    const counts = (this.tables[table] ??= emptyCounts());
    await db.transaction('rw', [db.table(table), db.changes], async () => {
      const stored = (await db.table(table).bulkGet(rows.map((r) => keyOf(table, r)))) as (Row | undefined)[];
      const writes: Row[] = [];
      rows.forEach((row, i) => {
        const d = decide(table, stored[i], row);
        countDecision(counts, d);
        if (d === 'add' || d === 'replace') writes.push(storedRow(table, row));
      });
      if (writes.length === 0) return;
      await db.table(table).bulkPut(writes);
      // A record written here must be the log's latest word on it — e.g. one that came back
      // after a logged delete — or a sync reading the log would think it is still gone.
      const entries = writes.map((r): Change => ({ ...logEntryOf(table, r), origin: 'restore' }));
      const latest = new Map<string, Change & { seq: number }>();
      for (const c of await linesOf(db, entries)) {
        const held = latest.get(c.id);
        if (!held || c.seq > held.seq) latest.set(c.id, c);
      }
      const log: Change[] = [];
      for (const e of entries) {
        const held = latest.get(e.id);
        if (!held || changeKey(held) !== changeKey(e)) log.push(e);
        // The backup's own line says it: it becomes the restore line (history is never pushed).
        else if (held.origin === 'history') await db.changes.update(held.seq, { origin: 'restore' });
      }
      await db.changes.bulkAdd(log);
      this.logAdded += log.length;
    });
  }

  /** The backup's log lines the store lacks, in the backup's order (seq is only a local counter). */
  private async log(rows: readonly Row[]): Promise<void> {
    const { db } = this;
    // History: what another time or PC did, never pushed as such (its records' own lines are).
    const theirs = rows.map(({ seq: _localCounter, ...rest }): Change => ({ ...(rest as unknown as Change), origin: 'history' }));
    await db.transaction('rw', db.changes, async () => {
      const known = new Set((await linesOf(db, theirs)).map(changeKey));
      const add: Change[] = [];
      for (const c of theirs) {
        const key = changeKey(c);
        if (known.has(key)) continue;
        known.add(key);
        add.push(c);
      }
      const keys = (await db.changes.bulkAdd(add, { allKeys: true })) as number[];
      this.logAdded += add.length;
      if (keys.length) this.addedSeqs = [this.addedSeqs?.[0] ?? (keys[0] as number), keys[keys.length - 1] as number];
    });
  }

  /** After the last file: a v1 backup's log lines (added before its records) get the new ids too. */
  async finish(): Promise<void> {
    const r = this.rekey;
    if (!r || r.map.size === 0 || !this.addedSeqs) return;
    const map: IdMap = { ids: r.map };
    await this.db.changes.where(':id').between(this.addedSeqs[0], this.addedSeqs[1], true, true).modify((c: Change) => {
      const next = map.ids.get(c.id);
      if (next && (c.table === 'orders' || c.table === 'buyers')) c.id = next;
    });
  }

  report(): RestoreReport {
    for (const t of BACKUP_TABLES) if (t !== 'changes') this.tables[t] ??= emptyCounts();
    return { tables: this.tables, total: Object.values(this.tables).reduce(addCounts, emptyCounts()), logAdded: this.logAdded };
  }
}

/**
 * Restores a checked backup held in memory (tests, small files): its log first, then each
 * table, in batches, by the same RestoreApplier a streamed restore uses.
 */
export async function restoreSnapshot(snapshot: ValidSnapshot, db: XiaoerDb = getDb(), onTable?: (done: number, of: number) => void): Promise<RestoreReport> {
  const applier = new RestoreApplier(db);
  applier.fileVersion(snapshot.header.schemaVersion);
  const order = ['changes', ...BACKUP_TABLES.filter((t) => t !== 'changes')];
  for (const [i, table] of order.entries()) {
    const rows = snapshot.rows[table] ?? [];
    for (let at = 0; at < rows.length; at += RESTORE_BATCH_ROWS) await applier.apply(table, rows.slice(at, at + RESTORE_BATCH_ROWS));
    onTable?.(i + 1, order.length);
  }
  await applier.finish();
  return applier.report();
}
