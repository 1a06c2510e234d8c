import type pg from 'pg';
import { afterFailure, afterSuccess, DEVICE_WINDOW_MS, signInGate } from '@shared/domain/team';
import type { AccountView, SignInRequest, SignInResponse } from '@shared/schemas/teamAccounts';
import type { Device } from '../enrol/enrol';
import { newServerId, newToken, sha256 } from '../enrol/secrets';
import { viewOf, type AccountRow } from './accounts';
import { decoyHash, verifyPassword } from './password';

/** A session lasts a long shift; signing out ends it at once. */
export const SESSION_MS = 14 * 3_600_000;

export interface Session {
  id: string;
  account: AccountView;
  deviceId: string;
  teamId: string;
}

export type SignInOutcome =
  | { ok: true; value: SignInResponse }
  | { ok: false; code: 'bad_credentials' | 'locked_out' | 'rate_limited'; retryAfterMs: number | null };

const at = (ms: number) => new Date(ms);

/**
 * 工号 + password on an enrolled device. An unknown 工号 and a wrong password are the same
 * answer and cost the same time (a decoy hash is checked). Locked accounts and devices that
 * failed too often are refused before any hash runs.
 */
export async function signIn(db: pg.Pool, device: Device, input: SignInRequest, now: number): Promise<SignInOutcome> {
  const found = await db.query<AccountRow>('SELECT * FROM accounts WHERE team_id = $1 AND employee_no = $2', [device.teamId, input.employeeNo]);
  const account = found.rows[0] ?? null;
  const failures = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sign_in_failures WHERE device_id = $1 AND at > $2', [device.id, at(now - DEVICE_WINDOW_MS)]);
  const throttle = account ? { failedAttempts: account.failed_attempts, lockedUntil: account.locked_until?.getTime() ?? null } : null;
  const gate = signInGate(throttle, failures.rows[0]?.n ?? 0, now);
  if (gate.kind === 'locked') return { ok: false, code: 'locked_out', retryAfterMs: gate.until - now };
  if (gate.kind === 'device_limited') return { ok: false, code: 'rate_limited', retryAfterMs: gate.retryAfterMs };

  const usable = account !== null && account.disabled_at === null;
  const good = await verifyPassword(input.password, usable ? account.password_hash : await decoyHash());
  if (!usable || !good) {
    await db.query('INSERT INTO sign_in_failures (team_id, device_id, employee_no, at) VALUES ($1, $2, $3, $4)', [device.teamId, device.id, input.employeeNo, at(now)]);
    if (account && throttle) {
      const next = afterFailure(throttle, now);
      await db.query('UPDATE accounts SET failed_attempts = $2, locked_until = $3 WHERE id = $1', [account.id, next.failedAttempts, next.lockedUntil === null ? null : at(next.lockedUntil)]);
      if (next.lockedUntil !== null) return { ok: false, code: 'locked_out', retryAfterMs: next.lockedUntil - now };
    }
    return { ok: false, code: 'bad_credentials', retryAfterMs: null };
  }

  const reset = afterSuccess();
  await db.query('UPDATE accounts SET failed_attempts = $2, locked_until = NULL WHERE id = $1', [account.id, reset.failedAttempts]);
  const token = newToken();
  const expiresAt = now + SESSION_MS;
  await db.query('INSERT INTO sessions (id, token_hash, account_id, device_id, team_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    newServerId('s_'),
    sha256(token),
    account.id,
    device.id,
    device.teamId,
    at(now),
    at(expiresAt),
  ]);
  // Signed in here: online on this PC until sign-out (or a busy/away the PC reports).
  await db.query(
    `INSERT INTO presence (account_id, team_id, device_id, state, at) VALUES ($1, $2, $3, 'online', $4)
     ON CONFLICT (account_id) DO UPDATE SET device_id = EXCLUDED.device_id, state = 'online', at = EXCLUDED.at`,
    [account.id, device.teamId, device.id, now],
  );
  return { ok: true, value: { session: token, expiresAt, account: viewOf(account) } };
}

/** Why a session token is not accepted: said to the PC so it can ask the agent to sign in again. */
export type SessionRefusal = 'no_session' | 'session_expired' | 'session_revoked' | 'wrong_session';

/**
 * The session a token belongs to, if it is alive and was opened on this very device. A token
 * of another device (copied off a PC) or another team is `wrong_session`.
 */
export async function sessionFor(db: pg.Pool, device: Device, token: string, now: number): Promise<Session | SessionRefusal> {
  const { rows } = await db.query<AccountRow & { session_id: string; device_id: string; s_team: string; expires_at: Date; revoked_at: Date | null }>(
    `SELECT a.*, s.id AS session_id, s.device_id, s.team_id AS s_team, s.expires_at, s.revoked_at
       FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1`,
    [sha256(token)],
  );
  const s = rows[0];
  if (!s || s.device_id !== device.id || s.s_team !== device.teamId) return 'wrong_session';
  if (s.revoked_at !== null || s.disabled_at !== null) return 'session_revoked';
  if (s.expires_at.getTime() <= now) return 'session_expired';
  return { id: s.session_id, account: viewOf(s), deviceId: device.id, teamId: device.teamId };
}

export async function endSession(db: pg.Pool, sessionId: string, now: number): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, at(now)]);
  await db.query('DELETE FROM presence WHERE account_id = (SELECT account_id FROM sessions WHERE id = $1)', [sessionId]);
}

/** A supervisor ends every session of an account (a lost password, someone leaving). */
export async function revokeAccountSessions(db: pg.Pool, teamId: string, agentId: string, now: number): Promise<number> {
  const { rowCount } = await db.query('UPDATE sessions SET revoked_at = $3 WHERE team_id = $1 AND account_id = $2 AND revoked_at IS NULL', [teamId, agentId, at(now)]);
  await db.query('DELETE FROM presence WHERE account_id = $1', [agentId]);
  return rowCount ?? 0;
}
