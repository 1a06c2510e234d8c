import type { Agent } from '@shared/schemas/entities';
import type { AccountView } from '@shared/schemas/teamAccounts';
import { getDb } from '../store';

/**
 * The account that signed in with the shop server, as this store's agent. The server keeps an
 * `agents` record per account and every PC pulls it; until the first pull brings it, the
 * record is put here as the server holds it — with no change line, like a pulled row, since
 * only supervisors write agents and a PC must not offer it back.
 */
export async function keepSignedInAgent(account: AccountView, now: number): Promise<Agent> {
  const db = getDb();
  const known = await db.agents.get(account.agentId);
  if (known && known.deletedAt === null) return known;
  const agent: Agent = { id: account.agentId, name: account.name, employeeNo: account.employeeNo, role: account.role, signature: account.name, demo: false, updatedAt: now, updatedBy: account.agentId, deletedAt: null };
  await db.agents.put(agent);
  return agent;
}
