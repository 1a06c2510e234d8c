import type pg from 'pg';
import { decideClaim, isLive, mayRelease, type Claim } from '@shared/domain/team';
import type { ClaimHolder, ClaimRequest, TeamOverview } from '@shared/schemas/teamAccounts';
import { inTransaction } from '../db/pool';
import type { Session } from '../accounts/sessions';

interface ClaimRow {
  account_id: string;
  device_id: string;
  expires_at: number;
  agent_name: string;
  device_name: string;
}

const holderOf = (r: ClaimRow): ClaimHolder => ({ agentId: r.account_id, agentName: r.agent_name, deviceId: r.device_id, deviceName: r.device_name, expiresAt: r.expires_at });
const claimOf = (r: ClaimRow | undefined): Claim | null => (r ? { agentId: r.account_id, deviceId: r.device_id, expiresAt: r.expires_at } : null);

const READ = `SELECT c.account_id, c.device_id, c.expires_at, a.name AS agent_name, d.name AS device_name
                FROM claims c JOIN accounts a ON a.id = c.account_id JOIN devices d ON d.id = c.device_id
               WHERE c.team_id = $1 AND c.kind = $2 AND c.target = $3`;

export type ClaimOutcome = { ok: true; claim: ClaimHolder; renewed: boolean } | { ok: false; holder: ClaimHolder };

/**
 * Takes (or renews) a piece of work for the session's agent on its PC. Two PCs asking at the
 * same moment: the row is created empty-handed first (ON CONFLICT DO NOTHING) and then locked,
 * so exactly one of them sees it free; the other waits for the lock and sees the holder.
 */
export async function takeClaim(db: pg.Pool, session: Session, deviceName: string, req: ClaimRequest, now: number): Promise<ClaimOutcome> {
  return inTransaction(db, async (client) => {
    await client.query(
      `INSERT INTO claims (team_id, kind, target, account_id, device_id, expires_at) VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT DO NOTHING`,
      [session.teamId, req.kind, req.target, session.account.agentId, session.deviceId],
    );
    const { rows } = await client.query<ClaimRow>(`${READ} FOR UPDATE OF c`, [session.teamId, req.kind, req.target]);
    const decision = decideClaim(claimOf(rows[0]), { agentId: session.account.agentId, deviceId: session.deviceId, leaseMs: req.leaseMs ?? 0, now });
    if (decision.kind === 'held') return { ok: false, holder: holderOf(rows[0] as ClaimRow) };
    await client.query(
      `UPDATE claims SET account_id = $4, device_id = $5, expires_at = $6, claimed_at = now() WHERE team_id = $1 AND kind = $2 AND target = $3`,
      [session.teamId, req.kind, req.target, session.account.agentId, session.deviceId, decision.claim.expiresAt],
    );
    return { ok: true, renewed: decision.renewed, claim: { agentId: session.account.agentId, agentName: session.account.name, deviceId: session.deviceId, deviceName, expiresAt: decision.claim.expiresAt } };
  });
}

/** Lets go of a claim: the holder, or a supervisor reassigning. False: someone else holds it. */
export async function releaseClaim(db: pg.Pool, session: Session, kind: string, target: string, now: number): Promise<boolean> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<ClaimRow>(`${READ} FOR UPDATE OF c`, [session.teamId, kind, target]);
    if (!mayRelease(claimOf(rows[0]), { agentId: session.account.agentId, supervisor: session.account.role === 'supervisor' }, now)) return false;
    await client.query('DELETE FROM claims WHERE team_id = $1 AND kind = $2 AND target = $3', [session.teamId, kind, target]);
    return true;
  });
}

/** The live claims of a team (the 团队 tab; expired ones are not shown, they hold nothing). */
export async function liveClaims(db: pg.Pool, teamId: string, now: number): Promise<TeamOverview['claims']> {
  const { rows } = await db.query<ClaimRow & { kind: 'conversation' | 'reminder' | 'review'; target: string }>(
    `SELECT c.kind, c.target, c.account_id, c.device_id, c.expires_at, a.name AS agent_name, d.name AS device_name
       FROM claims c JOIN accounts a ON a.id = c.account_id JOIN devices d ON d.id = c.device_id
      WHERE c.team_id = $1 AND c.expires_at > $2 ORDER BY c.claimed_at`,
    [teamId, now],
  );
  return rows.filter((r) => isLive(claimOf(r), now)).map((r) => ({ ...holderOf(r), kind: r.kind, target: r.target }));
}
