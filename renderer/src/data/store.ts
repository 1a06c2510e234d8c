import { bug, problemsOf, type Problem } from '@shared/lib/problem';
import { XiaoerDb } from './db';
import { inspectStore, type StoreCheck } from './preflight';

let db: XiaoerDb | null = null;

export type OpenResult = { ok: true; persisted: boolean } | { ok: false; check: StoreCheck };

/**
 * Opens the local store, refusing (without touching anything) one that is foreign, newer
 * or unreadable. Asks the browser to keep our storage persistent so it is never evicted.
 */
export async function openStore(): Promise<OpenResult> {
  const check = await inspectStore();
  if (check.kind !== 'absent' && check.kind !== 'ours') return { ok: false, check };
  const instance = new XiaoerDb();
  try {
    await instance.open();
  } catch (e) {
    instance.close();
    return { ok: false, check: { kind: 'unreadable', problem: problemsOf(e)[0] as Problem } };
  }
  db = instance;
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  return { ok: true, persisted };
}

export function getDb(): XiaoerDb {
  if (!db) throw bug('the store is not open');
  return db;
}

/** For tests: use a given database (fake-indexeddb) as the store. */
export function setDbForTests(instance: XiaoerDb): void {
  db = instance;
}
