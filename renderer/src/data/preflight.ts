import { problem, problemsOf, type Problem } from '@shared/lib/problem';
import { DB_NAME, SCHEMA_V1, CURRENT_VERSION } from './schema';

/** What we found on disk before letting Dexie open (and possibly upgrade) the store. */
export type StoreCheck =
  | { kind: 'absent' }
  | { kind: 'ours'; version: number }
  | { kind: 'newer'; version: number }
  | { kind: 'foreign'; version: number; stores: string[]; missing: string[] }
  /** The browser's own error as a Problem (`unexpected` with its name), shown translated with that name. */
  | { kind: 'unreadable'; problem: Problem };

/**
 * Looks at the existing database without changing it. A store written by another program or a
 * newer Xiaoer Desk must never be silently upgraded or reset: the app stops and says so.
 */
export async function inspectStore(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<StoreCheck> {
  if (typeof factory.databases === 'function') {
    try {
      const list = await factory.databases();
      if (!list.some((d) => d.name === name)) return { kind: 'absent' };
    } catch {
      // Fall through to opening it: some engines refuse databases() in private modes.
    }
  }
  return new Promise<StoreCheck>((resolve) => {
    let created = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch (e) {
      resolve({ kind: 'unreadable', problem: describe(e) });
      return;
    }
    request.onupgradeneeded = () => {
      // Opening without a version only upgrades when the database did not exist: undo that.
      created = true;
      request.transaction?.abort();
    };
    request.onerror = () => {
      if (created) resolve({ kind: 'absent' });
      else resolve({ kind: 'unreadable', problem: describe(request.error) });
    };
    request.onblocked = () => resolve({ kind: 'unreadable', problem: problem('storeBlocked') });
    request.onsuccess = () => {
      const db = request.result;
      const version = db.version;
      const stores = Array.from(db.objectStoreNames);
      db.close();
      resolve(classify(version, stores));
    };
  });
}

/** Dexie stores version N as native version N*10. */
export function classify(nativeVersion: number, stores: string[]): StoreCheck {
  const version = nativeVersion / 10;
  const expected = Object.keys(SCHEMA_V1);
  const missing = expected.filter((s) => !stores.includes(s));
  const ownMarker = stores.includes('changes') && stores.includes('settings');
  if (!ownMarker || missing.length > expected.length / 2 || !Number.isInteger(version)) {
    return { kind: 'foreign', version: nativeVersion, stores, missing };
  }
  if (version > CURRENT_VERSION) return { kind: 'newer', version };
  return { kind: 'ours', version };
}

const describe = (e: unknown): Problem => problemsOf(e)[0] as Problem;
