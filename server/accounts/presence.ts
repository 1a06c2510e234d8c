import type pg from 'pg';
import type { TeamOverview } from '@shared/schemas/teamAccounts';
import { viewOf, type AccountRow } from './accounts';
import type { Session } from './sessions';

export async function setPresence(db: pg.Pool, session: Session, state: 'online' | 'busy' | 'away', now: number): Promise<void> {
  await db.query(
    `INSERT INTO presence (account_id, team_id, device_id, state, at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (account_id) DO UPDATE SET device_id = EXCLUDED.device_id, state = EXCLUDED.state, at = EXCLUDED.at`,
    [session.account.agentId, session.teamId, session.deviceId, state, now],
  );
}

/** Every account of the team with where it is signed in and how (null: signed in nowhere, or its session ran out). */
export async function teamOverview(db: pg.Pool, teamId: string, now: number): Promise<Omit<TeamOverview, 'claims'>> {
  const { rows } = await db.query<AccountRow & { state: 'online' | 'busy' | 'away' | null; device_id: string | null; device_name: string | null; at: number | null }>(
    `SELECT a.*, p.state, p.device_id, d.name AS device_name, p.at
       FROM accounts a
       LEFT JOIN presence p ON p.account_id = a.id
        AND EXISTS (SELECT 1 FROM sessions s WHERE s.account_id = a.id AND s.device_id = p.device_id AND s.revoked_at IS NULL AND s.expires_at > to_timestamp($2 / 1000.0))
       LEFT JOIN devices d ON d.id = p.device_id
      WHERE a.team_id = $1 AND a.disabled_at IS NULL ORDER BY a.employee_no`,
    [teamId, now],
  );
  return {
    now,
    agents: rows.map((r) => ({
      ...viewOf(r),
      presence: r.state && r.device_id && r.at !== null ? { state: r.state, deviceId: r.device_id, deviceName: r.device_name ?? '', at: r.at } : null,
    })),
  };
}
