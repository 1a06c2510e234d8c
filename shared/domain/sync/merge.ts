import type { RefusalCode, SupersededRule, SyncMutation } from '../../schemas/sync';
import { clampClock, type ClockFlag } from './clock';
import { BOOKKEEPING_FIELDS, ruleFor, type TableRule } from './kinds';
import { naturalId, naturalKeyOf } from './naturalId';
import { compareRanks, STATUS_RULES } from './status';
import { checkFields } from './validate';
import { sameValue } from './value';

export type Fields = Record<string, unknown>;

/** Who last wrote a field: the server version of that write and the device it came from. */
export interface FieldStamp {
  v: number;
  d: string;
}

/** What the server keeps beside a record's fields to merge the next edit. */
export interface RecordMeta {
  f: Record<string, FieldStamp>;
  /** Platform facts: the newest platform time applied to the platform's fields. */
  platformAt: number | null;
}

export interface StoredRecord {
  fields: Fields;
  meta: RecordMeta;
  /** Server time of the delete; a tombstone stays forever and wins. */
  deletedAt: number | null;
  version: number;
}

export interface ConflictEntry {
  field: string;
  lostValue: unknown;
  winningValue: unknown;
  /** Null for a value that never got a version (an edit the rules turned down). */
  lostVersion: number | null;
  winningVersion: number | null;
  lostDevice: string | null;
  winningDevice: string | null;
  rule: 'overwritten' | 'status_forward_only' | 'conflict_copy';
}

export interface MergeInput {
  mutation: SyncMutation;
  current: StoredRecord | null;
  /** The server's clock. */
  now: number;
  /** The version the first record this mutation writes gets (a conflict copy gets the next one). */
  version: number;
  /** Orders: the platform of the order's shop on the server (part of the natural id); null if unknown. */
  shopPlatform: string | null;
  /** The id a conflict copy gets, should one be needed. */
  copyId: string;
}

export type Superseded = { field: string; rule: SupersededRule };

/** `at` is the PC's edit time as the server keeps it (clamped when the PC's clock ran ahead). */
export type MergeOutcome =
  | { kind: 'refused'; code: RefusalCode; field: string | null; reason: string; flags: ClockFlag[]; at: number }
  | {
      kind: 'applied';
      at: number;
      /** The record to store; null when nothing changes. Same version as `current`: only meta changed. */
      next: StoredRecord | null;
      /** A note edited on two PCs: the losing edit, saved as a record of its own. */
      copy: { id: string; record: StoredRecord } | null;
      superseded: Superseded[];
      conflicts: ConflictEntry[];
      flags: ClockFlag[];
    };

/**
 * Applies one mutation to the server's copy of a record by the record's merge rule
 * (DESIGN.md §3). Pure: the server reads the record, calls this, and writes what it returns,
 * all under the team's version lock, so "server order" is the order of these calls.
 */
