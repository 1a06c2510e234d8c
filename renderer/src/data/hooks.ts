import { useLiveQuery } from 'dexie-react-hooks';
import type { DependencyList } from 'react';

/**
 * Every screen reads through live queries: a write from anywhere (simulator, import, another
 * window) re-runs the query and re-renders. `fallback` is returned while the first read runs.
 */
export function useLive<T>(query: () => Promise<T>, deps: DependencyList, fallback: T): T {
  return useLiveQuery(query, deps as unknown[], fallback) as T;
}
