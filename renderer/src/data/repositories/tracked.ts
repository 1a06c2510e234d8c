import Dexie from 'dexie';
import type { z } from 'zod';
import { sameValue } from '@shared/domain/sync';
import * as E from '@shared/schemas/entities';
import type { Draft, Tracked } from '@shared/schemas/common';
import { ProblemError, problem, zodProblems } from '@shared/lib/problem';
import type { TrackedTableName, XiaoerDb } from '../db';
import { hasClearSecret, hasSecrets, openRow, sealRows, storeKeys } from '../crypto/seal';

/** Who writes and when: every repository write is signed and timed by its caller. */
export interface WriteContext {
  agentId: string;
  now: number;
}

export const SCHEMAS: Record<TrackedTableName, z.ZodType<Tracked>> = {
  shops: E.Shop, agents: E.Agent, buyers: E.Buyer, conversations: E.Conversation, messages: E.Message,
  orders: E.Order, remarks: E.Remark, reminders: E.Reminder, phrases: E.Phrase, tickets: E.Ticket,
  reviews: E.Review, contacts: E.Contact, handovers: E.Handover, notes: E.Note, noteRevisions: E.NoteRevision,
  products: E.Product, promises: E.BuyerPromise,
};

/** The record a put would write, signed and validated; throws a ProblemError naming the field. */
export function sign<T extends Tracked>(table: TrackedTableName, draft: Draft<T>, ctx: WriteContext): T {
  const record = { ...draft, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: draft.deletedAt ?? null };
  const parsed = SCHEMAS[table].safeParse(record);
  // Refused by field and reason (`remarks.text` tooLong max 1000): the screen names both in the agent's language.
  if (!parsed.success) throw ProblemError.of(zodProblems(parsed.error, { table, input: record }));
  return record as unknown as T;
}

/**
 * The fields a write changed against the record it replaces (all of them for a new record):
 * what team sync sends, and what it keeps of this PC's edit when another PC's version of the
 * record arrives before this one is pushed.
 */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  names.delete('id');
  return [...names].filter((f) => !before || !sameValue(before[f], after[f]));
}

/**
 * Records as they are stored: contact secrets sealed (data/crypto/seal.ts) — the one place every
 * repository write passes. Inside a caller's transaction the WebCrypto work is awaited with
 * Dexie.waitFor, which keeps the IndexedDB transaction alive meanwhile; tables without secrets
 * never wait.
 */
export async function stored<T>(table: string, records: readonly T[]): Promise<T[]> {
  // Most writes of orders and buyers carry secrets already sealed (read, changed, written back): no crypto, no wait.
  if (!hasSecrets(table) || !storeKeys() || !records.some((r) => hasClearSecret(table, r as Record<string, unknown>))) return records as T[];
  const work = sealRows(table, records);
  return Dexie.currentTransaction ? Dexie.waitFor(work) : work;
}

/** A stored row with its contact secrets opened: reveal, 核实 and address changes only, never lists. */
export async function opened<T>(table: string, row: T): Promise<T> {
  if (!hasSecrets(table) || row === undefined || row === null) return row;
  const work = openRow(table, row);
  return Dexie.currentTransaction ? Dexie.waitFor(work) : work;
}

/** Rows with their contact secrets opened (a backup, a push): in a transaction, kept alive meanwhile. */
export async function openedRows<T>(table: string, rows: T[]): Promise<T[]> {
  if (!hasSecrets(table) || rows.length === 0) return rows;
  const work = Promise.all(rows.map((r) => openRow(table, r)));
  return Dexie.currentTransaction ? Dexie.waitFor(work) : work;
}

/**
 * Puts records and appends one `changes` row each (naming the fields it changed), in one
 * transaction, so incremental backup and team sync never miss a write. Validation happens
 * before the transaction: a bad record refuses the whole batch and leaves the store untouched.
 */