export function mergeMutation(input: MergeInput): MergeOutcome {
  const { mutation: m, flags } = clampClock(input.mutation, input.now);
  const { current } = input;
  const refuse = (code: RefusalCode, field: string | null, reason: string): MergeOutcome => ({ kind: 'refused', code, field, reason, flags, at: m.at });
  const applied = (next: StoredRecord | null, copy: { id: string; record: StoredRecord } | null, superseded: Superseded[], conflicts: ConflictEntry[]): MergeOutcome => ({
    kind: 'applied', next, copy, superseded, conflicts, flags, at: m.at,
  });
  const resolved = ruleFor(m.table, m.id, current?.fields ?? null, m.fields);
  if (!resolved.ok) return refuse(resolved.code, null, resolved.reason);
  const { rule, owner } = resolved;

  if (m.op === 'delete') {
    if (!current) return refuse('not_found', null, 'the server has no such record to delete');
    if (current.deletedAt !== null) return applied(null, null, [], []);
    if (rule.kind === 'append-only' && current.fields[rule.author as string] !== m.agentId) return refuse('not_author', rule.author ?? null, 'only the author retracts this record');
    if (owner !== null && owner !== m.agentId) return refuse('not_owner', rule.owner ?? null, 'only the owner deletes a personal record');
    return applied({ ...current, deletedAt: input.now, version: input.version }, null, [], []);
  }

  if (current && current.deletedAt !== null) return refuse('deleted', null, 'the record was deleted; deletes win');
  const superseded: Superseded[] = [];
  const fields: Fields = { ...m.fields };
  for (const f of rule.derived ?? []) {
    if (!(f in fields)) continue;
    delete fields[f];
    superseded.push({ field: f, rule: 'derived' });
  }
  const problem = checkFields(m.table, m.id, fields, current === null, rule.derived ?? []);
  if (problem) return refuse('invalid', problem.field, problem.reason);
  delete fields.id;
  delete fields.key;
  delete fields.deletedAt;

  if (owner !== null && owner !== m.agentId) return refuse('not_owner', rule.owner ?? null, 'a personal record is written by its owner only');
  if (current && rule.owner && rule.owner in fields && !sameValue(fields[rule.owner], current.fields[rule.owner])) return refuse('not_owner', rule.owner, 'a personal record keeps its owner');

  const keyProblem = checkNaturalKey(m, rule, fields, current, input.shopPlatform);
  if (keyProblem) return refuse(keyProblem.code, keyProblem.field, keyProblem.reason);

  if (!current) {
    const platform = Object.keys(fields).find((f) => rule.platformFields?.includes(f));
    if (platform && m.platformAt === undefined) return refuse('platform_time_missing', platform, 'platform fields need the platform’s time');
    return applied(fresh(fields, input.version, m.deviceId, platform ? (m.platformAt ?? null) : null), null, superseded, []);
  }

  if (rule.kind === 'append-only') {
    const changed = Object.keys(fields).find((f) => !sameValue(fields[f], current.fields[f]));
    return changed === undefined ? applied(null, null, superseded, []) : refuse('append_only', changed, 'an append-only record is never changed; write a new one');
  }

  const step: Step = { m, current, fields, superseded, conflicts: [] };
  const platformAt = keepNewerPlatformFacts(step, rule);
  if (platformAt === 'missing') return refuse('platform_time_missing', Object.keys(fields).find((f) => rule.platformFields?.includes(f)) ?? null, 'platform fields need the platform’s time');
  holdStatusesForward(step);
  const copyFields = splitConflictCopy(step, rule);
  const { next, nextVersion } = writeLastWriterWins(step, platformAt, input.version);
  const copy = copyFields ? { id: input.copyId, record: fresh(copyFields, nextVersion, m.deviceId, null) } : null;
  return applied(next, copy, superseded, step.conflicts);
}

/** What the steps of an edit of an existing record share; each step takes fields out of `fields`. */
interface Step {
  m: SyncMutation;
  current: StoredRecord;
  fields: Fields;
  superseded: Superseded[];
  conflicts: ConflictEntry[];
}

/**
 * Was field `f` written on the server, by another PC, after the version this edit was made from?
 * A PC's own later write is not concurrent with it: the PC typed both (a push whose answer was
 * lost is resent with what was typed meanwhile, against the old base).
 */
const concurrent = ({ current, m }: Step, f: string): boolean => {
  const stamp = current.meta.f[f];
  return f in current.fields && (stamp?.v ?? 0) > m.baseVersion && stamp?.d !== m.deviceId;
};

/** The edit's value lost to the server's (it never got a version). */
function lostToServer(step: Step, f: string, rule: ConflictEntry['rule']): ConflictEntry {
  const stamp = step.current.meta.f[f];
  return { field: f, lostValue: step.fields[f], winningValue: step.current.fields[f], lostVersion: null, winningVersion: stamp?.v ?? null, lostDevice: step.m.deviceId, winningDevice: stamp?.d ?? null, rule };
}

/** Platform facts: the platform's fields follow the newer platform time. Returns the record's platform time after the edit. */
function keepNewerPlatformFacts(step: Step, rule: TableRule): number | null | 'missing' {
  const { m, current, fields } = step;
  const platformFields = Object.keys(fields).filter((f) => rule.platformFields?.includes(f));
  if (platformFields.length === 0) return current.meta.platformAt;
  if (m.platformAt === undefined) return 'missing';
  if (current.meta.platformAt === null || m.platformAt >= current.meta.platformAt) return m.platformAt;
  for (const f of platformFields) {
    if (!sameValue(fields[f], current.fields[f])) step.superseded.push({ field: f, rule: 'older_platform_time' });
    delete fields[f];
  }
  return current.meta.platformAt;
}

