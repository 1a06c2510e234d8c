import { create } from 'zustand';
import type { HostAccount } from '@shared/schemas/syncHost';

/**
 * Who is signed in with the shop server on this PC, as the host last said (the session token
 * stays in the host). Not persisted: the host is asked at start.
 */
interface AccountState {
  /** null until the host answered once. */
  loaded: boolean;
  signedIn: HostAccount | null;
  /** This PC's team signs in with accounts: nobody works here without signing in. */
  required: boolean;
  set(status: { signedIn: HostAccount | null; required: boolean }): void;
}

export const useAccount = create<AccountState>()((set) => ({
  loaded: false,
  signedIn: null,
  required: false,
  set: ({ signedIn, required }) => set({ loaded: true, signedIn, required }),
}));
