import { useEffect } from 'react';

const MARK = 'app-interactive';

/**
 * Marks, once per page load, the moment the first screen an agent can work with is on screen
 * (first start, sign-in, or the 接待 queue with its buyers). The bench reads it as the cold
 * start figure; nothing in the app depends on it.
 */
export function useInteractiveMark(screen: string, ready = true): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(MARK).length > 0) return;
    performance.mark(MARK, { detail: screen });
  }, [screen, ready]);
}
