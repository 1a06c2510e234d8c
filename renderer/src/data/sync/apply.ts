import Dexie from 'dexie';
import { currentRemarks, formatRemark } from '@shared/domain/remarks';
import { mergeMutation, sameValue, type StoredRecord } from '@shared/domain/sync';
import type { Change, Remark } from '@shared/schemas/entities';
import type { PushResponse, SyncRow } from '@shared/schemas/sync';
import type { Shadow, XiaoerDb } from '../db';
import type { PushPlan } from './outbox';
import { MAX_REFUSALS, readState, writeState, type InitialSync, type Refusal } from './state';
import { SYNC_TABLES, fieldsOf, isDeleted, isSyncTable, pushable, recordOf, type SyncTable } from './tables';

type Row = Record<string, unknown>;

/** Every table a sync write may touch, for one transaction. */
const tablesOf = (db: XiaoerDb) => [...SYNC_TABLES.map((t) => db.table(t)), db.shadows, db.syncState, db.changes];

/** This PC's not yet pushed lines about one record. */
async function pendingOf(db: XiaoerDb, table: string, id: string, outbox: number): Promise<Change[]> {
  const lines = await db.changes.where('[table+id]').equals([table, id]).toArray();
  return lines.filter((l) => (l.seq as number) > outbox && pushable(l)).sort((a, b) => (a.seq as number) - (b.seq as number));
}

async function writeLocal(db: XiaoerDb, table: string, id: string, record: Row | null): Promise<void> {
  if (record) await db.table(table).put(record);
  else await db.table(table).delete(id);
}

/** A server row as the local record, or null where the table keeps no tombstone (a removed setting). */
function serverRecord(row: SyncRow, local: Row | undefined): Row | null {
  if (row.deletedAt !== null && (row.table === 'settings' || row.table === 'audit')) return null;
  return recordOf(row.table, row, local);
}

/**
 * The record to keep when the server's version of it arrives while this PC still has edits
 * of it to push: the server's version with those edits replayed on top by the same merge
 * rules the server will apply (status only forward, deletes win, a note edited on both PCs
 * keeps this PC's text until the server makes it a copy of its own).
 */
function replay(row: SyncRow, local: Row, pending: Change[], old: Shadow | undefined, now: number): Row | null {
  const table = row.table;
  // Offered in bulk (a join, a restore): kept only where newer than the server's.
  if (pending.every((l) => l.origin === 'join' || l.origin === 'restore')) {
    return Number(local['updatedAt'] ?? -1) > Number(row.fields['updatedAt'] ?? -1) ? local : serverRecord(row, local);
  }
  if (isDeleted(local)) return local;
  const mine = fieldsOf(table, local);
  const names = pending.some((l) => l.fields === undefined) ? Object.keys(mine) : [...new Set(pending.flatMap((l) => l.fields ?? []))].filter((f) => f in mine);
  const base = old?.pendingBase ?? old?.version ?? 0;
  // What the server knows per field: unchanged since our last shadow means as old as it.
  const stamps = Object.fromEntries(Object.keys(row.fields).map((f) => [f, { v: old && sameValue(old.fields[f], row.fields[f]) ? old.version : row.version, d: 'server' }]));
  const current: StoredRecord = { fields: row.fields, meta: { f: stamps, platformAt: null }, deletedAt: row.deletedAt, version: row.version };
  const last = pending[pending.length - 1] as Change;
  const outcome = mergeMutation({
    mutation: { mutationId: 'replay', deviceId: 'this-pc', agentId: last.agent, table, id: row.id, op: 'put', fields: Object.fromEntries(names.map((f) => [f, mine[f]])), baseVersion: base, at: now, platformAt: Math.max(0, Number(local['updatedAt'] ?? 0)) },
    current,
    now,
    version: row.version + 1,
    // Replaying needs no natural-id check: the record exists on the server already.
    shopPlatform: null,
    copyId: 'replay',
  });
  if (outcome.kind === 'refused') return serverRecord(row, local);
  const fields: Row = { ...(outcome.next?.fields ?? row.fields) };
  // A conflict copy is made by the server at push time; until then this PC keeps its text.
  for (const s of outcome.superseded) if (s.rule === 'conflict_copy') fields[s.field] = mine[s.field];
  return recordOf(table, { id: row.id, fields, deletedAt: row.deletedAt }, local);
}

/** More pending lines than this are not held in memory per page: records are then looked up one by one. */
const PENDING_IN_MEMORY = 20_000;

/**
 * This PC's not yet pushed lines grouped by record (`table \u0000 id`), in log order; null when
 * there are too many to hold (a PC offline for weeks): pendingOf answers per record then.
 */
