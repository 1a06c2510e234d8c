import { cmp, type IndexableType, type Table } from 'dexie';

/**
 * The records under each of many keys of one index, read the cheapest way the store allows
 * (run it inside a transaction: its reads then share it):
 * - the range from the smallest key to the largest is counted first: empty (a file of new
 *   orders) means nothing to read at all;
 * - a range holding not many more records than keys asked is read whole and filtered;
 * - otherwise, one point read per key, all in flight at once. Dexie's `anyOf` instead walks a
 *   cursor hopping from key to key, a round trip per hop: measured in Chromium on 2,000 order
 *   numbers, 2.1 s against 0.3 s for point reads.
 */
export async function allByIndex<T>(table: Table<T>, index: string, keys: readonly IndexableType[], keyOf: (r: T) => IndexableType): Promise<T[]> {
  if (keys.length === 0) return [];
  const sorted = [...keys].sort(cmp);
  const [lo, hi] = [sorted[0] as IndexableType, sorted[sorted.length - 1] as IndexableType];
  const inRange = await table.where(index).between(lo, hi, true, true).count();
  if (inRange === 0) return [];
  if (inRange <= 2 * keys.length) {
    const wanted = new Set(keys.map((k) => JSON.stringify(k)));
    return (await table.where(index).between(lo, hi, true, true).toArray()).filter((r) => wanted.has(JSON.stringify(keyOf(r))));
  }
  const found = await Promise.all([...new Set(keys.map((k) => JSON.stringify(k)))].map((k) => table.where(index).equals(JSON.parse(k) as IndexableType).toArray()));
  return found.flat();
}
