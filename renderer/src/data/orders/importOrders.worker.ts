import { XiaoerDb } from '../db';
import { serveJob } from '../workerChannel';
import { createImportHandler, type ImportReply, type ImportRequest } from './importJob';

/**
 * The order import in its own thread: decoding a 20,000-row GBK export, parsing and checking
 * it, looking its orders up and writing them takes seconds, which on the console's thread
 * would freeze the screen. It opens the same store (IndexedDB is shared by the site's
 * threads); the console's live queries hear its writes like any other.
 */
let opened: Promise<XiaoerDb> | null = null;
const db = (): Promise<XiaoerDb> => (opened ??= (async () => {
  const d = new XiaoerDb();
  await d.open();
  return d;
})());

serveJob<ImportRequest, ImportReply>((reply) => createImportHandler(db, reply));
