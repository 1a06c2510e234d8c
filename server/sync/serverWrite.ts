import type pg from 'pg';
import { mergeMutation } from '@shared/domain/sync';
import { SYNC_CHANNEL } from './channel';
import { readRecords, writeRecords } from './push';

/**
 * A record the server itself writes (an account's `agents` record), merged by the same rules
 * as a pushed one and given the team's next version under the team's lock, so every PC pulls
 * it like any other write. Runs inside the caller's transaction.
 */
export async function writeServerRecord(client: pg.PoolClient, teamId: string, table: string, id: string, fields: Record<string, unknown>, now: number): Promise<number> {
  const team = await client.query<{ version: number }>('SELECT version FROM teams WHERE id = $1 FOR NO KEY UPDATE', [teamId]);
  const start = team.rows[0]?.version;
  if (start === undefined) throw new Error(`team ${teamId} is gone`);
  const current = (await readRecords(client, teamId, [[table, id]])).values().next().value ?? null;
  const outcome = mergeMutation({
    mutation: { mutationId: `server.${id}.${now}`, deviceId: 'server', agentId: String(fields.updatedBy ?? 'server'), table, id, op: 'put', fields, baseVersion: current?.version ?? 0, at: now },
    current,
    now,
    version: start + 1,
    shopPlatform: null,
    copyId: id,
  });
  if (outcome.kind === 'refused') throw new Error(`server write of ${table}/${id} refused: ${outcome.code} ${outcome.field ?? ''} ${outcome.reason}`);
  if (!outcome.next || outcome.next.version === current?.version) return start;
  await writeRecords(client, teamId, [[`${table}\u0000${id}`, outcome.next]]);
  await client.query('UPDATE teams SET version = $2 WHERE id = $1', [teamId, start + 1]);
  await client.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, JSON.stringify({ team: teamId, version: start + 1 })]);
  return start + 1;
}
