import { liveQuery, type Subscription } from 'dexie';
import { paced, type Pace } from './pace';

/** How long a shared query stays subscribed after its last reader leaves (a conversation switch remounts them all). */
const KEEP_ALIVE_MS = 30_000;

interface Entry {
  value: unknown;
  has: boolean;
  readers: Set<{ next: (v: unknown) => void; error?: (e: unknown) => void }>;
  sub: Subscription | null;
  idle: ReturnType<typeof setTimeout> | null;
}

/** What useObservable (dexie-react-hooks) takes: a current value it can show on mount without waiting. */
export interface SharedObservable<T> {
  subscribe(next: (v: T) => void, error?: (e: unknown) => void): { unsubscribe(): void };
  hasValue(): boolean;
  getValue(): T;
}

const entries = new WeakMap<() => Promise<unknown>, Entry>();

/**
 * One live subscription per query function, shared by every component that reads it with no
 * parameters (the agents, the phrase library, the lint lists, the shops). A remount — every
 * conversation switch remounts the chat pane — gets the current value at once instead of
 * reading the table again; the subscription ends a while after its last reader has gone.
 */
export function sharedLive<T>(query: () => Promise<T>, pace: Pace, keepAliveMs = KEEP_ALIVE_MS): SharedObservable<T> {
  let entry = entries.get(query);
  if (!entry) {
    entry = { value: undefined, has: false, readers: new Set(), sub: null, idle: null };
    entries.set(query, entry);
  }
  const e = entry;
  return {
    hasValue: () => e.has,
    getValue: () => e.value as T,
    subscribe(next, error) {
      const reader = { next: next as (v: unknown) => void, error };
      e.readers.add(reader);
      if (e.idle) clearTimeout(e.idle);
      e.idle = null;
      e.sub ??= liveQuery(paced(query, pace)).subscribe({
        next: (v) => {
          e.value = v;
          e.has = true;
          for (const r of [...e.readers]) r.next(v);
        },
        error: (err) => { for (const r of [...e.readers]) r.error?.(err); },
      });
      return {
        unsubscribe() {
          e.readers.delete(reader);
          if (e.readers.size > 0 || e.idle) return;
          e.idle = setTimeout(() => {
            e.idle = null;
            if (e.readers.size > 0) return;
            e.sub?.unsubscribe();
            e.sub = null;
            // Nobody follows the store for it any more: the next reader waits for a fresh read.
            e.has = false;
            e.value = undefined;
          }, keepAliveMs);
        },
      };
    },
  };
}
