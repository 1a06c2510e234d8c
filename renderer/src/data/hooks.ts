import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { useEffect, useState, type DependencyList } from 'react';
import { paced, type Pace } from './live/pace';
import { sharedLive, sharedLiveOf } from './live/shared';

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

/**
 * A live read without parameters, by a module-level function (the agents, the phrase library,
 * the waiting conversations…), shared by every component that reads it and kept across
 * remounts (live/shared.ts): a conversation switch remounts the chat pane and gets these at
 * once instead of reading them again. Pass the function itself, never a new lambda.
 */
export function useSharedLive<T>(query: () => Promise<T>, fallback: T): T {
  return useObservable(() => sharedLive(query, 'frame'), [query], fallback) as T;
}

/**
 * A live query over time-bucketed input (`at`: the current bucket, e.g. the minute): it re-runs
 * when the store changes, and moves on to a newer `at` only once it has answered for the one it
 * is on. Restarting on every new bucket would never answer when one run takes longer than a
 * bucket (50,000 unpaid orders on a busy machine) — the screen would stay empty.
 */
export function useLiveAt<T>(query: (at: number) => Promise<T>, at: number, fallback: T, pace: Pace = 'frame'): T {
  const [asOf, setAsOf] = useState(at);
  const result = useLive(async () => ({ at: asOf, value: await query(asOf) }), [asOf], null, pace);
  useEffect(() => {
    if (result?.at === asOf && at !== asOf) setAsOf(at);
  }, [result, at, asOf]);
  return result ? result.value : fallback;
}

/**
 * A live read of one key (a conversation id), shared and kept across remounts like
 * `useSharedLive`: switching back to a chat seen a moment ago paints at once. Pass a
 * module-level function taking the key.
 */
export function useSharedLiveOf<T>(query: (key: string) => Promise<T>, key: string, fallback: T): T {
  return useObservable(() => sharedLiveOf(query, key, 'frame'), [query, key], fallback) as T;
}
