import { XiaoerDb } from '../db';
import { problemsOf, type Problem } from '@shared/lib/problem';
import { writeSnapshot, type SnapshotRequest } from './snapshot';
import { setStoreKeys } from '../crypto/seal';

/**
 * The backup writer in its own thread: reading a year of records and turning them into text
 * takes seconds, and on the console's thread that would freeze the agent's screen every hour.
 * It opens the same store (IndexedDB is shared by the site's threads) and posts the file's
 * text piece by piece; the console's thread only hands the pieces to the host.
 */
/** A failure crosses the thread as Problems (plain data), and is thrown again as a ProblemError on the other side. */
export type WorkerMessage = { type: 'chunk'; text: string } | { type: 'done' } | { type: 'error'; problems: Problem[] };

const port = self as unknown as { onmessage: ((e: MessageEvent<SnapshotRequest>) => void) | null; postMessage(m: WorkerMessage): void };

port.onmessage = (e) => void run(e.data);

async function run(req: SnapshotRequest): Promise<void> {
  const db = new XiaoerDb();
  setStoreKeys(req.keys ?? null);
  try {
    await db.open();
    await writeSnapshot(db, req, (text) => port.postMessage({ type: 'chunk', text }));
    port.postMessage({ type: 'done' });
  } catch (e) {
    port.postMessage({ type: 'error', problems: problemsOf(e) });
  } finally {
    db.close();
  }
}