export async function putTracked<T extends Tracked>(db: XiaoerDb, table: TrackedTableName, drafts: Draft<T>[], ctx: WriteContext): Promise<T[]> {
  const records = drafts.map((d) => sign<T>(table, d, ctx));
  const rows = await stored(table, records);
  await db.transaction('rw', [db.table(table), db.changes], async () => {
    const before = (await db.table(table).bulkGet(records.map((r) => r.id))) as (Record<string, unknown> | undefined)[];
    await db.table(table).bulkPut(rows);
    await db.changes.bulkAdd(rows.map((r, i) => ({ table, id: r.id, op: 'put' as const, at: ctx.now, agent: ctx.agentId, fields: changedFields(before[i], r as unknown as Record<string, unknown>) })));
  });
  return records;
}

/** Drafts of one table, for a write that spans tables. */
export interface TrackedSet {
  table: TrackedTableName;
  drafts: Draft<Tracked>[];
}

/**
 * Puts records of several tables (a message and its conversation…) with their `changes` rows
 * (naming the changed fields, like putTracked) in one transaction: the records they replace are
 * read together, then every write is issued at once — two round trips to the store whatever the
 * number of tables, instead of two per table, which is most of the cost of a reply. Validated
 * first, like putTracked; returns the signed records per set.
 */
export async function putTrackedAll(db: XiaoerDb, sets: readonly TrackedSet[], ctx: WriteContext): Promise<Tracked[][]> {
  const signed = sets.map((s) => ({ table: s.table, records: s.drafts.map((d) => sign<Tracked>(s.table, d, ctx)) }));
  const rows = await Promise.all(signed.map((s) => stored(s.table, s.records)));
  const tables = [...new Set(signed.map((s) => s.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.changes], async () => {
    // What each write replaces, for the changed fields team sync sends (all sets in one read).
    const before = await Promise.all(signed.map((s) => db.table(s.table).bulkGet(s.records.map((r) => r.id)) as Promise<(Record<string, unknown> | undefined)[]>));
    await Promise.all([
      ...signed.map((s, k) => db.table(s.table).bulkPut(rows[k] as Tracked[])),
      db.changes.bulkAdd(signed.flatMap((s, k) => (rows[k] as Tracked[]).map((r, i) => ({ table: s.table, id: r.id, op: 'put' as const, at: ctx.now, agent: ctx.agentId, fields: changedFields(before[k]?.[i], r as unknown as Record<string, unknown>) })))),
    ]);
  });
  return signed.map((s) => s.records);
}

export async function putOne<T extends Tracked>(db: XiaoerDb, table: TrackedTableName, draft: Draft<T>, ctx: WriteContext): Promise<T> {
  const [record] = await putTracked<T>(db, table, [draft], ctx);
  return record as T;
}

/** Deletes are tombstones: the row stays with `deletedAt` set, so sync can propagate it. */
export async function tombstone(db: XiaoerDb, table: TrackedTableName, id: string, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [db.table(table), db.changes], async () => {
    const n = await db.table(table).update(id, { deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.agentId });
    if (n === 0) throw new ProblemError(problem('notFound', { field: `${table}.id`, params: { id } }));
    await db.changes.add({ table, id, op: 'delete', at: ctx.now, agent: ctx.agentId });
  });
}

export const alive = <T extends { deletedAt: number | null }>(r: T | undefined): r is T => !!r && r.deletedAt === null;

/**
 * Writes records that already carry their tracking fields (generated demo data and the
 * demo's simulated buyers): validated like any write, logged in `changes` under their own
 * author and time, as demo lines that never leave the PC.
 */
export async function putPreSigned<T extends Tracked>(db: XiaoerDb, table: TrackedTableName, records: T[]): Promise<void> {
  for (const [i, r] of records.entries()) {
    const parsed = SCHEMAS[table].safeParse(r);
    if (!parsed.success) throw ProblemError.of(zodProblems(parsed.error, { table, row: i + 1, input: r }));
  }
  await db.table(table).bulkPut(await stored(table, records));
  await db.changes.bulkAdd(records.map((r) => ({ table, id: r.id, op: 'put' as const, at: r.updatedAt, agent: r.updatedBy, origin: 'demo' as const })));
}
