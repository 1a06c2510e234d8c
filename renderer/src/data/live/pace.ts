import Dexie from 'dexie';

/**
 * How often a live query may re-run after writes. Dexie's liveQuery re-runs a query as soon as
 * a transaction touches what it read, so a burst of writes (an import, a seeding, the simulator
 * beside a busy agent) re-ran every open view once per transaction. Paced, a query re-runs at
 * most once per slot, and never while a bulk write is in progress:
 * - `frame`: at most once per animation frame (screens: nothing faster can be seen);
 * - a number: at most once per that many ms (the tray pass, which also runs while hidden).
 * The first run is never held back, and a run that is still reading when a newer one is asked
 * for is waited out, so a slow query cannot queue up behind itself.
 */
export type Pace = 'frame' | number;

const FRAME_MS = 16;
/** A hidden window gets no animation frames; data still has to follow (tray, title). */
const FRAME_FALLBACK_MS = 100;

let bulkDepth = 0;
let bulkWaiters: (() => void)[] = [];

/**
 * Runs a bulk write (an import, a restore, a seeding) with live queries paused: they re-run
 * once when it ends instead of once per transaction inside it. Nested calls pause until the
 * outermost ends.
 */
export async function withBulk<T>(write: () => Promise<T>): Promise<T> {
  bulkDepth++;
  try {
    return await write();
  } finally {
    if (--bulkDepth === 0) {
      const waiters = bulkWaiters;
      bulkWaiters = [];
      for (const w of waiters) w();
    }
  }
}

export const inBulk = (): boolean => bulkDepth > 0;

const afterBulk = (): Promise<void> => (bulkDepth === 0 ? Promise.resolve() : new Promise((resolve) => bulkWaiters.push(resolve)));

let frameWaiters: (() => void)[] = [];
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    frameWaiters.push(resolve);
    if (frameWaiters.length > 1) return;
    let done = false;
    const flush = (): void => {
      if (done) return;
      done = true;
      const waiters = frameWaiters;
      frameWaiters = [];
      for (const w of waiters) w();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
    setTimeout(flush, typeof requestAnimationFrame === 'function' ? FRAME_FALLBACK_MS : FRAME_MS);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by a run that a newer run replaced while it waited; liveQuery drops replaced runs. */
class Superseded extends Error {
  constructor() {
    super('live query run replaced by a newer one');
    this.name = 'AbortError';
  }
}

/**
 * Wraps a live query's querier so its re-runs are paced. Dexie keeps track of what a querier
 * reads through its own zone, which survives awaiting a Dexie promise only: the wait is
 * therefore one Dexie promise, whatever it waits for inside.
 */
export function paced<T>(query: () => Promise<T>, pace: Pace): () => Promise<T> {
  let generation = 0;
  let last: { start: number; end: number } | null = null;
  let running: Promise<unknown> | null = null;

  const slot = async (): Promise<void> => {
    if (running) await running.catch(() => undefined);
    await afterBulk();
    if (last) {
      const gap = Math.max(pace === 'frame' ? FRAME_MS : pace, last.end - last.start);
      const wait = last.end + gap - performance.now();
      if (pace !== 'frame') {
        if (wait > 0) await sleep(wait);
      } else if (wait > 0) {
        if (wait > FRAME_MS) await sleep(wait - FRAME_MS);
        await nextFrame();
      }
    }
    // A bulk write may have begun while we waited.
    await afterBulk();
  };

  return async function pacedQuery(): Promise<T> {
    const mine = ++generation;
    if (last || running) {
      await new Dexie.Promise<void>((resolve) => void slot().then(resolve));
      if (mine !== generation) throw new Superseded();
    }
    const start = performance.now();
    const run = query();
    running = run;
    try {
      return await run;
    } finally {
      if (running === run) running = null;
      last = { start, end: performance.now() };
    }
  };
}
