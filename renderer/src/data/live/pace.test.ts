import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { paced, withBulk, type Pace } from './pace';

/** Live queries re-run at most once per slot, never during a bulk write, and keep following writes. */
let db: Dexie;
let n = 0;
beforeEach(async () => {
  db = new Dexie(`pace-${++n}`);
  db.version(1).stores({ items: 'id, [group+at]', other: 'id' });
  await db.open();
});
afterEach(() => db.delete());

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Subscribes a paced query over group `a`; counts how often it actually read. */
function watch(pace: Pace) {
  const seen: number[] = [];
  let reads = 0;
  const query = async (): Promise<number> => {
    reads++;
    return (await db.table('items').where('[group+at]').between(['a', Dexie.minKey], ['a', Dexie.maxKey]).toArray()).length;
  };
  const sub = liveQuery(paced(query, pace)).subscribe((v) => seen.push(v));
  return { seen, reads: () => reads, stop: () => sub.unsubscribe() };
}

async function settle(w: { seen: number[] }, want: number): Promise<void> {
  for (let i = 0; i < 200 && w.seen.at(-1) !== want; i++) await sleep(10);
}

describe('paced live queries', () => {
  it('a burst of 40 writes re-runs a 250 ms-paced query a few times, not 40, and ends on the final value', async () => {
    const w = watch(250);
    await settle(w, 0);
    for (let i = 0; i < 40; i++) await db.table('items').put({ id: i, group: 'a', at: i });
    await settle(w, 40);
    w.stop();
    expect(w.seen.at(-1)).toBe(40);
    expect(w.reads()).toBeLessThanOrEqual(4);
  });

  it('a frame-paced query follows each write when writes are a frame apart', async () => {
    const w = watch('frame');
    await settle(w, 0);
    for (let i = 1; i <= 3; i++) {
      await db.table('items').put({ id: i, group: 'a', at: i });
      await settle(w, i);
      await sleep(40);
    }
    w.stop();
    expect(w.seen).toEqual([0, 1, 2, 3]);
  });

  it('during a bulk write the query does not re-run, and it re-runs once when the bulk ends', async () => {
    const w = watch('frame');
    await settle(w, 0);
    const before = w.reads();
    await withBulk(async () => {
      for (let i = 0; i < 20; i++) {
        await db.table('items').put({ id: i, group: 'a', at: i });
        await sleep(5);
      }
      await sleep(100);
      expect(w.reads()).toBe(before);
    });
    await settle(w, 20);
    w.stop();
    expect(w.reads()).toBe(before + 1);
    expect(w.seen).toEqual([0, 20]);
  });

  it('writes to other tables or other ranges do not wake it, and it keeps following its range after paced runs', async () => {
    const w = watch(50);
    await settle(w, 0);
    for (let i = 0; i < 5; i++) {
      await db.table('items').put({ id: `a${i}`, group: 'a', at: i });
      await sleep(60);
    }
    await settle(w, 5);
    const reads = w.reads();
    await db.table('other').put({ id: 1 });
    await db.table('items').put({ id: 'b1', group: 'b', at: 1 });
    await sleep(150);
    expect(w.reads()).toBe(reads);
    await db.table('items').put({ id: 'a9', group: 'a', at: 9 });
    await settle(w, 6);
    w.stop();
    expect(w.seen.at(-1)).toBe(6);
  });
});
