import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Buyer, Conversation, Shop } from '@shared/schemas/entities';
import { ProblemError, problem } from '@shared/lib/problem';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { addShop, saveShopProfile } from '../repositories/shops';
import { readShiftDefs, saveShiftTimes } from '../handover/shifts';
import { answerBargain, askSupervisor, bargainRequestsOf, pendingBargainRequests, saveBargainLimits } from './bargain';
import { importProducts, listProducts, saveProduct } from './knowledge';
import { sendShopAutoReply } from './autoReply';
import { saveAutoReplyTexts, saveTierRules } from './shopRules';

let db: XiaoerDb;
let n = 0;
const T0 = Date.UTC(2026, 10, 20, 6, 0);
const ctx = (agentId = 'A1', now = T0) => ({ agentId, now });
const problemsOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ProblemError) return [...e.problems];
    throw e;
  }
  return [];
};

beforeEach(async () => {
  db = new XiaoerDb(`rules-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', name: '晴天小铺', platform: 'taobao', rules: {}, demo: false }], ctx());
  await putTracked<Agent>(db, 'agents', [
    { id: 'A1', name: '王芳', employeeNo: 'kf01', role: 'agent', signature: '小芳', demo: false },
    { id: 'SV', name: '李主管', employeeNo: 'zg01', role: 'supervisor', signature: '李主管', demo: false },
  ], ctx());
  await putTracked<Conversation>(db, 'conversations', [{ id: 'C1', shopId: 'S1', buyerId: 'B1', status: 'waiting', stage: 'presale', lastBuyerAt: T0, firstReplyAt: null, lastPreview: '', assignedTo: null }], ctx());
});
afterEach(() => db.delete());

describe('shops a supervisor keeps', () => {
  it('adds a shop, renames it, changes platform and the auto-close rule in one write', async () => {
    const shop = await addShop({ name: ' 雨天小铺 ', platform: 'pdd' }, ctx());
    await saveShopProfile(shop.id, { name: '雨天母婴', platform: 'jd', autoCloseMinutes: 48 * 60 }, ctx());
    expect(await db.shops.get(shop.id)).toMatchObject({ name: '雨天母婴', platform: 'jd', rules: { payment: { autoCloseMinutes: 2880 } } });
  });

  it('refuses an auto-close that a reminder step would fall after, and writes nothing', async () => {
    expect(await problemsOf(saveShopProfile('S1', { name: '晴天小铺', platform: 'taobao', autoCloseMinutes: 60 }, ctx()))).toEqual([
      problem('afterClose', { field: 'policy.steps.1.minutes', params: { minutes: 120, close: 60 } }),
      problem('beforeCreated', { field: 'policy.steps.2.minutes', params: { minutes: 60, close: 60 } }),
    ]);
    expect((await db.shops.get('S1'))?.rules).toEqual({});
  });

  it('refuses an empty name by field', async () => {
    expect(await problemsOf(saveShopProfile('S1', { name: ' ', platform: 'taobao', autoCloseMinutes: 1440 }, ctx()))).toEqual([problem('required', { field: 'shops.name' })]);
  });
});

describe('team and shop settings', () => {
  it('shift times are stored for the team and read back as the handover’s windows', async () => {
    await saveShiftTimes({ day: { start: '08:30', end: '17:30' }, night: { start: '17:30', end: '23:30' } }, ctx());
    expect(await readShiftDefs()).toEqual([{ key: 'day', startMin: 510, endMin: 1050 }, { key: 'night', startMin: 1050, endMin: 1410 }]);
    expect((await db.settings.get('team/shifts'))?.updatedBy).toBe('A1');
  });

  it('the auto reply goes out in the shop’s words with buyer and agent filled', async () => {
    await putTracked<Buyer>(db, 'buyers', [{ id: 'B1', shopId: 'S1', nick: 'tb_小林', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' }], ctx());
    await saveAutoReplyTexts('S1', { busy: '{买家}您好，{店铺}的{客服}马上回复您' }, ctx());
    expect(await sendShopAutoReply('C1', 'busy', ctx('A1', T0 + 1000))).toBe(true);
    expect((await db.messages.toArray()).map((m) => [m.from, m.text])).toEqual([['auto', 'tb_小林您好，晴天小铺的王芳马上回复您']]);
  });

  it('tier thresholds are refused by field when VIP is easier than 高级', async () => {
    expect(await problemsOf(saveTierRules('S1', { senior: { orders: 5, spentFen: 100 }, vip: { orders: 2, spentFen: 500 } }, ctx()))).toEqual([problem('belowSenior', { field: 'tiers.vip.orders', params: { min: 5 } })]);
  });
});

describe('申请主管让价', () => {
  const ask = { priceFen: 15900, discountFen: 2000, giftFen: 0, gift: '', note: '老顾客' };

  it('an ask within the agent’s own authority is not recorded: the agent may simply agree', async () => {
    expect(await problemsOf(askSupervisor('C1', { ...ask, discountFen: 500 }, ctx()))).toEqual([problem('withinAuthority', { field: 'bargain.ask', params: { maxFen: 795, giftFen: 1000 } })]);
  });

  it('an ask above it waits for a supervisor, who answers once; the agent sees the answer', async () => {
    const id = await askSupervisor('C1', ask, ctx('A1', T0 + 1000));
    expect((await pendingBargainRequests(T0 + 2000)).map((r) => r.id)).toEqual([id]);
    expect(await problemsOf(answerBargain(id, { decision: 'approved', discountFen: 2000, giftFen: 0, note: '' }, ctx('A1', T0 + 3000)))).toEqual([problem('notSupervisor', { field: 'bargain.answer' })]);
    await answerBargain(id, { decision: 'approved', discountFen: 1500, giftFen: 0, note: '最多15' }, ctx('SV', T0 + 3000));
    expect(await problemsOf(answerBargain(id, { decision: 'declined', discountFen: 0, giftFen: 0, note: '' }, ctx('SV', T0 + 4000)))).toEqual([problem('alreadyAnswered', { field: 'bargain.answer' })]);
    expect(await pendingBargainRequests(T0 + 5000)).toEqual([]);
    expect(await bargainRequestsOf('C1', T0 + 5000)).toEqual([expect.objectContaining({ id, state: 'approved', answer: expect.objectContaining({ by: 'SV', discountFen: 1500, note: '最多15' }) })]);
  });

  it('limits set for the team change who must ask', async () => {
    await saveBargainLimits({ agent: { discountPct: 20, giftFen: 1000 }, supervisor: { discountPct: 30, giftFen: 5000 } }, ctx());
    expect((await problemsOf(askSupervisor('C1', ask, ctx())))[0]?.code).toBe('withinAuthority');
  });
});

describe('products', () => {
  const fields = { shopId: 'S1', title: '加绒卫衣', skus: [{ sku: 'H1', color: '黑', size: 'M', stock: 3 }], material: '棉', sellingPoints: [], faqs: [], keywords: [] };

  it('the editor creates and updates a product; a bad one is refused by field and nothing changes', async () => {
    const p = await saveProduct(null, fields, ctx());
    await saveProduct(p.id, { ...fields, title: '加绒连帽卫衣' }, ctx());
    expect(await problemsOf(saveProduct(p.id, { ...fields, skus: [{ sku: 'H1', color: '黑', size: 'M', stock: -2 }] }, ctx()))).toEqual([problem('tooSmall', { field: 'products.skus.0.stock', params: { min: 0 } })]);
    expect((await listProducts()).map((x) => x.title)).toEqual(['加绒连帽卫衣']);
  });

  it('an import updates by 商家编码, creates the rest, and is refused whole with the row named', async () => {
    await saveProduct(null, { ...fields, code: 'H07', sizeChart: { columns: ['身高'], rows: [{ size: 'M', cells: ['160'] }] } }, ctx());
    expect(await importProducts('S1', [{ row: 4, fields: { title: '加绒卫衣（新款）', code: 'H07' } }, { row: 5, fields: { title: '围巾' } }], ctx())).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const all = await listProducts();
    expect(all.find((p) => p.code === 'H07')).toMatchObject({ title: '加绒卫衣（新款）', sizeChart: { rows: [{ size: 'M' }] } });
    expect(await problemsOf(importProducts('S1', [{ row: 7, fields: { title: '袜子', skus: [{ sku: '', color: '白', size: '', stock: -1 }] } }], ctx()))).toEqual([problem('tooSmall', { row: 7, field: 'products.skus.0.stock', params: { min: 0 } })]);
    expect(await listProducts()).toHaveLength(2);
  });
});
