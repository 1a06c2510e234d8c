import type pg from 'pg';
import { composeEnrolCode } from '@shared/domain/team/enrolCode';
import { inTransaction } from '../db/pool';
import { newEnrolCode, newServerId, newToken, secretOf, sha256 } from './secrets';

export interface Team {
  id: string;
  name: string;
}

/** The team called `name`, made on first use (the server's command line names teams). */
export async function ensureTeam(db: pg.Pool, name: string): Promise<Team> {
  const { rows } = await db.query<Team>(
    `INSERT INTO teams (id, name) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, name`,
    [newServerId('t_'), name],
  );
  return rows[0] as Team;
}

/**
 * A one-time code that enrols one PC into `team` until `ttlMs` from now, in the form the PC is
 * given: the secret followed by the start of the server certificate's fingerprint (a server on
 * plain HTTP, `certFingerprint` null: the secret alone). The one way codes are made: the command
 * line, host mode (through it) and a supervisor's POST /v1/enroll-codes.
 */
export async function issueEnrolCode(db: pg.Pool, team: Team, ttlMs: number, certFingerprint: string | null): Promise<{ code: string; team: Team; expiresAt: Date }> {
  const secret = newEnrolCode();
  const { rows } = await db.query<{ expires_at: Date }>(
    `INSERT INTO enrol_codes (code_hash, team_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING expires_at`,
    [sha256(secretOf(secret)), team.id, ttlMs / 1000],
  );
  // The PC checks the server against the fingerprint the code carries before it sends the secret.
  const code = certFingerprint ? composeEnrolCode(secret, certFingerprint) : secret;
  return { code, team, expiresAt: (rows[0] as { expires_at: Date }).expires_at };
}

/** The same, for the team called `teamName` (made on first use: the command line names teams). */
export async function createEnrolCode(db: pg.Pool, teamName: string, ttlMs: number, certFingerprint: string | null = null): Promise<{ code: string; team: Team; expiresAt: Date }> {
  return issueEnrolCode(db, await ensureTeam(db, teamName), ttlMs, certFingerprint);
}

/** The team with this id (an enrolled device's), or null. */
export async function teamById(db: pg.Pool, id: string): Promise<Team | null> {
  const { rows } = await db.query<Team>('SELECT id, name FROM teams WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export type Enrolment = { deviceId: string; token: string; team: Team };

/**
 * Spends a code and makes a device with a fresh token, in one transaction: a code is good
 * exactly once even when two PCs type it at the same moment. Null for a wrong, used or
 * expired code (the caller does not say which).
 */
export async function enrol(db: pg.Pool, typedCode: string, deviceName: string): Promise<Enrolment | null> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<{ team_id: string; name: string }>(
      `UPDATE enrol_codes c SET used_at = now() FROM teams t
        WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > now() AND t.id = c.team_id
        RETURNING c.team_id, t.name`,
      [sha256(secretOf(typedCode))],
    );
    const hit = rows[0];
    if (!hit) return null;
    const deviceId = newServerId('d_');
    const token = newToken();
    await client.query('INSERT INTO devices (id, team_id, name, token_hash) VALUES ($1, $2, $3, $4)', [deviceId, hit.team_id, deviceName, sha256(token)]);
    await client.query('UPDATE enrol_codes SET device_id = $1 WHERE code_hash = $2', [deviceId, sha256(secretOf(typedCode))]);
    return { deviceId, token, team: { id: hit.team_id, name: hit.name } };
  });
}

export interface Device {
  id: string;
  teamId: string;
  /** Revoked devices are found too, so the answer can say so rather than "unknown token". */
  revoked: boolean;
}

/** The enrolled device a bearer token belongs to (revoked or not), or null. */
export async function deviceForToken(db: pg.Pool, token: string): Promise<Device | null> {
  const { rows } = await db.query<{ id: string; team_id: string; revoked: boolean }>(
    // last_seen_at is refreshed at most once a minute, not written on every request.
    `WITH hit AS (SELECT id, team_id, last_seen_at, revoked_at IS NOT NULL AS revoked FROM devices WHERE token_hash = $1),
          seen AS (UPDATE devices d SET last_seen_at = now() FROM hit
                    WHERE d.id = hit.id AND NOT hit.revoked AND (hit.last_seen_at IS NULL OR hit.last_seen_at < now() - interval '1 minute'))
     SELECT id, team_id, revoked FROM hit`,
    [sha256(token)],
  );
  const row = rows[0];
  return row ? { id: row.id, teamId: row.team_id, revoked: row.revoked } : null;
}
