import { ruleFor, settingScope } from '@shared/domain/sync';
import type { Change } from '@shared/schemas/entities';
import type { SyncEnrolment, SyncFailureCode, SyncJoinInput } from '@shared/schemas/syncHost';
import type { XiaoerDb } from '../db';
import { clearState, writeState } from './state';
import { SYNC_TABLES, isDeleted, keyOfRecord } from './tables';
import type { SyncTransport } from './transport';

type Row = Record<string, unknown>;

const JOIN_SLICE = 5_000;

export type JoinProblem = { code: 'demo' | 'host'; detail: string } | { code: SyncFailureCode; detail: string };
export type JoinOutcome = { ok: true; enrolment: SyncEnrolment } | { ok: false; problem: JoinProblem };

/** Who a record's line is signed by: its owner or author where the server checks one. */
function signer(table: string, id: string, row: Row): string {
  const rule = ruleFor(table, id, row, row);
  if (rule.ok && rule.owner) return rule.owner;
  const author = rule.ok && rule.rule.author ? row[rule.rule.author] : null;
  if (typeof author === 'string' && author) return author;
  return typeof row['updatedBy'] === 'string' && row['updatedBy'] ? row['updatedBy'] : 'system';
}

/**
 * Ties this store to the team the host is enrolled in: shadows and cursor start over (the
 * server's versions are pulled from the start), the log so far stays history, and every live
 * record is offered to the server as a `join` line — pushed only where it is newer than what
 * the server has. Also used when the host is in a team this store was never tied to (a store
 * recreated from a backup on an enrolled PC).
 */
export async function attach(db: XiaoerDb, enrolment: SyncEnrolment, now: number): Promise<void> {
  await db.transaction('rw', [...SYNC_TABLES.map((t) => db.table(t)), db.shadows, db.syncState, db.changes], async () => {
    const last = ((await db.changes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
    await db.shadows.clear();
    await clearState(db);
    await writeState(db, 'link', enrolment);
    await writeState(db, 'cursor', 0);
    await writeState(db, 'outbox', last);
    // Record by record through a cursor: a year-long store (and its photos' images) is never
    // held in memory at once, only the small lines offering it.
    for (const table of SYNC_TABLES) {
      const lines: Change[] = [];
      await db.table(table).each((row: Row) => {
        if (isDeleted(row) && table !== 'settings' && table !== 'audit') return;
        const id = keyOfRecord(table, row);
        if (table === 'settings' && settingScope(id).scope === 'device') return;
        const at = typeof row['updatedAt'] === 'number' ? row['updatedAt'] : typeof row['at'] === 'number' ? row['at'] : now;
        lines.push({ table, id, op: 'put', at, agent: signer(table, id, row), origin: 'join' });
      });
      for (let i = 0; i < lines.length; i += JOIN_SLICE) await db.changes.bulkAdd(lines.slice(i, i + JOIN_SLICE));
    }
  });
}

/** Forgets the team in this store (shadows, cursor, outbox); every record stays. */
export async function detach(db: XiaoerDb): Promise<void> {
  await db.transaction('rw', [db.shadows, db.syncState], async () => {
    await db.shadows.clear();
    await clearState(db);
  });
}

/**
 * Joins a team with a one-time code. A store holding the demo shop never joins: its made-up
 * buyers and orders must not reach a real shop's PCs.
 */
export async function joinTeam(db: XiaoerDb, transport: SyncTransport, input: SyncJoinInput, hasDemo: boolean, now: number): Promise<JoinOutcome> {
  if (hasDemo) return { ok: false, problem: { code: 'demo', detail: 'the store holds the demo shop' } };
  const answer = await transport.join(input);
  if (!answer.ok) return { ok: false, problem: { code: 'host', detail: answer.error } };
  if (!answer.value.ok) return { ok: false, problem: answer.value.failure };
  await attach(db, answer.value.value, now);
  return { ok: true, enrolment: answer.value.value };
}

export async function leaveTeam(db: XiaoerDb, transport: SyncTransport): Promise<{ ok: true } | { ok: false; detail: string }> {
  const answer = await transport.leave();
  if (!answer.ok) return { ok: false, detail: answer.error };
  await detach(db);
  return { ok: true };
}
