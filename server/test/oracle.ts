import { BOOKKEEPING_FIELDS, ruleFor, sameValue } from '@shared/domain/sync';
import type { RecordMeta } from '@shared/domain/sync';
import type { Ack } from './simPc';
import { rowKey } from './simPc';

export interface ServerRecord {
  tbl: string;
  id: string;
  version: number;
  fields: Record<string, unknown>;
  meta: RecordMeta;
  deleted_at: number | null;
}

export interface ConflictRow {
  tbl: string;
  record_id: string;
  field: string;
  rule: string;
  lost_version: number | null;
  winning_version: number | null;
  mutation_id: string;
}

/**
 * Re-derives what the server must hold from the acknowledgements alone, and lists every
 * difference. Applied writes are replayed per field in server (version) order, skipping the
 * fields the answer said were superseded: the last write of each field must be what the
 * server holds, with its version; a write that overwrote a value its PC had not seen (base
 * version below that value's) must be in the conflict log; deletes must be tombstones; and
 * every version the team counter handed out belongs to exactly one write (nothing applied
 * twice, nothing applied that was not acknowledged).
 */
export function checkAcknowledged(acks: Ack[], records: ServerRecord[], conflicts: ConflictRow[], teamVersion: number): string[] {
  const problems: string[] = [];
  const byKey = new Map(records.map((r) => [rowKey(r.tbl, r.id), r]));
  const writes = new Map<string, Ack[]>();
  let versionsUsed = 0;
  const expectedConflicts: string[] = [];

  for (const ack of acks) {
    const { m, result } = ack;
    if (result.status !== 'applied') continue;
    if (result.version !== null) {
      versionsUsed += 1;
      const list = writes.get(rowKey(m.table, m.id)) ?? [];
      list.push(ack);
      writes.set(rowKey(m.table, m.id), list);
    }
    if (result.copyId) {
      versionsUsed += 1;
      const copy = byKey.get(rowKey(m.table, result.copyId));
      if (!copy || !sameValue(copy.fields.body, m.fields.body ?? copy.fields.body) || copy.fields.conflictOf !== m.id) problems.push(`${m.mutationId}: conflict copy ${result.copyId} missing or wrong`);
    }
    for (const s of result.superseded) {
      if (s.rule === 'status_forward_only' && !conflicts.some((c) => c.mutation_id === m.mutationId && c.field === s.field && c.rule === 'status_forward_only'))
        problems.push(`${m.mutationId}: backward ${s.field} not logged`);
      if (s.rule === 'older_platform_time') {
        const rec = byKey.get(rowKey(m.table, m.id));
        if (!rec || (rec.meta.platformAt ?? 0) < Math.min(m.platformAt ?? 0, Date.now())) problems.push(`${m.mutationId}: older platform fact kept but the server’s is older`);
      }
    }
  }
  if (versionsUsed !== teamVersion) problems.push(`team version ${teamVersion} but ${versionsUsed} acknowledged writes took a version`);

  for (const [key, list] of writes) {
    list.sort((a, b) => (a.result.status === 'applied' ? (a.result.version ?? 0) : 0) - (b.result.status === 'applied' ? (b.result.version ?? 0) : 0));
    const state = new Map<string, { value: unknown; v: number; d: string }>();
    let deleted = false;
    let lastVersion = 0;
    for (const { m, result } of list) {
      if (result.status !== 'applied' || result.version === null) continue;
      lastVersion = result.version;
      if (m.op === 'delete') {
        deleted = true;
        continue;
      }
      if (deleted) problems.push(`${m.mutationId}: applied after a delete`);
      const skip = new Set(result.superseded.map((s) => s.field));
      const resolved = ruleFor(m.table, m.id, null, m.fields);
      for (const f of resolved.ok ? (resolved.rule.derived ?? []) : []) skip.add(f);
      for (const [f, value] of Object.entries(m.fields)) {
        if (skip.has(f) || BOOKKEEPING_FIELDS.has(f) || f === 'id') continue;
        const had = state.get(f);
        if (had && sameValue(had.value, value)) continue;
        if (had && had.v > m.baseVersion && had.d !== m.deviceId) expectedConflicts.push(`${key}|${f}|${had.v}|${result.version}`);
        state.set(f, { value, v: result.version, d: m.deviceId });
      }
    }
    const rec = byKey.get(key);
    if (!rec) {
      problems.push(`${key}: acknowledged but not on the server`);
      continue;
    }
    if (rec.version !== lastVersion) problems.push(`${key}: server version ${rec.version}, last acknowledged write ${lastVersion}`);
    if ((rec.deleted_at !== null) !== deleted) problems.push(`${key}: tombstone ${rec.deleted_at !== null}, deletes acknowledged ${deleted}`);
    const serverFields = Object.keys(rec.fields).filter((f) => !BOOKKEEPING_FIELDS.has(f));
    if (serverFields.length !== state.size) problems.push(`${key}: server has fields ${serverFields.sort().join(',')}, writes ${[...state.keys()].sort().join(',')}`);
    for (const [f, { value, v }] of state) {
      if (!sameValue(rec.fields[f], value)) problems.push(`${key}.${f}: server ${JSON.stringify(rec.fields[f])}, last write ${JSON.stringify(value)}`);
      if (rec.meta.f[f]?.v !== v) problems.push(`${key}.${f}: stamped ${rec.meta.f[f]?.v}, last write at ${v}`);
    }
  }

  const logged = conflicts.filter((c) => c.rule === 'overwritten').map((c) => `${rowKey(c.tbl, c.record_id)}|${c.field}|${c.lost_version}|${c.winning_version}`);
  const missing = expectedConflicts.filter((c) => !logged.includes(c));
  const extra = logged.filter((c) => !expectedConflicts.includes(c));
  if (missing.length) problems.push(`overwritten values not logged: ${missing.slice(0, 5).join(' ; ')}`);
  if (extra.length) problems.push(`conflicts logged that no write explains: ${extra.slice(0, 5).join(' ; ')}`);
  return problems;
}
