import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import type { DependencyList } from 'react';
import { paced, type Pace } from './live/pace';

/**
 * Every screen reads through live queries: a write from anywhere (simulator, import, another
 * window) re-runs the query and re-renders. `fallback` is returned while the first read runs.
 * Re-runs are paced (see live/pace.ts): at most once per animation frame for a screen, or once
 * per `pace` ms, and paused during a bulk write; Dexie only re-runs a query whose read ranges
 * a write touched, so a view never wakes for tables it does not read.
 */
export function useLive<T>(query: () => Promise<T>, deps: DependencyList, fallback: T, pace: Pace = 'frame'): T {
  return useObservable(() => liveQuery(paced(query, pace)), deps as unknown[], fallback) as T;
}