async function pendingByRecord(db: XiaoerDb, outbox: number): Promise<Map<string, Change[]> | null> {
  const lines = await db.changes.where(':id').above(outbox).limit(PENDING_IN_MEMORY + 1).toArray();
  if (lines.length > PENDING_IN_MEMORY) return null;
  const out = new Map<string, Change[]>();
  for (const l of lines) {
    if (!pushable(l)) continue;
    const k = `${l.table}\u0000${l.id}`;
    const list = out.get(k);
    if (list) list.push(l);
    else out.set(k, [l]);
  }
  return out;
}

/**
 * Applies pulled rows in one transaction: each becomes the record's shadow and, with this
 * PC's pending edits replayed on top, the local record. Nothing is written to `changes`, so
 * nothing pulled is ever pushed back. Derived fields are recomputed for what changed.
 * A page is a handful of requests whatever its size: the pending lines are read once, and only
 * records with edits of this PC still to push (and phrases, whose use count is this PC's) are
 * read before they are replaced — a record without pending edits simply becomes the server's,
 * so a first sync writes each row and its shadow and reads nothing. `initial` (when given) is
 * the first-sync bookkeeping to store with the cursor.
 */
export async function applyPulled(db: XiaoerDb, rows: SyncRow[], cursor: number, now: number, initial?: InitialSync | null): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const outbox = await readState(db, 'outbox');
    const pendingLines = await pendingByRecord(db, outbox);
    const touchedOrders = new Set<string>();
    const byTable = new Map<SyncTable, SyncRow[]>();
    for (const row of rows) {
      if (!isSyncTable(row.table)) continue;
      const list = byTable.get(row.table);
      if (list) list.push(row);
      else byTable.set(row.table, [row]);
    }
    /** Orders stored by this page, with the latest remark they were stored with. */
    const pagedOrders = new Map<string, unknown>();
    for (const [table, list] of byTable) {
      // Which records must be read first: those with pending edits (replayed on top), and
      // phrases (their use count is kept). Every other record is the server's row as it is.
      const mustRead = (row: SyncRow): boolean => pendingLines === null || table === 'phrases' || pendingLines.has(`${table}\u0000${row.id}`);
      const read = list.filter(mustRead);
      const localRows = (await db.table(table).bulkGet(read.map((r) => r.id))) as (Row | undefined)[];
      const locals = new Map(read.map((r, i) => [r.id, localRows[i]]));
      const withLocal = read.filter((r) => locals.get(r.id) !== undefined);
      const oldRows = await db.shadows.bulkGet(withLocal.map((r) => [table, r.id] as [string, string]));
      const olds = new Map(withLocal.map((r, i) => [r.id, oldRows[i]]));
      const puts: Row[] = [];
      const deletes: string[] = [];
      const shadows: Shadow[] = [];
      for (const row of list) {
        const local = locals.get(row.id);
        const old = olds.get(row.id);
        const pending = !local ? [] : pendingLines ? (pendingLines.get(`${table}\u0000${row.id}`) ?? []) : await pendingOf(db, table, row.id, outbox);
        const next = pending.length && local ? replay(row, local, pending, old, now) : serverRecord(row, local);
        if (next) puts.push(next);
        else deletes.push(row.id);
        const shadow: Shadow = { table, id: row.id, version: row.version, fields: row.fields, deletedAt: row.deletedAt };
        if (pending.length) shadow.pendingBase = old?.pendingBase ?? old?.version ?? 0;
        shadows.push(shadow);
        if (table === 'orders' && next) pagedOrders.set(row.id, next['latestRemark']);
        if (table === 'remarks' && typeof row.fields['orderId'] === 'string') touchedOrders.add(row.fields['orderId']);
      }
      // Deletes first: a page never holds one record twice, so the order between them is free.
      if (deletes.length) await db.table(table).bulkDelete(deletes);
      if (puts.length) await db.table(table).bulkPut(puts);
      await db.shadows.bulkPut(shadows);
    }
    // An order arrives with its latest remark empty (or as this PC had it, when it had edits to
    // replay): worked out again where this PC has remarks at all.
    if (pagedOrders.size && (await db.remarks.limit(1).count()) > 0) for (const id of pagedOrders.keys()) touchedOrders.add(id);
    await recomputeOrderMemos(db, touchedOrders, pagedOrders);
    await writeState(db, 'cursor', cursor);
    if (initial !== undefined) await writeState(db, 'initial', initial);
  });
}

/** Team configuration a PC made for itself before joining that the team's own copy replaces. */
const ADOPTED_ON_JOIN = new Set<string>(['phrases', 'settings']);

