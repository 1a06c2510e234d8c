import Dexie from 'dexie';

/**
 * Migration test harness: writes a fixture database exactly as version N-1 of the schema left
 * it, closes it, and hands it to the current code to open (and upgrade). One test per version
 * uses it with a fixture of the previous version.
 */
export async function writeFixture(name: string, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', Object.keys(rows).map((t) => old.table(t)), async () => {
    for (const [table, items] of Object.entries(rows)) await old.table(table).bulkPut(items);
  });
  old.close();
}

/** Opens a database with whatever class/schema the caller gives and returns it opened. */
export async function openWith<T extends Dexie>(make: () => T): Promise<T> {
  const db = make();
  await db.open();
  return db;
}
