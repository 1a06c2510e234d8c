import { addCounts, countDecision, emptyCounts, mergeDecision, type MergeCounts, type MergeDecision } from '@shared/domain/backup';
import type { Change } from '@shared/schemas/entities';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import { allByIndex } from '../repositories/byIndex';
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
 *   under its own author and time unless the log's latest line on it already says exactly that;
 * - the backup's log lines the store lacks are added (give them before the records, as the
 *   lines layout writes them, so a record's own line stays the latest word on it).
 * Whatever the size of the backup, only a batch is held. A restore cut off half way (the PC
 * shut down) leaves whole batches in; restoring again finishes it — the rule makes that safe.
 */
export class RestoreApplier {
  readonly tables: Record<string, MergeCounts> = {};
  private logAdded = 0;

  constructor(private readonly db: XiaoerDb) {}

  async apply(table: string, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    if (table === 'changes') return this.log(rows);
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
      const entries = writes.map((r) => logEntryOf(table, r));
      const latest = new Map<string, { seq: number; key: string }>();
      for (const c of await linesOf(db, entries)) {
        const held = latest.get(c.id);
        if (!held || c.seq > held.seq) latest.set(c.id, { seq: c.seq, key: changeKey(c) });
      }
      const log = entries.filter((e) => latest.get(e.id)?.key !== changeKey(e));
      await db.changes.bulkAdd(log);
      this.logAdded += log.length;
    });
  }

  /** The backup's log lines the store lacks, in the backup's order (seq is only a local counter). */
  private async log(rows: readonly Row[]): Promise<void> {
    const { db } = this;
    const theirs = rows.map(({ seq: _localCounter, ...rest }) => rest as unknown as Change);
    await db.transaction('rw', db.changes, async () => {
      const known = new Set((await linesOf(db, theirs)).map(changeKey));
      const add: Change[] = [];
      for (const c of theirs) {
        const key = changeKey(c);
        if (known.has(key)) continue;
        known.add(key);
        add.push(c);
      }
      await db.changes.bulkAdd(add);
      this.logAdded += add.length;
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
  const order = ['changes', ...BACKUP_TABLES.filter((t) => t !== 'changes')];
  for (const [i, table] of order.entries()) {
    const rows = snapshot.rows[table] ?? [];
    for (let at = 0; at < rows.length; at += RESTORE_BATCH_ROWS) await applier.apply(table, rows.slice(at, at + RESTORE_BATCH_ROWS));
    onTable?.(i + 1, order.length);
  }
  return applier.report();
}
