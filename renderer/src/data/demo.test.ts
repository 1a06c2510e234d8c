import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '@shared/schemas/entities';
import { XiaoerDb } from './db';
import { setDbForTests } from './store';
import { clearDemoData, seedDemoShop } from './demo';
import { createNote, listNotes } from './notes/notes';
import { createShopAndAgent } from './repositories/agents';
import { savePhrase } from './presale/phrases';
import { sendReply } from './presale/conversations';

let db: XiaoerDb;
let n = 0;
const NOW = Date.UTC(2026, 10, 20, 6, 0);
beforeEach(async () => {
  db = new XiaoerDb(`demo-${++n}`);
  await db.open();
  setDbForTests(db);
});
afterEach(() => db.delete());

describe('clearing the demo', () => {
  it('removes exactly the demo’s records and keeps what the agent wrote, re-homed', async () => {
    const demoAgent = await seedDemoShop(NOW);
    const ctx = { agentId: demoAgent, now: NOW + 1000 };
    const mine = await createShopAndAgent({ shopName: '晴天小铺', platform: 'taobao', agentName: '王芳', employeeNo: 'kf01', role: 'supervisor' }, NOW);
    const buyer = (await db.buyers.toArray())[0]!;
    const conversation = (await db.conversations.toArray()).find((c) => c.shopId === buyer.shopId)!;
    const personal = await createNote('mine', ctx, { title: '交接要点', body: '记得回访 tb_小林' });
    const onBuyer = await createNote('shop', ctx, { body: '这位买家怕冷' }, buyer.id);
    await savePhrase({ id: 'PH1', scope: 'personal', ownerId: demoAgent, shopId: null, group: '招呼', title: '我的问候', text: '您好呀', shortcut: 'wd1', keywords: [], uses: 0, order: 1 }, ctx);
    await savePhrase({ id: 'PH2', scope: 'team', ownerId: null, shopId: buyer.shopId, group: '招呼', title: '演示店问候', text: '演示店您好', shortcut: 'ys1', keywords: [], uses: 0, order: 2 }, ctx);
    await sendReply(conversation.id, '亲，在的', ctx);

    const result = await clearDemoData({ ...ctx, now: NOW + 2000 });

    expect(await db.shops.toArray()).toEqual([expect.objectContaining({ name: '晴天小铺', demo: false })]);
    expect((await db.agents.toArray()).map((a: Agent) => a.id)).toEqual([mine.id]);
    expect(await db.buyers.count()).toBe(0);
    expect(await db.messages.count()).toBe(0);
    expect(await db.orders.count()).toBe(0);
    expect(result.removed).toBeGreaterThan(500);
    // Both notes are kept and shared with whoever signs in next; the buyer's note is titled after the buyer.
    expect(result.notesKept).toBe(2);
    expect(await db.notes.get(personal.id)).toMatchObject({ ownerId: null, subjectId: null, body: '记得回访 tb_小林' });
    expect(await db.notes.get(onBuyer.id)).toMatchObject({ ownerId: null, subjectId: null, title: buyer.nick, body: '这位买家怕冷' });
    expect((await listNotes(mine.id)).map((x) => x.id).sort()).toEqual([personal.id, onBuyer.id].sort());
    // The personal phrase is the team's now; the demo shop's own phrase went with the shop.
    expect(await db.phrases.get('PH1')).toMatchObject({ scope: 'team', ownerId: null });
    expect(await db.phrases.get('PH2')).toBeUndefined();
    // Every removal and re-homing is in the change log.
    const logged = await db.changes.where('at').equals(NOW + 2000).toArray();
    expect(logged.filter((c) => c.op === 'delete').length).toBe(result.removed);
    expect(logged.filter((c) => c.table === 'notes' && c.op === 'put').length).toBe(2);
  });
});
