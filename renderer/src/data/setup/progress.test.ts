import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemError } from '@shared/lib/problem';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { agentsAndSetup, createShopForSetup, readSetupProgress, saveSetupProgress } from './progress';

let db: XiaoerDb;
let n = 0;
beforeEach(async () => {
  db = new XiaoerDb(`setup-${++n}`);
  await db.open();
  setDbForTests(db);
});
afterEach(() => db.delete());

const input = { shopName: '晴天小铺', platform: 'taobao' as const, agentName: '王芳', employeeNo: 'kf01', role: 'supervisor' as const };

describe('a real shop’s first start', () => {
  it('creates the shop, the first agent and the open wizard together', async () => {
    const agent = await createShopForSetup(input, 1000);
    expect(await agentsAndSetup()).toEqual({ agents: [agent], setup: { step: 0, done: false } });
    await saveSetupProgress({ step: 3, done: false }, { agentId: agent.id, now: 2000 });
    expect(await readSetupProgress()).toEqual({ step: 3, done: false });
  });

  it('writes nothing when the 工号 is taken', async () => {
    await createShopForSetup(input, 1000);
    await db.settings.clear();
    await expect(createShopForSetup({ ...input, shopName: '雨天小铺' }, 2000)).rejects.toBeInstanceOf(ProblemError);
    expect(await db.shops.count()).toBe(1);
    expect(await readSetupProgress()).toBeNull();
  });

  it('a PC that never started the wizard (the demo, a restore) has none', async () => {
    expect(await readSetupProgress()).toBeNull();
  });
});
