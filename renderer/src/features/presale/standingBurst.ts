import { burstKey } from '@shared/domain/presale';

const STORE_KEY = 'xiaoer.presale.burst';

/**
 * The burst notification standing now (one toast for a 双十一 wave of new buyers), if any.
 * Each burst gets its own key (the scheduler never rings an acknowledged key again), so the key
 * must outlive a reload of the page: Electron main keeps repeating it until it is acknowledged.
 * sessionStorage lives exactly as long as the window.
 */
export function createStandingBurst(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = globalThis.sessionStorage ?? null) {
  let key = storage?.getItem(STORE_KEY) ?? null;
  let lastAt = 0;
  return {
    current: (): string | null => key,
    /** A new burst at `now`: a fresh key even when two bursts fall in one clock tick. */
    begin(now: number): string {
      lastAt = Math.max(now, lastAt + 1);
      key = burstKey(lastAt);
      storage?.setItem(STORE_KEY, key);
      return key;
    },
    end(): void {
      key = null;
      storage?.removeItem(STORE_KEY);
    },
  };
}
