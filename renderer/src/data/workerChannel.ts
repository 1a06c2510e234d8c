import { bug, type Problem } from '@shared/lib/problem';
import { storeKeys, setStoreKeys, type StoreKeys } from './crypto/seal';

/**
 * A request/reply line to a job that runs in a Web Worker where one can start, and on this
 * thread where none can (unit tests under Node, a page whose origin may not run workers): the
 * same handler runs on either side, so the two never drift apart. The worker answers a
 * `hello` with `ready` before anything else is sent; one that fails to start, or says
 * something else, is dropped for this thread.
 */
export interface JobChannel<Req> {
  post(m: Req): void;
  close(): void;
  /** Where the job runs: a worker, or this thread. */
  readonly where: 'worker' | 'thread';
}

export type Hello = { type: 'hello'; keys?: StoreKeys | null };
export type Ready = { type: 'ready' };
/** Plain Problems cross the thread; the console's side throws them again as a ProblemError. */
export type Failure = { type: 'error'; problems: Problem[] };

/** What a job handler is: one request at a time, replies through `reply`. */
export type JobHandler<Req> = (m: Req) => Promise<void>;

/** Runs `handle` on requests one at a time, in order: a request never overtakes the one before. */
export function serially<Req>(handle: JobHandler<Req>): (m: Req) => void {
  let queue: Promise<void> = Promise.resolve();
  return (m) => { queue = queue.then(() => handle(m)); };
}

/**
 * Starts `make()`'s worker (the caller writes `new Worker(new URL('./x.worker.ts', import.meta.url))`
 * so the bundler finds it), or falls back to `local(onReply)` on this thread.
 */
export async function openJobChannel<Req extends { type: string }, Rep extends { type: string }>(
  make: () => Worker,
  local: (onReply: (m: Rep) => void) => JobHandler<Req>,
  onReply: (m: Rep | Failure) => void,
): Promise<JobChannel<Req>> {
  let worker: Worker | null;
  try {
    worker = make();
  } catch {
    worker = null;
  }
  if (worker) {
    const w = worker;
    const ready = await new Promise<boolean>((resolve) => {
      w.onmessage = (e: MessageEvent<Rep | Ready>) => resolve(e.data.type === 'ready');
      w.onerror = () => resolve(false);
      // The store keys go with the hello (non-extractable CryptoKeys are posted, never read):
      // a worker writing buyers or orders seals them as this thread would.
      w.postMessage({ type: 'hello', keys: storeKeys() } satisfies Hello);
    });
    if (ready) {
      w.onmessage = (e: MessageEvent<Rep>) => onReply(e.data);
      w.onerror = (e) => onReply({ type: 'error', problems: [...bug(e.message || 'the worker failed').problems] });
      return { post: (m) => w.postMessage(m), close: () => w.terminate(), where: 'worker' };
    }
    w.terminate();
  }
  const run = serially(local(onReply));
  return { post: (m) => run(m), close: () => undefined, where: 'thread' };
}

/** The worker side: answers `hello`, then hands every request to `handle`, one at a time. */
export function serveJob<Req extends { type: string }, Rep>(handle: (reply: (m: Rep | Ready) => void) => JobHandler<Req>): void {
  const port = self as unknown as { onmessage: ((e: MessageEvent<Req | Hello>) => void) | null; postMessage(m: Rep | Ready): void };
  const run = serially(handle((m) => port.postMessage(m)));
  port.onmessage = (e) => {
    if (e.data.type === 'hello') {
      setStoreKeys((e.data as Hello).keys ?? null);
      port.postMessage({ type: 'ready' });
    }
    else run(e.data as Req);
  };
}
