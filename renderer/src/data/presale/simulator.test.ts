import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { seedDemoShop } from '../demo';
import { PEAK_MODE_KEY } from './settings';
import { sendReply } from './conversations';
import { tick } from '../simulators/presale';

let db: XiaoerDb;
let n = 0;
const T0 = 1_790_000_000_000;

beforeEach(async () => {
  db = new XiaoerDb(`sim-presale-${++n}`);
  await db.open();
  setDbForTests(db);
  await seedDemoShop(T0);
});
afterEach(() => db.delete());

describe('persona buyers in the demo simulator', () => {
  it('in peak mode buyers arrive in bursts, each opening with a question as a waiting conversation', async () => {
    await db.settings.put({ key: PEAK_MODE_KEY, value: true, updatedAt: T0, updatedBy: 'test' });
    const before = (await db.conversations.toArray()).length;
    for (let i = 1; i <= 10; i++) await tick(T0 + i * 4000);
    const added = (await db.conversations.toArray()).filter((c) => c.updatedBy === 'system' && c.lastBuyerAt > T0 && c.firstReplyAt === null);
    expect((await db.conversations.toArray()).length - before).toBeGreaterThanOrEqual(10);
    for (const c of added.slice(0, 5)) {
      const msgs = await db.messages.where('[conversationId+at]').between([c.id, 0], [c.id, Infinity]).toArray();
      expect(msgs[0]).toMatchObject({ from: 'buyer' });
      expect(msgs[0]!.text.length).toBeGreaterThan(3);
    }
  });

  it('a persona buyer writes again after the agent answers, starting a new round', async () => {
    await db.settings.put({ key: PEAK_MODE_KEY, value: true, updatedAt: T0, updatedBy: 'test' });
    await tick(T0 + 4000);
    await tick(T0 + 8000);
    const state = (await db.settings.get('presale/simulator'))?.value as { chats: Record<string, unknown> };
    const ids = Object.keys(state.chats);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) await sendReply(id, '您好，在的', { agentId: 'A1', now: T0 + 9000 });
    for (let i = 3; i <= 20; i++) await tick(T0 + i * 4000);
    const again = (await db.conversations.bulkGet(ids)).filter((c) => c && c.lastBuyerAt > T0 + 9000);
    expect(again.length).toBeGreaterThan(0);
  });
});
