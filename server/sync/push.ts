import type pg from 'pg';
import { applyMutation, orderShopId, type ConflictEntry, type StoredRecord } from '@shared/domain/sync';
import { checkWriteRights, type Writer } from '@shared/domain/team';
import type { MutationResult, PushResponse, SyncMutation, SyncRow } from '@shared/schemas/sync';
import { inTransaction } from '../db/pool';
import { newServerId } from '../enrol/secrets';
import { SYNC_CHANNEL } from './channel';
import { prunedAnswer, prunedRepeats, seqOf } from './prune';

export interface PushContext {
  teamId: string;
  deviceId: string;
  /** The server's clock (a parameter so tests can move it). */
  now: () => number;
  /** The signed-in account (teams with accounts): what it may write is checked first. */
  writer?: Writer;
}

/** Applies a push in one transaction (see pushInTransaction). */
export function push(db: pg.Pool, ctx: PushContext, mutations: readonly SyncMutation[]): Promise<PushResponse> {
  return inTransaction(db, (client) => pushInTransaction(client, ctx, mutations));
}

const keyOf = (table: string, id: string): string => `${table}\u0000${id}`;

interface RecordRow {
  tbl: string;
  id: string;
  fields: Record<string, unknown>;
  meta: StoredRecord['meta'];
  deleted_at: number | null;
  version: number;
}

/**
 * Applies `mutations` in order inside the caller's transaction.
 *
 * First it locks the team's row (`SELECT … FOR NO KEY UPDATE`: FOR UPDATE's row lock minus the
 * key lock, so enrolling a PC into the team, whose foreign key only needs the key, does not
 * wait for a push): every push of a team runs one after the other, and each record write takes the next version from the counter. The lock is held
 * to COMMIT, so versions become visible in the order they were handed out — a pull of
 * "version > cursor" can never see version n+1 while n is still to come (docs/team.md shows
 * what a plain sequence would lose). A mutation already answered (its
 * device + mutationId is in `mutations`) gets its first answer again and changes nothing.
 * The whole push is a handful of statements whatever its size: the records it touches are
 * read up front, merged in memory by the shared rules, and written back in one statement.
 */
export async function pushInTransaction(client: pg.PoolClient, ctx: PushContext, mutations: readonly SyncMutation[]): Promise<PushResponse> {
  const team = await client.query<{ version: number }>('SELECT version FROM teams WHERE id = $1 FOR NO KEY UPDATE', [ctx.teamId]);
  if (!team.rows[0]) throw new Error(`team ${ctx.teamId} is gone`);
  const startVersion = team.rows[0].version;
  let version = startVersion;

  const answered = new Map<string, MutationResult>();
  const seen = await client.query<{ mutation_id: string; result: MutationResult }>('SELECT mutation_id, result FROM mutations WHERE device_id = $1 AND mutation_id = ANY($2::text[])', [
    ctx.deviceId,
    mutations.map((m) => m.mutationId),
  ]);
  for (const r of seen.rows) answered.set(r.mutation_id, r.result);
  // Old repeats whose answers were pruned (prune.ts): nothing of them is applied again.
  for (const id of await prunedRepeats(client, ctx.deviceId, mutations.map((m) => m.mutationId).filter((id) => !answered.has(id)))) answered.set(id, prunedAnswer(id));

  const records = await readRecords(client, ctx.teamId, mutations.map((m) => [m.table, m.id]));
  // Orders need their shop's platform (part of the natural id): read the shops they name.
  const shopIds = mutations.map((m) => orderShopId(m, records.get(keyOf(m.table, m.id)) ?? null));
  const missingShops = [...new Set(shopIds.filter((s): s is string => s !== null && !records.has(keyOf('shops', s))))];
  for (const [k, v] of await readRecords(client, ctx.teamId, missingShops.map((s) => ['shops', s]))) records.set(k, v);

  const dirty = new Set<string>();
  const logged: { m: SyncMutation; c: ConflictEntry }[] = [];
  const fresh: { m: SyncMutation; result: MutationResult; at: number }[] = [];
  const results: MutationResult[] = [];

  for (const m of mutations) {
    const before = answered.get(m.mutationId);
    if (before) {
      results.push(before);
      continue;
    }
    const current = records.get(keyOf(m.table, m.id)) ?? null;
    const denied = ctx.writer ? checkWriteRights(m, current?.fields ?? null, ctx.writer) : null;
    const applied = applyMutation({ mutation: m, current, lookup: (table, id) => records.get(keyOf(table, id)), version, now: ctx.now(), copyId: newServerId('c_'), denied });
    for (const w of applied.writes) {
      records.set(keyOf(m.table, w.id), w.record);
      dirty.add(keyOf(m.table, w.id));
    }
    version = applied.version;
    for (const c of applied.conflicts) logged.push({ m, c });
    answered.set(m.mutationId, applied.result);
    fresh.push({ m, result: applied.result, at: applied.at });
    results.push(applied.result);
  }

  await writeRecords(client, ctx.teamId, [...dirty].map((k) => [k, records.get(k) as StoredRecord]));
  await writeMutations(client, ctx, fresh);
  await writeConflicts(client, ctx.teamId, logged);
  if (version !== startVersion) {
    await client.query('UPDATE teams SET version = $2 WHERE id = $1', [ctx.teamId, version]);
    // Delivered to listeners at COMMIT, never before, and not at all on a rollback.
    await client.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, JSON.stringify({ team: ctx.teamId, version })]);
  }

  const rowOf = (m: SyncMutation): SyncRow | null => {
    const r = records.get(keyOf(m.table, m.id));
    return r ? { table: m.table, id: m.id, version: r.version, fields: r.fields, deletedAt: r.deletedAt } : null;
  };
  return { version, results: results.map((result, i) => ({ result, row: rowOf(mutations[i] as SyncMutation) })) };
}

