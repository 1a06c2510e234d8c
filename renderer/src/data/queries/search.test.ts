import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { findBuyersByNick } from './search';

let db: XiaoerDb;
let n = 0;
const buyer = (id: string, nick: string, deletedAt: number | null = null): Buyer => ({
  id, shopId: 'S1', nick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '', updatedAt: 1, updatedBy: 'system', deletedAt,
});
beforeEach(async () => {
  db = new XiaoerDb(`search-${++n}`);
  await db.open();
  setDbForTests(db);
  await db.buyers.bulkPut([buyer('B1', 'Tom_fan'), buyer('B2', 'tom_li'), buyer('B3', 'TOMMY'), buyer('B4', 'tomato'), buyer('B5', 'anna'), buyer('B6', 'tom_gone', 5), buyer('B7', '小米粒妈妈')]);
});
afterEach(() => db.delete());

describe('palette: buyers by nick prefix', () => {
  it.each([
    { name: 'as typed, lower and upper case all match; tombstones are left out', q: 'tom', want: ['TOMMY', 'tom_li', 'tomato'] },
    { name: 'a mixed-case nick is found as typed', q: 'Tom', want: ['TOMMY', 'Tom_fan', 'tom_li', 'tomato'] },
    { name: 'a Chinese nick by its first characters', q: '小米', want: ['小米粒妈妈'] },
    { name: 'surrounding spaces are ignored', q: '  anna ', want: ['anna'] },
    { name: 'nothing typed finds nothing', q: '   ', want: [] },
  ])('$name', async ({ q, want }) => {
    expect((await findBuyersByNick(q)).map((b) => b.nick).sort()).toEqual(want);
  });

  it('returns at most `limit`, the first in nick order', async () => {
    expect((await findBuyersByNick('Tom', 2)).map((b) => b.nick)).toEqual(['TOMMY', 'Tom_fan']);
  });
});
