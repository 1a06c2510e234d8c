import { BOOKKEEPING_FIELDS, ruleFor, sameValue } from '@shared/domain/sync';
import type { Change } from '@shared/schemas/entities';
import type { SyncMutation } from '@shared/schemas/sync';
import { MAX_MUTATIONS_PER_PUSH } from '@shared/schemas/sync';
import type { Shadow, XiaoerDb } from '../db';
import { photoToWire } from './photos';
import { fieldsOf, isDeleted, pushable, type SyncTable } from './tables';

type Row = Record<string, unknown>;

/** The shop server reads at most 1 MB per request; a push stays well under it. */
export const MAX_PUSH_BYTES = 700_000;
/** How many log lines one push looks at. */
const MAX_LINES = 5_000;

/** All pending lines of one record, pushed as one mutation (a note typed for an hour is one edit). */
export interface Group {
  table: SyncTable;
  id: string;
  lines: Change[];
}

export type Planned =
  | { kind: 'push'; group: Group; mutation: SyncMutation }
  /** The server already has this or something newer (a join or a restore offering an old record). */
  | { kind: 'serverNewer'; group: Group; shadow: Shadow }
  /** Nothing to tell the server (an edit undone, only what is derived changed). */
  | { kind: 'nothing'; group: Group }
  /** A photo too large to travel: it stays on this PC, which says so (photo_too_large). */
  | { kind: 'tooLarge'; group: Group };

export interface PushPlan {
  planned: Planned[];
  /** The outbox moves to here once the push is answered. */
  lastSeq: number;
  mutations: SyncMutation[];
}

const key = (table: string, id: string): string => `${table}\u0000${id}`;
const updatedAtOf = (r: Row | undefined): number => (typeof r?.['updatedAt'] === 'number' ? r['updatedAt'] : -1);

/** The pending log lines after `outbox`, grouped by record in the order they were first written. */
export async function pendingLines(db: XiaoerDb, outbox: number, limit = MAX_LINES): Promise<Change[]> {
  return db.changes.where(':id').above(outbox).limit(limit).toArray();
}

/**
 * What to push next: every pending line of a record becomes one mutation with the record's
 * current values of the fields those lines changed (all fields for a record the server has
 * never sent us), minus what the server already holds (its shadow). Lines offered in bulk
 * (a join, a restore) are pushed only when the record is newer than the server's copy.
 */
export async function planPush(db: XiaoerDb, outbox: number, who: { serverDevice: string; storeDevice: string }): Promise<PushPlan | null> {
  const lines = await pendingLines(db, outbox);
  if (lines.length === 0) return null;
  const byTable = new Map<string, Set<string>>();
  for (const l of lines) if (pushable(l)) byTable.set(l.table, (byTable.get(l.table) ?? new Set()).add(l.id));
  const records = new Map<string, Row | undefined>();
  const shadows = new Map<string, Shadow>();
  const tooLarge = new Set<string>();
  for (const [table, ids] of byTable) {
    const list = [...ids];
    const rows = (await db.table(table).bulkGet(list)) as (Row | undefined)[];
    list.forEach((id, i) => records.set(key(table, id), rows[i]));
    if (table === 'photos') {
      for (const [i, id] of list.entries()) {
        const row = rows[i];
        const wire = row && !isDeleted(row) ? await photoToWire(row) : row;
        if (wire === 'tooLarge') tooLarge.add(key(table, id));
        else records.set(key(table, id), wire);
      }
    }
    const sh = await db.shadows.bulkGet(list.map((id) => [table, id] as [string, string]));
    sh.forEach((s) => s && shadows.set(key(s.table, s.id), s));
  }

  const groups = new Map<string, Group>();
  const planned: Planned[] = [];
  let bytes = 0;
  let lastSeq = outbox;
  for (const line of lines) {
    const seq = line.seq as number;
    if (!pushable(line)) {
      lastSeq = seq;
      continue;
    }
    const k = key(line.table, line.id);
    const known = groups.get(k);
    if (known) {
      known.lines.push(line);
      lastSeq = seq;
      continue;
    }
    if (groups.size >= MAX_MUTATIONS_PER_PUSH) break;
    const group: Group = { table: line.table as SyncTable, id: line.id, lines: [line] };
    // The group's mutation is sized now, from the record as it is; later lines only add names.
    const estimate = JSON.stringify(records.get(k) ?? {}).length + 300;
    if (bytes + estimate > MAX_PUSH_BYTES && groups.size > 0) break;
    bytes += estimate;
    groups.set(k, group);
    lastSeq = seq;
  }

  for (const group of groups.values()) {
    const k = key(group.table, group.id);
    planned.push(tooLarge.has(k) ? { kind: 'tooLarge', group } : planGroup(group, records.get(k), shadows.get(k), who));
  }
  const mutations = planned.flatMap((p) => (p.kind === 'push' ? [p.mutation] : []));
  return { planned, lastSeq, mutations };
}

function planGroup(group: Group, record: Row | undefined, shadow: Shadow | undefined, who: { serverDevice: string; storeDevice: string }): Planned {
  const last = group.lines[group.lines.length - 1] as Change;
  const bulkOnly = group.lines.every((l) => l.origin === 'join' || l.origin === 'restore');
  if (bulkOnly && shadow && updatedAtOf(shadow.fields) >= updatedAtOf(record)) return { kind: 'serverNewer', group, shadow };
  const base = {
    mutationId: `${who.storeDevice}.${last.seq as number}`,
    deviceId: who.serverDevice,
    agentId: last.agent,
    table: group.table,
    id: group.id,
    // The version these edits were made from: kept on the shadow when a pull overtook them.
    baseVersion: shadow ? (shadow.pendingBase ?? shadow.version) : 0,
    at: last.at,
  };
  if (isDeleted(record)) {
    // A delete the server cannot know about needs no telling; one it has is a tombstone.
    if (!shadow || shadow.deletedAt !== null) return { kind: 'nothing', group };
    return { kind: 'push', group, mutation: { ...base, op: 'delete', fields: {} } };
  }
  const all = fieldsOf(group.table, record as Row);
  let fields: Row;
  if (!shadow) {
    fields = all;
  } else {
    const whole = group.lines.some((l) => l.fields === undefined);
    const names = whole ? Object.keys(all) : [...new Set(group.lines.flatMap((l) => l.fields ?? []))].filter((f) => f in all);
    fields = Object.fromEntries(names.filter((f) => !sameValue(all[f], shadow.fields[f])).map((f) => [f, all[f]]));
    if (!Object.keys(fields).some((f) => !BOOKKEEPING_FIELDS.has(f))) return { kind: 'nothing', group };
  }
  const rule = ruleFor(group.table, group.id, shadow?.fields ?? null, all);
  const platform = rule.ok && Object.keys(fields).some((f) => rule.rule.platformFields?.includes(f));
  return { kind: 'push', group, mutation: { ...base, op: 'put', fields, ...(platform ? { platformAt: Math.max(0, updatedAtOf(record)) } : {}) } };
}
