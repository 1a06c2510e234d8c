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
const keyedEntries = new WeakMap<(key: string) => Promise<unknown>, Map<string, Entry>>();

const newEntry = (): Entry => ({ value: undefined, has: false, readers: new Set(), sub: null, idle: null });

/** The observable over one entry; `dropped` runs when its subscription ends (no reader for a while). */
function observe<T>(e: Entry, run: () => Promise<T>, pace: Pace, keepAliveMs: number, dropped: () => void = () => undefined): SharedObservable<T> {
  return {
    hasValue: () => e.has,
    getValue: () => e.value as T,
    subscribe(next, error) {
      const reader = { next: next as (v: unknown) => void, error };
      e.readers.add(reader);
      if (e.idle) clearTimeout(e.idle);
      e.idle = null;
      e.sub ??= liveQuery(paced(run, pace)).subscribe({
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
            dropped();
          }, keepAliveMs);
        },
      };
    },
  };
}

/**
 * One live subscription per query function, shared by every component that reads it with no
 * parameters (the agents, the phrase library, the lint lists, the shops). A remount — every
 * conversation switch remounts the chat pane — gets the current value at once instead of
 * reading the table again; the subscription ends a while after its last reader has gone.
 */
export function sharedLive<T>(query: () => Promise<T>, pace: Pace, keepAliveMs = KEEP_ALIVE_MS): SharedObservable<T> {
  let entry = entries.get(query);
  if (!entry) {
    entry = newEntry();
    entries.set(query, entry);
  }
  return observe(entry, query, pace, keepAliveMs);
}

/**
 * The same per key (a conversation id): the chats an agent moved between in the last while keep
 * their live read, so switching back paints at once, and a read can be started before the
 * screen that shows it has mounted (`preloadShared`). A key's entry goes with its subscription.
 */
export function sharedLiveOf<T>(query: (key: string) => Promise<T>, key: string, pace: Pace, keepAliveMs = KEEP_ALIVE_MS): SharedObservable<T> {
  let byKey = keyedEntries.get(query);
  if (!byKey) {
    byKey = new Map();
    keyedEntries.set(query, byKey);
  }
  let entry = byKey.get(key);
  if (!entry) {
    entry = newEntry();
    byKey.set(key, entry);
  }
  const e = entry;
  return observe(e, () => query(key), pace, keepAliveMs, () => { if (byKey.get(key) === e) byKey.delete(key); });
}

/**
 * Starts a keyed shared read now (a click on a queue row, before the chat pane renders and its
 * panels queue their own reads ahead of it); kept for the keep-alive time if nobody comes.
 */
export function preloadShared<T>(query: (key: string) => Promise<T>, key: string, pace: Pace = 'frame'): void {
  sharedLiveOf(query, key, pace).subscribe(() => undefined).unsubscribe();
}
