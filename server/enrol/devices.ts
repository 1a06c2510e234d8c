import type pg from 'pg';
import { inTransaction } from '../db/pool';

/** The channel a revocation is announced on: every server process ends that device's event streams. */
export const DEVICE_CHANNEL = 'xiaoer_devices';

export interface DeviceRow {
  id: string;
  name: string;
  enrolledAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

const ms = (d: Date | null): number | null => (d ? d.getTime() : null);

/** A team's devices, newest first, revoked ones included (a supervisor sees what was cut off). */
export async function listDevices(db: pg.Pool, teamId: string): Promise<DeviceRow[]> {
  const { rows } = await db.query<{ id: string; name: string; enrolled_at: Date; last_seen_at: Date | null; revoked_at: Date | null; revoked_by: string | null }>(
    'SELECT id, name, enrolled_at, last_seen_at, revoked_at, revoked_by FROM devices WHERE team_id = $1 ORDER BY enrolled_at DESC, id',
    [teamId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, enrolledAt: r.enrolled_at.getTime(), lastSeenAt: ms(r.last_seen_at), revokedAt: ms(r.revoked_at), revokedBy: r.revoked_by }));
}

export type RevokeOutcome = 'revoked' | 'already_revoked' | 'not_found';

/**
 * Revokes a device of `teamId` (null: of any team, the server's command line). Its token is
 * refused from the next request on; the NOTIFY (delivered at COMMIT) ends its open event
 * streams in every server process at once. Revoking twice changes nothing.
 */
export async function revokeDevice(db: pg.Pool, teamId: string | null, deviceId: string, by: string): Promise<RevokeOutcome> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<{ team_id: string; revoked_at: Date | null }>('SELECT team_id, revoked_at FROM devices WHERE id = $1 AND ($2::text IS NULL OR team_id = $2) FOR UPDATE', [deviceId, teamId]);
    const row = rows[0];
    if (!row) return 'not_found';
    if (row.revoked_at) return 'already_revoked';
    await client.query('UPDATE devices SET revoked_at = now(), revoked_by = $2 WHERE id = $1', [deviceId, by]);
    await client.query('SELECT pg_notify($1, $2)', [DEVICE_CHANNEL, JSON.stringify({ team: row.team_id, device: deviceId })]);
    return 'revoked';
  });
}
