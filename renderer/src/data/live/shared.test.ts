import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { preloadShared, sharedLive, sharedLiveOf } from './shared';

let db: Dexie;
let n = 0;
let reads = 0;
beforeEach(async () => {
  db = new Dexie(`shared-${++n}`);
  db.version(1).stores({ items: 'id' });
  await db.open();
  reads = 0;
});
afterEach(() => db.delete());

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const until = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await sleep(10);
};

describe('shared live queries', () => {
  it('readers share one subscription: a remount gets the current value at once, writes reach every reader, and it ends after the last reader', async () => {
    const query = async (): Promise<number> => {
      reads++;
      return db.table('items').count();
    };
    const a: number[] = [];
    const first = sharedLive(query, 'frame', 50);
    const subA = first.subscribe((v) => a.push(v));
    await until(() => a.length > 0);
    expect(reads).toBe(1);

    // A second reader (a remounted chat pane) sees the value without waiting and without a read.
    const second = sharedLive(query, 'frame', 50);
    expect(second.hasValue()).toBe(true);
    expect(second.getValue()).toBe(0);
    const b: number[] = [];
    const subB = second.subscribe((v) => b.push(v));
    await db.table('items').put({ id: 1 });
    await until(() => a.at(-1) === 1 && b.at(-1) === 1);
    expect(reads).toBe(2);

    subA.unsubscribe();
    subB.unsubscribe();
    await sleep(120);
    expect(sharedLive(query, 'frame', 50).hasValue()).toBe(false);
    await db.table('items').put({ id: 2 });
    await sleep(60);
    expect(reads).toBe(2);
  });

  it('a keyed read started by a click is read once, and the pane that mounts after gets it at once; each key on its own', async () => {
    const byKey = async (key: string): Promise<string> => {
      reads++;
      return `${key}:${await db.table('items').count()}`;
    };
    preloadShared(byKey, 'C1');
    await until(() => sharedLiveOf(byKey, 'C1', 'frame').hasValue());
    expect(reads).toBe(1);
    const pane = sharedLiveOf(byKey, 'C1', 'frame');
    expect(pane.getValue()).toBe('C1:0');
    const seen: string[] = [];
    const sub = pane.subscribe((v) => seen.push(v));
    expect(sharedLiveOf(byKey, 'C2', 'frame').hasValue()).toBe(false);
    await db.table('items').put({ id: 1 });
    await until(() => seen.at(-1) === 'C1:1');
    expect(reads).toBe(2);
    sub.unsubscribe();
  });
});
