import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';

export type Presence = 'online' | 'busy' | 'away';

interface SessionState {
  /** The agent who signs every write made in this window. */
  agentId: string | null;
  presence: Presence;
  signIn(agentId: string): void;
  signOut(): void;
  setPresence(p: Presence): void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      agentId: null,
      presence: 'online',
      signIn: (agentId) => set({ agentId }),
      signOut: () => set({ agentId: null }),
      setPresence: (presence) => set({ presence }),
    }),
    { name: 'xiaoer.session', version: 1, storage: createJSONStorage(() => localStorage) },
  ),
);
