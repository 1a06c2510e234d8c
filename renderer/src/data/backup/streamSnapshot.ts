import { getDb } from '../store';
import { writeSnapshot, type SnapshotRequest } from './snapshot';
import type { WorkerMessage } from './snapshot.worker';

/**
 * Writes a backup in a Web Worker and hands its pieces, in order, to `onChunk` (which sends
 * them to the host). Resolves when every piece is handed on; rejects — and stops the worker —
 * on the first failure of either side. Where there is no Worker (unit tests under Node) the
 * same writer runs on this thread.
 */
export async function streamSnapshot(req: SnapshotRequest, onChunk: (text: string) => Promise<unknown>): Promise<void> {
  if (typeof Worker === 'undefined') {
    let queue: Promise<unknown> = Promise.resolve();
    await writeSnapshot(getDb(), req, (text) => { queue = queue.then(() => onChunk(text)); });
    await queue;
    return;
  }
  const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'xiaoer-backup' });
  try {
    await new Promise<void>((resolve, reject) => {
      let queue: Promise<unknown> = Promise.resolve();
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        const m = e.data;
        if (m.type === 'chunk') {
          queue = queue.then(() => onChunk(m.text));
          queue.catch(reject);
        } else if (m.type === 'done') queue.then(() => resolve(), reject);
        else reject(new Error(m.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the backup worker could not start'));
      worker.postMessage(req);
    });
  } finally {
    worker.terminate();
  }
}
