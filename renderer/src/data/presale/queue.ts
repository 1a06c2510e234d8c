import type { Agent } from '@shared/schemas/entities';
import { listAgents } from '../repositories/agents';

/** Agents to hand a buyer to (everyone but me). */
export async function colleagues(me: string): Promise<Agent[]> {
  return (await listAgents()).filter((a) => a.id !== me);
}
