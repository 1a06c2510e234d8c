import type { Agent } from '@shared/schemas/entities';
import { listAgents, useSharedLive } from '../../data';
import { useSession } from '../../state/session';

/** The signed-in agent and everyone's names (handovers show who left and who took what). */
export function useAgents(): { me: Agent | undefined; nameOf: (id: string | null) => string } {
  const agentId = useSession((s) => s.agentId);
  const agents = useSharedLive(listAgents, []);
  return { me: agents.find((a) => a.id === agentId), nameOf: (id) => agents.find((a) => a.id === id)?.name ?? '' };
}
