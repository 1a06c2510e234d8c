import { getDb } from '../store';
import type { XiaoerDb } from '../db';
import { deriveStoreKeys, hasClearSecret, sealRows, storeKeys, setStoreKeys } from './seal';

/** Rows sealed per transaction by the background pass: short enough never to hold a save back. */
const PAGE = 500;
type Row = Record<string, unknown> & { id: string; updatedAt?: number };

/**
 * Seals every contact secret still in clear: the v9 upgrade's work, done lazily after the
 * store opened rather than inside the upgrade, because WebCrypto answers asynchronously and an
 * IndexedDB upgrade transaction commits as soon as it waits on anything but itself. Until the
 * pass ends the rows it has not reached are readable as before (reveal opens both kinds), so
 * nothing waits for it. Page by page; a row saved meanwhile (its updatedAt moved) is left to
 * its writer, which sealed it. Writes no `changes` line: the record did not change, only how
 * this PC keeps it. Marks the store done in syncState so the pass never reads a year of orders again.
 */
export async function sealStore(db: XiaoerDb = getDb()): Promise<number> {
  const keys = storeKeys();
  if (!keys) return 0;
  if ((await db.syncState.get('seal'))?.value === 'done') return 0;
  let sealed = 0;
  for (const table of ['buyers', 'orders'] as const) {
    for (let after: string | null = null; ;) {
      const t = db.table(table);
      const page = (await (after === null ? t.toCollection() : t.where(':id').above(after)).limit(PAGE).toArray()) as Row[];
      const clear = page.filter((r) => hasClearSecret(table, r));
      if (clear.length) {
        const next = await sealRows(table, clear, keys);
        await db.transaction('rw', t, async () => {
          const now = (await t.bulkGet(clear.map((r) => r.id))) as (Row | undefined)[];
          const same = next.filter((_, i) => now[i] && now[i]?.updatedAt === clear[i]?.updatedAt);
          await t.bulkPut(same);
          sealed += same.length;
        });
      }
      if (page.length < PAGE) break;
      after = (page[page.length - 1] as Row).id;
    }
  }
  await db.syncState.put({ key: 'seal', value: 'done' });
  return sealed;
}

/**
 * Installs the host's store key for this thread and starts the background pass. Without a key
 * (the host has no keychain: docs/security.md) secrets are written in clear and the store is
 * marked for a pass on the next start that has one.
 */
export async function installStoreKey(rawBase64: string | null): Promise<void> {
  const keys = rawBase64 ? await deriveStoreKeys(rawBase64).catch(() => null) : null;
  setStoreKeys(keys);
  const db = getDb();
  if (!keys) {
    await db.syncState.put({ key: 'seal', value: 'pending' });
    return;
  }
  void sealStore(db).catch((e: unknown) => console.warn('[seal] the background pass stopped; it runs again on the next start', e));
}
