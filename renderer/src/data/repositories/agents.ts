import type { Agent, Shop } from '@shared/schemas/entities';
import type { Platform } from '@shared/schemas/common';
import { newId } from '@shared/lib/ids';
import { refuse } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from './tracked';

export async function listAgents(): Promise<Agent[]> {
  return (await getDb().agents.toArray()).filter(alive).sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
}

export async function getAgent(id: string): Promise<Agent | undefined> {
  const a = await getDb().agents.get(id);
  return alive(a) ? a : undefined;
}

export async function listShops(): Promise<Shop[]> {
  return (await getDb().shops.toArray()).filter(alive);
}

export interface SetupInput {
  shopName: string;
  platform: Platform;
  agentName: string;
  employeeNo: string;
  role: Agent['role'];
}

/** First start on a real shop: the shop profile and the first agent, who signs the write. */
export async function createShopAndAgent(input: SetupInput, now: number): Promise<Agent> {
  const db = getDb();
  const agentId = newId();
  const ctx: WriteContext = { agentId, now };
  const taken = await db.agents.where('employeeNo').equals(input.employeeNo.trim()).filter(alive).count();
  if (taken > 0) throw refuse('employeeNoTaken', 'agents.employeeNo', { employeeNo: input.employeeNo.trim() });
  await putOne<Shop>(db, 'shops', { id: newId(), name: input.shopName.trim(), platform: input.platform, rules: {}, demo: false }, ctx);
  return putOne<Agent>(db, 'agents', { id: agentId, name: input.agentName.trim(), employeeNo: input.employeeNo.trim(), role: input.role, signature: input.agentName.trim(), demo: false }, ctx);
}

/** Another agent sharing this PC, added by someone already signed in. */
export async function addAgent(input: Pick<Agent, 'name' | 'employeeNo' | 'role'>, ctx: WriteContext): Promise<Agent> {
  const db = getDb();
  const taken = await db.agents.where('employeeNo').equals(input.employeeNo.trim()).filter(alive).count();
  if (taken > 0) throw refuse('employeeNoTaken', 'agents.employeeNo', { employeeNo: input.employeeNo.trim() });
  return putOne<Agent>(db, 'agents', { id: newId(), name: input.name.trim(), employeeNo: input.employeeNo.trim(), role: input.role, signature: input.name.trim(), demo: false }, ctx);
}