/** Workflow statuses only move forward: a backward move is not taken, and logged. */
function holdStatusesForward(step: Step): void {
  const { m, current, fields } = step;
  for (const status of STATUS_RULES[m.table] ?? []) {
    const touched = status.fields.filter((f) => f in fields && !sameValue(fields[f], current.fields[f]));
    if (touched.length === 0) continue;
    const proposed = { ...current.fields, ...Object.fromEntries(touched.map((f) => [f, fields[f]])) };
    if (compareRanks(status.rank(proposed), status.rank(current.fields)) >= 0) continue;
    for (const f of touched) {
      step.superseded.push({ field: f, rule: 'status_forward_only' });
      step.conflicts.push(lostToServer(step, f, 'status_forward_only'));
      delete fields[f];
    }
  }
}

/**
 * A note's text changed on the server since this edit's base: both versions are kept. The note
 * keeps what reached the server first; this edit becomes a note of its own that names the one
 * it was made from (the PC shows both and says so). Returns the copy's fields, or null.
 */
function splitConflictCopy(step: Step, rule: TableRule): Fields | null {
  const { current, fields } = step;
  const copyable = (rule.copyOnConflict ?? []).filter((f) => f in fields);
  const clashing = copyable.filter((f) => !sameValue(fields[f], current.fields[f]) && concurrent(step, f));
  if (clashing.length === 0) return null;
  const copy = { ...current.fields, ...fields, conflictOf: step.m.id };
  for (const f of copyable) {
    if (clashing.includes(f)) step.conflicts.push(lostToServer(step, f, 'conflict_copy'));
    step.superseded.push({ field: f, rule: 'conflict_copy' });
    delete fields[f];
  }
  return copy;
}

/**
 * What is left is per-field last-writer-wins in server order: each changed field takes the new
 * value and version; a value the PC had not seen is logged as overwritten. An edit that only
 * touches bookkeeping fields (updatedAt) changes nothing. Returns the record to store and the
 * version the next write (a conflict copy) takes.
 */
function writeLastWriterWins(step: Step, platformAt: number | null, version: number): { next: StoredRecord | null; nextVersion: number } {
  const { m, current, fields } = step;
  const changed = Object.keys(fields).filter((f) => !(f in current.fields) || !sameValue(fields[f], current.fields[f]));
  if (!changed.some((f) => !BOOKKEEPING_FIELDS.has(f))) {
    // Same values, newer platform time: remember it (so an older fact cannot win later), no new version.
    const next = platformAt !== current.meta.platformAt ? { ...current, meta: { ...current.meta, platformAt } } : null;
    return { next, nextVersion: version };
  }
  const nextFields = { ...current.fields };
  const stamps = { ...current.meta.f };
  for (const f of changed) {
    if (concurrent(step, f) && !BOOKKEEPING_FIELDS.has(f)) {
      const stamp = current.meta.f[f];
      step.conflicts.push({ field: f, lostValue: current.fields[f], winningValue: fields[f], lostVersion: stamp?.v ?? null, winningVersion: version, lostDevice: stamp?.d ?? null, winningDevice: m.deviceId, rule: 'overwritten' });
    }
    nextFields[f] = fields[f];
    stamps[f] = { v: version, d: m.deviceId };
  }
  return { next: { fields: nextFields, meta: { f: stamps, platformAt }, deletedAt: null, version }, nextVersion: version + 1 };
}

function fresh(fields: Fields, version: number, device: string, platformAt: number | null): StoredRecord {
  return { fields, meta: { f: Object.fromEntries(Object.keys(fields).map((f) => [f, { v: version, d: device }])), platformAt }, deletedAt: null, version };
}

function checkNaturalKey(m: SyncMutation, rule: TableRule, fields: Fields, current: StoredRecord | null, shopPlatform: string | null): { code: RefusalCode; field: string | null; reason: string } | null {
  if (!rule.naturalKey) return null;
  if (current) {
    const moved = rule.naturalKey.find((f) => f in fields && !sameValue(fields[f], current.fields[f]));
    return moved ? { code: 'natural_key', field: moved, reason: 'a natural key never changes' } : null;
  }
  if (m.table === 'orders' && shopPlatform === null) return { code: 'unknown_shop', field: 'shopId', reason: 'the order’s shop is not on the server yet' };
  const key = naturalKeyOf(m.table, fields, shopPlatform);
  if (!key || naturalId(key) !== m.id) return { code: 'natural_key', field: null, reason: 'the id must be naturalId() of the record’s natural key' };
  return null;
}

