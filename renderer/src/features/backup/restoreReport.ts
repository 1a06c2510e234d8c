import { create } from 'zustand';
import type { RestoreReport } from '../../data';

/**
 * The counts of the last restore, shown by the app shell: a restore from the first-start screen
 * brings agents back, which replaces that screen with sign-in — the counts must outlive it.
 */
export const useRestoreReport = create<{ report: RestoreReport | null; set(r: RestoreReport | null): void }>()((set) => ({
  report: null,
  set: (report) => set({ report }),
}));
