import { ruleFor, settingScope } from '@shared/domain/sync';
import type { Change } from '@shared/schemas/entities';
import { PHOTO_BLOBS, photoFromWire } from './photos';

type Row = Record<string, unknown>;

/**
 * The local tables team sync carries, in the order a joining PC hands its records over (a
 * shop before its orders, an order before its remarks, a case before its photos). A photo's
 * image travels with it as base64 (photos.ts), up to PHOTO_SYNC_MAX_BYTES.
 */
export const SYNC_TABLES = [
  'shops', 'agents', 'phrases', 'settings', 'products', 'buyers', 'orders', 'remarks', 'conversations', 'messages', 'reminders',
  'tickets', 'photos', 'reviews', 'contacts', 'promises', 'handovers', 'notes', 'noteRevisions', 'audit',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

const SYNCED = new Set<string>(SYNC_TABLES);
export const isSyncTable = (table: string): table is SyncTable => SYNCED.has(table);

/** Tables whose rows have no `deletedAt` (a setting is replaced or removed, an audit line stays). */
const NO_TOMBSTONE = new Set(['settings', 'audit']);

export const keyField = (table: string): 'id' | 'key' => (table === 'settings' ? 'key' : 'id');
export const keyOfRecord = (table: string, record: Row): string => String(record[keyField(table)]);

/** Whether a log line may travel: lines of the demo and old history never do, nor per-PC settings. */
export function pushable(line: Change): boolean {
  if (line.origin === 'demo' || line.origin === 'history') return false;
  if (!isSyncTable(line.table)) return false;
  return line.table !== 'settings' || settingScope(line.id).scope !== 'device';
}

/** The fields each PC computes for itself (latestRemark, a phrase's use count): never sent. */
export function derivedFields(table: string, id: string, record: Row): readonly string[] {
  const rule = ruleFor(table, id, record, record);
  return rule.ok ? (rule.rule.derived ?? []) : [];
}

/** A record's fields as the server keeps them: without its key, its tombstone and what is derived. */
export function fieldsOf(table: string, record: Row): Row {
  const out: Row = { ...record };
  delete out[keyField(table)];
  delete out['deletedAt'];
  // A photo's Blobs never go as they are: planPush adds them as base64 (`image`, `thumbImage`).
  if (table === 'photos') for (const f of PHOTO_BLOBS) delete out[f];
  for (const f of derivedFields(table, keyOfRecord(table, record), record)) delete out[f];
  return out;
}

/** What each derived field holds until the PC recomputes it. */
const DERIVED_DEFAULTS: Record<string, Row> = { orders: { latestRemark: '' }, phrases: { uses: 0 } };

/**
 * The local record for a server row: its fields, its key and tombstone, and the derived
 * fields this PC already had (or their defaults until recomputed).
 */
export function recordOf(table: string, row: { id: string; fields: Row; deletedAt: number | null }, local: Row | undefined): Row {
  const derived: Row = {};
  for (const [f, fallback] of Object.entries(DERIVED_DEFAULTS[table] ?? {})) derived[f] = local?.[f] ?? fallback;
  const record: Row = { ...derived, ...row.fields, [keyField(table)]: row.id };
  if (!NO_TOMBSTONE.has(table)) record['deletedAt'] = row.deletedAt;
  return table === 'photos' ? photoFromWire(record) : record;
}

/** A record that is gone: a tombstone, or (tables without one) not there. */
export const isDeleted = (record: Row | undefined): boolean => !record || (record['deletedAt'] !== undefined && record['deletedAt'] !== null);
