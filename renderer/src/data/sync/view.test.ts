import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { writeState } from './state';
import { pendingCount } from './view';

const T = 1_780_000_000_000;
let n = 0;
const open: XiaoerDb[] = [];

/** A store in a team whose reads of the `changes` log are counted, record by record. */
async function countedStore(): Promise<{ db: XiaoerDb; read: () => number }> {
  const db = new XiaoerDb(`pending-${++n}`);
  let read = 0;
  db.use({
    stack: 'dbcore',
    name: 'count-change-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'changes') return table;
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            read += res.result.length;
            return res;
          },
          getMany: async (req) => {
            const res = await table.getMany(req);
            read += res.length;
            return res;
          },
        };
      },
    }),
  });
  await db.open();
  open.push(db);
  await writeState(db, 'link', { serverUrl: 'http://shop.test', teamId: 't1', teamName: '小鹿童装', deviceId: 'd1', joinedAt: T });
  return { db, read: () => read };
}

const line = (i: number): Change => ({ table: 'remarks', id: `R${i}`, op: 'put', at: T + i, agent: 'A1', origin: 'local' });

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('the header’s pending count', () => {
  it('reads only the lines written since the last count, however long the offline log grew', async () => {
    const perWrite: number[] = [];
    for (const size of [1_000, 10_000]) {
      const { db, read } = await countedStore();
      await db.changes.bulkAdd(Array.from({ length: size }, (_, i) => line(i)));
      expect(await pendingCount(db)).toBe(size);
      const before = read();
      await db.changes.add(line(size));
      expect(await pendingCount(db)).toBe(size + 1);
      perWrite.push(read() - before);
    }
    expect(perWrite).toEqual([1, 1]);
  }, 60_000);

  it('forgets what was pushed when the outbox moves, and counts a record once however many lines it has', async () => {
    const { db } = await countedStore();
    await db.changes.bulkAdd([line(1), line(2), { ...line(1), at: T + 9 }, line(3)]);
    expect(await pendingCount(db)).toBe(3);
    await writeState(db, 'outbox', 3);
    expect(await pendingCount(db)).toBe(1);
    await db.changes.add({ table: 'settings', id: 'ui.window', op: 'put', at: T, agent: 'A1', origin: 'local' });
    expect(await pendingCount(db)).toBe(1);
  });
});
