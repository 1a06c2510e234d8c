import { XiaoerDb } from '../db';
import { serveJob } from '../workerChannel';
import { createRestoreHandler, type RestoreReply, type RestoreRequest } from './restoreJob';

/**
 * The restore in its own thread: parsing and checking a year of records (a 160 MB file) and
 * merging them takes tens of seconds, which on the console's thread would freeze the screen.
 * It opens the same store (IndexedDB is shared by the site's threads) for the merge.
 */
let opened: Promise<XiaoerDb> | null = null;
const db = (): Promise<XiaoerDb> => (opened ??= (async () => {
  const d = new XiaoerDb();
  await d.open();
  return d;
})());

serveJob<RestoreRequest, RestoreReply>((reply) => createRestoreHandler(db, reply));
