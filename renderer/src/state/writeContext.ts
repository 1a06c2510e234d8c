import { useSession } from './session';

/** The signed-in agent signs every write made from this window; time is read at the moment of writing. */
export function useWriteContext(): () => { agentId: string; now: number } {
  const agentId = useSession((s) => s.agentId);
  return () => {
    if (!agentId) throw new Error('no agent is signed in');
    return { agentId, now: Date.now() };
  };
}