export async function readRecords(client: pg.PoolClient, teamId: string, keys: (readonly [string, unknown])[]): Promise<Map<string, StoredRecord>> {
  const out = new Map<string, StoredRecord>();
  const wanted = keys.filter((k): k is [string, string] => typeof k[1] === 'string');
  if (wanted.length === 0) return out;
  const { rows } = await client.query<RecordRow>(
    `SELECT r.tbl, r.id, r.fields, r.meta, r.deleted_at, r.version
       FROM records r JOIN unnest($2::text[], $3::text[]) AS k(tbl, id) ON r.tbl = k.tbl AND r.id = k.id
      WHERE r.team_id = $1`,
    [teamId, wanted.map((k) => k[0]), wanted.map((k) => k[1])],
  );
  for (const r of rows) out.set(keyOf(r.tbl, r.id), { fields: r.fields, meta: r.meta, deletedAt: r.deleted_at, version: r.version });
  return out;
}

export async function writeRecords(client: pg.PoolClient, teamId: string, rows: [string, StoredRecord][]): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows.map(([k, r]) => {
    const [tbl, id] = k.split('\u0000');
    return { tbl, id, fields: r.fields, meta: r.meta, deleted_at: r.deletedAt, version: r.version };
  });
  await client.query(
    `INSERT INTO records (team_id, tbl, id, fields, meta, deleted_at, version)
     SELECT $1, x.tbl, x.id, x.fields, x.meta, x.deleted_at, x.version
       FROM jsonb_to_recordset($2::jsonb) AS x(tbl text, id text, fields jsonb, meta jsonb, deleted_at bigint, version bigint)
     ON CONFLICT (team_id, tbl, id) DO UPDATE SET fields = EXCLUDED.fields, meta = EXCLUDED.meta, deleted_at = EXCLUDED.deleted_at, version = EXCLUDED.version`,
    [teamId, JSON.stringify(payload)],
  );
}

async function writeMutations(client: pg.PoolClient, ctx: PushContext, fresh: { m: SyncMutation; result: MutationResult; at: number }[]): Promise<void> {
  if (fresh.length === 0) return;
  const payload = fresh.map(({ m, result, at }) => ({
    mutation_id: m.mutationId,
    prefix: seqOf(m.mutationId)?.prefix ?? null,
    seq: seqOf(m.mutationId)?.seq ?? null,
    tbl: m.table,
    record_id: m.id,
    result,
    version: result.status === 'applied' ? result.version : null,
    pc_at: at,
  }));
  await client.query(
    `INSERT INTO mutations (device_id, mutation_id, prefix, seq, team_id, tbl, record_id, result, version, pc_at)
     SELECT $1, x.mutation_id, x.prefix, x.seq, $2, x.tbl, x.record_id, x.result, x.version, x.pc_at
       FROM jsonb_to_recordset($3::jsonb) AS x(mutation_id text, prefix text, seq bigint, tbl text, record_id text, result jsonb, version bigint, pc_at bigint)`,
    [ctx.deviceId, ctx.teamId, JSON.stringify(payload)],
  );
}

async function writeConflicts(client: pg.PoolClient, teamId: string, logged: { m: SyncMutation; c: ConflictEntry }[]): Promise<void> {
  if (logged.length === 0) return;
  const payload = logged.map(({ m, c }) => ({
    tbl: m.table,
    record_id: m.id,
    field: c.field,
    rule: c.rule,
    lost_value: c.lostValue ?? null,
    winning_value: c.winningValue ?? null,
    lost_version: c.lostVersion,
    winning_version: c.winningVersion,
    lost_device: c.lostDevice,
    winning_device: c.winningDevice,
    mutation_id: m.mutationId,
  }));
  await client.query(
    `INSERT INTO conflicts (team_id, tbl, record_id, field, rule, lost_value, winning_value, lost_version, winning_version, lost_device, winning_device, mutation_id)
     SELECT $1, x.tbl, x.record_id, x.field, x.rule, x.lost_value, x.winning_value, x.lost_version, x.winning_version, x.lost_device, x.winning_device, x.mutation_id
       FROM jsonb_to_recordset($2::jsonb) AS x(tbl text, record_id text, field text, rule text, lost_value jsonb, winning_value jsonb,
                                               lost_version bigint, winning_version bigint, lost_device text, winning_device text, mutation_id text)`,
    [teamId, JSON.stringify(payload)],
  );
}
