import { listAgents, useSharedLive } from '../../data';
import { useSession } from '../../state/session';
import { useNow } from '../../ui/useNow';
import { useCaseText } from './text';

/**
 * What a case tab (售后 ticket, 评价 review) works with: refusal and countdown texts, the
 * agents an owner is picked from, a clock that moves the countdowns, and the context of a write.
 */
export function useCaseDesk() {
  const { problem, countdown } = useCaseText();
  const agentId = useSession((s) => s.agentId) ?? 'system';
  const agents = useSharedLive(listAgents, []);
  const now = useNow(30_000);
  const write = (): { agentId: string; now: number } => ({ agentId, now: Date.now() });
  return { problem, countdown, agents, now, write };
}
