import type pg from 'pg';
import { REVEAL_ROLES, revealOfAudit, type RevealRole } from '@shared/domain/team';
import type { SyncMutation } from '@shared/schemas/sync';
import type { RevealAuditEntry } from '@shared/schemas/teamAccounts';
import type { Session } from './sessions';

/** The roles this team lets receive full phone/address (issue 13 §6). */
export async function revealRoles(db: pg.Pool, teamId: string): Promise<RevealRole[]> {
  const { rows } = await db.query<{ reveal_roles: string[] }>('SELECT reveal_roles FROM teams WHERE id = $1', [teamId]);
  return (rows[0]?.reveal_roles ?? []).filter((r): r is RevealRole => (REVEAL_ROLES as readonly string[]).includes(r));
}

export async function setRevealRoles(db: pg.Pool, teamId: string, roles: readonly RevealRole[]): Promise<RevealRole[]> {
  await db.query('UPDATE teams SET reveal_roles = $2 WHERE id = $1', [teamId, [...new Set(roles)].sort()]);
  return revealRoles(db, teamId);
}

/** One reveal into the server's audit; the same PC audit line (a repeated push) is kept once. */
export async function auditReveal(
  db: pg.Pool,
  session: Session,
  reveal: { table: string; id: string; field: string; reason: string; pcAt: number | null; auditId: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO reveal_audit (team_id, account_id, device_id, tbl, record_id, field, reason, pc_at, audit_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (team_id, audit_id) WHERE audit_id IS NOT NULL DO NOTHING`,
    [session.teamId, session.account.agentId, session.deviceId, reveal.table, reveal.id, reveal.field, reveal.reason, reveal.pcAt, reveal.auditId],
  );
}

/**
 * Every reveal a PC made (its `audit` lines of a reveal, pushed with the rest of its work)
 * into the server's reveal audit, under the account signed in on that PC: what the supervisor
 * reads, whichever PC it happened on. Only lines the push applied count; one statement for the
 * whole push (a PC joining hands over its whole audit log at once).
 */
export async function auditPushedReveals(db: pg.Pool, session: Session, mutations: readonly SyncMutation[], applied: ReadonlySet<string>): Promise<number> {
  const lines = mutations.flatMap((m) => {
    if (m.table !== 'audit' || m.op === 'delete' || !applied.has(m.mutationId)) return [];
    const reveal = revealOfAudit(m.fields);
    return reveal ? [{ tbl: reveal.table, record_id: reveal.id, field: reveal.field, reason: reveal.reason || '—', pc_at: reveal.at, audit_id: m.id }] : [];
  });
  if (lines.length === 0) return 0;
  const { rowCount } = await db.query(
    `INSERT INTO reveal_audit (team_id, account_id, device_id, tbl, record_id, field, reason, pc_at, audit_id)
     SELECT $1, $2, $3, x.tbl, x.record_id, x.field, x.reason, x.pc_at, x.audit_id
       FROM jsonb_to_recordset($4::jsonb) AS x(tbl text, record_id text, field text, reason text, pc_at bigint, audit_id text)
     ON CONFLICT (team_id, audit_id) WHERE audit_id IS NOT NULL DO NOTHING`,
    [session.teamId, session.account.agentId, session.deviceId, JSON.stringify(lines)],
  );
  return rowCount ?? 0;
}

/** The audit a supervisor reads, newest first: who revealed what on which PC, when and why. */
export async function readReveals(db: pg.Pool, teamId: string): Promise<RevealAuditEntry[]> {
  const { rows } = await db.query<{ tbl: 'buyers' | 'orders'; record_id: string; field: 'phone' | 'address'; reason: string; at: string; agent_name: string; device_name: string }>(
    `SELECT r.tbl, r.record_id, r.field, r.reason, COALESCE(r.pc_at, (extract(epoch FROM r.at) * 1000)::bigint) AS at, a.name AS agent_name, d.name AS device_name
       FROM reveal_audit r JOIN accounts a ON a.id = r.account_id JOIN devices d ON d.id = r.device_id
      WHERE r.team_id = $1 ORDER BY r.id DESC LIMIT 500`,
    [teamId],
  );
  return rows.map((r) => ({ table: r.tbl, id: r.record_id, field: r.field, reason: r.reason, at: Number(r.at), agentName: r.agent_name, deviceName: r.device_name }));
}

/** The full value the server holds for a reveal (the masked copies are what every PC has). */
export async function fullValue(db: pg.Pool, teamId: string, table: 'buyers' | 'orders', id: string, field: 'phone' | 'address'): Promise<string | null> {
  const { rows } = await db.query<{ fields: Record<string, unknown> }>('SELECT fields FROM records WHERE team_id = $1 AND tbl = $2 AND id = $3 AND deleted_at IS NULL', [teamId, table, id]);
  const full = rows[0]?.fields[table === 'buyers' ? 'contactSecret' : 'recipient'];
  const value = full && typeof full === 'object' ? (full as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? value : null;
}
