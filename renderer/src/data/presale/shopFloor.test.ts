import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { seedDemoShop } from '../demo';
import { PEAK_MODE_KEY } from './settings';
import { tick as presaleTick } from '../simulators/presale';
import { tick } from '../simulators/shopFloor';

let db: XiaoerDb;
let n = 0;
const T0 = 1_790_000_000_000;

beforeEach(async () => {
  db = new XiaoerDb(`sim-floor-${++n}`);
  await db.open();
  setDbForTests(db);
  await seedDemoShop(T0);
});
afterEach(() => db.delete());

describe('the demo shop floor against the store', () => {
  it('colleagues (never the signed-in agent) answer buyers who arrived during the demo, and the opening queue is left alone', async () => {
    const me = (await db.agents.toArray()).find((a) => a.role === 'agent')!.id;
    const opening = new Set((await db.conversations.toArray()).filter((c) => c.status === 'waiting').map((c) => c.id));
    await tick(T0, me); // the floor starts with the demo
    await db.settings.put({ key: PEAK_MODE_KEY, value: true, updatedAt: T0, updatedBy: 'test' });
    for (let i = 1; i <= 8; i++) await presaleTick(T0 + i * 4000);
    for (let i = 1; i <= 150; i++) await tick(T0 + 2 * MINUTE + i * 4000, me);

    const answered = (await db.messages.toArray()).filter((m) => m.from === 'agent' && m.at > T0 + 2 * MINUTE);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((m) => m.agentId !== me)).toBe(true);
    const touched = (await db.conversations.toArray()).filter((c) => opening.has(c.id) && c.status !== 'waiting');
    expect(touched).toEqual([]);
    // Every write went through the change log, as any other write does.
    const logged = new Set((await db.changes.where('table').equals('messages').toArray()).map((c) => c.id));
    for (const m of answered) expect(logged.has(m.id)).toBe(true);
  });
});