/**
 * A PC joining a team with accounts offers its first start's starter phrases and team settings;
 * a supervisor owns those, so the server refuses them from an agent. The team's own arrive by
 * pull: the PC drops its copies (else every agent PC keeps a second phrase library) and says
 * nothing, since nothing the agent wrote is lost. Its shop and agents stay, refused and shown,
 * for its own records may name them.
 */
function adoptedFromTeam(p: { group: { table: string; lines: Change[] } }, code: string | undefined, row: SyncRow | null | undefined): boolean {
  return code === 'supervisor_only' && !row && ADOPTED_ON_JOIN.has(p.group.table) && p.group.lines.every((l) => l.origin === 'join');
}

/**
 * Applies the server's answer to a push: each answered record's shadow and local copy become
 * the server's (unless this PC edited it again meanwhile: then those edits stay on top),
 * refusals are kept for the agent to see, and the outbox moves past what was pushed.
 */
export async function applyPushed(db: XiaoerDb, plan: PushPlan, response: PushResponse, now: number): Promise<{ refused: number; clockAhead: boolean }> {
  let refused = 0;
  let clockAhead = false;
  await db.transaction('rw', tablesOf(db), async () => {
    const refusals: Refusal[] = [];
    const touchedOrders = new Set<string>();
    const answers = new Map(response.results.map((r) => [r.result.mutationId, r]));
    for (const p of plan.planned) {
      const later = (await pendingOf(db, p.group.table, p.group.id, plan.lastSeq)).length > 0;
      if (p.kind === 'nothing') continue;
      if (p.kind === 'tooLarge') {
        refused += 1;
        refusals.push({ table: p.group.table, id: p.group.id, code: 'photo_too_large', field: 'image', at: now });
        continue;
      }
      if (p.kind === 'serverNewer') {
        // The server keeps its newer version: so does this PC.
        if (!later) await writeLocal(db, p.group.table, p.group.id, serverRecord({ table: p.shadow.table, id: p.shadow.id, version: p.shadow.version, fields: p.shadow.fields, deletedAt: p.shadow.deletedAt }, (await db.table(p.group.table).get(p.group.id)) as Row | undefined));
        continue;
      }
      const answer = answers.get(p.mutation.mutationId);
      if (!answer) continue;
      const { result, row } = answer;
      if (result.flags.includes('clock_ahead')) clockAhead = true;
      if (result.status === 'refused' && adoptedFromTeam(p, result.code, row)) {
        if (!later) await writeLocal(db, p.group.table, p.group.id, null);
        continue;
      }
      if (result.status === 'refused') {
        refused += 1;
        refusals.push({ table: p.group.table, id: p.group.id, code: result.code, field: result.field, at: now });
      }
      if (!row) continue;
      const local = (await db.table(row.table).get(row.id)) as Row | undefined;
      const shadow: Shadow = { table: row.table, id: row.id, version: row.version, fields: row.fields, deletedAt: row.deletedAt };
      if (later) shadow.pendingBase = row.version;
      else await writeLocal(db, row.table, row.id, serverRecord(row, local));
      await db.shadows.put(shadow);
      if (row.table === 'orders') touchedOrders.add(row.id);
      if (row.table === 'remarks' && typeof row.fields['orderId'] === 'string') touchedOrders.add(row.fields['orderId']);
    }
    await recomputeOrderMemos(db, touchedOrders);
    if (refusals.length) await writeState(db, 'refusals', [...refusals, ...(await readState(db, 'refusals'))].slice(0, MAX_REFUSALS));
    if (clockAhead) await writeState(db, 'clock', { aheadAt: now });
    await writeState(db, 'outbox', plan.lastSeq);
  });
  return { refused, clockAhead };
}

/**
 * An order's latest remark and what the grid shows of it, computed on this PC (never synced).
 * `written`: orders this transaction just stored, with the latest remark they were stored with
 * (their record is not read again: most have no remark and stay as they are).
 */
async function recomputeOrderMemos(db: XiaoerDb, orderIds: Set<string>, written: ReadonlyMap<string, unknown> = new Map()): Promise<void> {
  for (const orderId of orderIds) {
    const rows = (await db.remarks.where('[orderId+at]').between([orderId, Dexie.minKey], [orderId, Dexie.maxKey]).toArray()) as Remark[];
    const last = currentRemarks(rows).at(-1)?.remark;
    const memo = last ? formatRemark(last) : '';
    const known = written.has(orderId);
    if (known && written.get(orderId) === memo) continue;
    const order = known ? null : await db.orders.get(orderId);
    if (!known && (!order || order.latestRemark === memo)) continue;
    await db.orders.update(orderId, { latestRemark: memo });
  }
}
