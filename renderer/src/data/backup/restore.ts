import { addCounts, countDecision, emptyCounts, mergeDecision, type MergeCounts, type MergeDecision } from '@shared/domain/backup';
import type { Change } from '@shared/schemas/entities';
import type { XiaoerDb } from '../db';
import { rekeySnapshot } from '../migrations/naturalIds';
import { getDb } from '../store';
import { BACKUP_TABLES, changeKey, keyOf } from './tables';
import type { ValidSnapshot } from './validate';

export interface RestoreReport {
  tables: Record<string, MergeCounts>;
  total: MergeCounts;
  /** Change-log entries the store did not have yet (from the backup's log or for restored records). */
  logAdded: number;
}

type Row = Record<string, unknown>;

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

/**
 * Merges a validated backup into the store in one read-write transaction (all or nothing):
 * a backup record is written only when the store lacks it or holds an older version, so work
 * newer than the backup — including deletions — is never undone. The backup's log lines the
 * store lacks are added as history, and every record written is logged under its own author
 * and time as a `restore` line (the backup's own line becomes it when it is the latest word):
 * on a team PC team sync offers exactly those records to the server, which keeps what it has
 * that is newer (data/sync). A backup from store v1 is re-keyed to v2's natural ids first.
 */
export async function restoreSnapshot(snapshot: ValidSnapshot, db: XiaoerDb = getDb(), onTable?: (done: number, of: number) => void): Promise<RestoreReport> {
  const tables: Record<string, MergeCounts> = {};
  let logAdded = 0;
  const source = snapshot.header.schemaVersion < 2 ? await rekeyed(snapshot, db) : snapshot.rows;
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    const known = new Set<string>();
    // The log's latest word on each record (iterated in seq order, so the last one wins).
    const latest = new Map<string, string>();
    await db.changes.each((c) => {
      known.add(changeKey(c));
      latest.set(`${c.table}\u0000${c.id}`, changeKey(c));
    });
    const log: Change[] = [];
    /** Lines added by this restore, by what they say (so a written record can claim its own). */
    const added = new Map<string, Change>();
    const append = (c: Change): void => {
      known.add(changeKey(c));
      latest.set(`${c.table}\u0000${c.id}`, changeKey(c));
      added.set(changeKey(c), c);
      log.push(c);
    };
    // The backup's own log lines the store lacks, oldest first: history, never pushed as such.
    const theirs = ((source['changes'] ?? []) as Change[]).map(({ seq: _localCounter, ...rest }): Change => ({ ...rest, origin: 'history' }));
    for (const c of theirs.sort((a, b) => a.at - b.at)) if (!known.has(changeKey(c))) append(c);

    for (const table of BACKUP_TABLES.filter((t) => t !== 'changes')) {
      const rows = source[table] ?? [];
      const counts = emptyCounts();
      const stored = (await db.table(table).bulkGet(rows.map((r) => keyOf(table, r)))) as (Row | undefined)[];
      const writes: Row[] = [];
      rows.forEach((row, i) => {
        const d = decide(table, stored[i], row);
        countDecision(counts, d);
        if (d === 'add' || d === 'replace') writes.push(row);
      });
      await db.table(table).bulkPut(writes);
      // A record written here must be the log's latest word on it — e.g. one that came back
      // after a logged delete — or a sync reading the log would think it is still gone.
      for (const r of writes) {
        const entry: Change = { ...logEntryOf(table, r), origin: 'restore' };
        const own = latest.get(`${table}\u0000${entry.id}`) === changeKey(entry) ? added.get(changeKey(entry)) : undefined;
        if (own) own.origin = 'restore';
        else append(entry);
      }
      tables[table] = counts;
      onTable?.(Object.keys(tables).length, BACKUP_TABLES.length - 1);
    }
    await db.changes.bulkAdd(log);
    logAdded = log.length;
  });
  return { tables, total: Object.values(tables).reduce(addCounts, emptyCounts()), logAdded };
}

/** A v1 backup's rows under v2's ids; a shop the backup lacks is looked up in the store. */
async function rekeyed(snapshot: ValidSnapshot, db: XiaoerDb): Promise<Record<string, Row[]>> {
  const shops = new Map((await db.shops.toArray()).map((s) => [s.id, s.platform]));
  return rekeySnapshot(snapshot.rows, (shopId) => shops.get(shopId) ?? null);
}
