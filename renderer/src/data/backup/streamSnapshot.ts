import { ProblemError, bug } from '@shared/lib/problem';
import { getDb } from '../store';
import { writeSnapshot, type SnapshotRequest } from './snapshot';
import type { WorkerMessage } from './snapshot.worker';
import { storeKeys } from '../crypto/seal';

type OnChunk = (text: string) => Promise<unknown>;

/** The same writer on this thread: where there is no Worker (unit tests under Node) or it cannot start. */
async function onThisThread(req: SnapshotRequest, onChunk: OnChunk): Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  await writeSnapshot(getDb(), req, (text) => { queue = queue.then(() => onChunk(text)); });
  await queue;
}

/**
 * Writes a backup in a Web Worker and hands its pieces, in order, to `onChunk` (which sends
 * them to the host). Resolves when every piece is handed on; rejects — and stops the worker —
 * on the first failure of either side. A worker that cannot start at all (a page whose origin
 * may not run one) falls back to this thread: paged and in pieces still, only not off-thread.
 */
export async function streamSnapshot(req: SnapshotRequest, onChunk: OnChunk): Promise<void> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'xiaoer-backup' });
  } catch {
    return onThisThread(req, onChunk);
  }
  let started = false;
  try {
    const fellBack = await new Promise<boolean>((resolve, reject) => {
      let queue: Promise<unknown> = Promise.resolve();
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        const m = e.data;
        started = true;
        if (m.type === 'chunk') {
          queue = queue.then(() => onChunk(m.text));
          queue.catch(reject);
        } else if (m.type === 'done') queue.then(() => resolve(false), reject);
        else reject(ProblemError.of(m.problems));
      };
      worker.onerror = (e) => (started ? reject(bug(e.message || 'the backup worker failed')) : resolve(true));
      worker.postMessage({ ...req, keys: storeKeys() });
    });
    if (fellBack) await onThisThread(req, onChunk);
  } finally {
    worker.terminate();
  }
}
