import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import type { DependencyList } from 'react';
import { paced, type Pace } from './live/pace';
import { sharedLive } from './live/shared';

/**
 * Every screen reads through live queries: a write from anywhere (simulator, import, another
 * window) re-runs the query and re-renders. `fallback` is returned while the first read runs.
 * Re-runs are paced (see live/pace.ts): at most once per animation frame for a screen, or once
 * per `pace` ms, and paused during a bulk write; Dexie only re-runs a query whose read ranges
 * a write touched, so a view never wakes for tables it does not read. A query without
 * parameters (`deps` empty) is shared by all its readers and survives remounts (live/shared.ts).
 */
export function useLive<T>(query: () => Promise<T>, deps: DependencyList, fallback: T, pace: Pace = 'frame'): T {
  return useObservable(() => (deps.length === 0 ? sharedLive(query, pace) : liveQuery(paced(query, pace))), deps as unknown[], fallback) as T;
}
