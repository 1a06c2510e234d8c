import type pg from 'pg';
import type { AccountView, CreateAccountRequest } from '@shared/schemas/teamAccounts';
import { inTransaction } from '../db/pool';
import { newServerId } from '../enrol/secrets';
import { writeServerRecord } from '../sync/serverWrite';
import { hashPassword } from './password';

export interface AccountRow {
  id: string;
  team_id: string;
  employee_no: string;
  name: string;
  role: 'agent' | 'supervisor';
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  disabled_at: Date | null;
}

export const viewOf = (a: Pick<AccountRow, 'id' | 'employee_no' | 'name' | 'role'>): AccountView => ({ agentId: a.id, employeeNo: a.employee_no, name: a.name, role: a.role });

export class AccountExistsError extends Error {}

/**
 * Makes an account and its `agents` record (the id both share), so every PC of the team pulls
 * the agent's name and role. The agents record of a 工号 that already exists in the team (made
 * on a PC before accounts) is taken over rather than duplicated.
 */
export async function createAccount(db: pg.Pool, teamId: string, input: CreateAccountRequest, now: number): Promise<AccountView> {
  const hash = await hashPassword(input.password);
  return inTransaction(db, async (client) => {
    const taken = await client.query('SELECT 1 FROM accounts WHERE team_id = $1 AND employee_no = $2', [teamId, input.employeeNo]);
    if (taken.rowCount) throw new AccountExistsError(`工号 ${input.employeeNo} already has an account`);
    const existing = await client.query<{ id: string }>(
      `SELECT id FROM records WHERE team_id = $1 AND tbl = 'agents' AND deleted_at IS NULL AND fields->>'employeeNo' = $2 ORDER BY version LIMIT 1`,
      [teamId, input.employeeNo],
    );
    const id = existing.rows[0]?.id ?? newServerId('ag_');
    await client.query('INSERT INTO accounts (id, team_id, employee_no, name, role, password_hash) VALUES ($1, $2, $3, $4, $5, $6)', [id, teamId, input.employeeNo, input.name, input.role, hash]);
    await writeServerRecord(client, teamId, 'agents', id, { name: input.name, employeeNo: input.employeeNo, role: input.role, signature: input.name, demo: false, updatedAt: now, updatedBy: id }, now);
    return viewOf({ id, employee_no: input.employeeNo, name: input.name, role: input.role });
  });
}

export async function listAccounts(db: pg.Pool, teamId: string, now: number): Promise<(AccountView & { locked: boolean; disabled: boolean })[]> {
  const { rows } = await db.query<AccountRow>('SELECT * FROM accounts WHERE team_id = $1 ORDER BY employee_no', [teamId]);
  return rows.map((a) => ({ ...viewOf(a), locked: a.locked_until !== null && a.locked_until.getTime() > now, disabled: a.disabled_at !== null }));
}

/** A team with no accounts yet runs as part 1 did (the device's word for the agent); from its first account on, writes need a session. */
export async function teamHasAccounts(db: pg.Pool | pg.PoolClient, teamId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM accounts WHERE team_id = $1 LIMIT 1', [teamId]);
  return (rowCount ?? 0) > 0;
}

export async function teamAccountIds(db: pg.Pool, teamId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM accounts WHERE team_id = $1', [teamId]);
  return new Set(rows.map((r) => r.id));
}
