import { XiaoerDb } from '../db';
import { createRestoreHandler, type RestoreReply, type RestoreRequest } from './restoreJob';

/**
 * The restore in its own thread: parsing and checking a year of records (a 160 MB file) and
 * merging them takes tens of seconds, which on the console's thread would freeze the screen.
 * It opens the same store (IndexedDB is shared by the site's threads) for the merge.
 */
const port = self as unknown as { onmessage: ((e: MessageEvent<RestoreRequest>) => void) | null; postMessage(m: RestoreReply): void };

let opened: Promise<XiaoerDb> | null = null;
const db = (): Promise<XiaoerDb> => (opened ??= (async () => {
  const d = new XiaoerDb();
  await d.open();
  return d;
})());

const handle = createRestoreHandler(db, (m) => port.postMessage(m));
// One request at a time, in order: a piece must not overtake the check.
let queue: Promise<void> = Promise.resolve();
port.onmessage = (e) => {
  queue = queue.then(() => handle(e.data));
};
