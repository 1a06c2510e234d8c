import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V5, SCHEMA_V8 } from '../schema';
import { openWith, writeFixture } from './harness';

const message = (id: string, conversationId: string, at: number) => ({ id, conversationId, from: 'buyer', text: '在吗', at, agentId: null, updatedAt: at, updatedBy: 'system', deletedAt: null });

let db: XiaoerDb;
beforeAll(async () => {
  await writeFixture('mig-v12', 8, { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V5, ...SCHEMA_V8 }, { messages: [message('m1', 'c1', 300), message('m2', 'c2', 100), message('m3', 'c1', 200)] });
  db = await openWith(() => new XiaoerDb('mig-v12'));
});
afterAll(async () => {
  db.close();
  await Dexie.delete('mig-v12');
});

describe('the v8 → v12 upgrade', () => {
  it('keeps every message and reads a period\'s messages across conversations by time (报表)', async () => {
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.messages.count()).toBe(3);
    expect(await db.messages.where('at').between(150, 400).primaryKeys()).toEqual(['m3', 'm1']);
    expect(await db.messages.where('[conversationId+at]').between(['c1', Dexie.minKey], ['c1', Dexie.maxKey]).primaryKeys()).toEqual(['m3', 'm1']);
  });
});
