import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Conversation, Message, Order } from '@shared/schemas/entities';
import { factsBehind, figureValues } from '@shared/domain/reports';
import { fromShanghai } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { resolveConversation, sendReply } from '../presale/conversations';
import { reportFacts } from './facts';

let db: XiaoerDb;
let n = 0;
// 14:00 Shanghai: inside the counted hours.
const T0 = fromShanghai(2026, 11, 20, 14, 0);
const DAY_RANGE = { from: fromShanghai(2026, 11, 20), until: fromShanghai(2026, 11, 21) };
const ctx = (now: number, agentId = 'A1') => ({ agentId, now });

const conv = (id: string, buyerId: string): Omit<Conversation, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, shopId: 'S1', buyerId, status: 'waiting', stage: 'presale', lastBuyerAt: T0, firstReplyAt: null, lastPreview: '在吗', assignedTo: null,
});
const buyerLine = (id: string, conversationId: string, at: number): Omit<Message, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, conversationId, from: 'buyer', text: '在吗', at, agentId: null });
const buyer = (id: string, nick: string): Omit<Buyer, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, shopId: 'S1', nick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: { phone: '', address: '', name: '' }, notes: '' });
const order = (id: string, buyerId: string, createdAt: number, paidAt: number | null): Omit<Order, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, orderNo: `392011882233445${id.padStart(4, '0')}`, shopId: 'S1', buyerId, status: paidAt ? 'paid' : 'unpaid', totalFen: 25900, items: [], createdAt, paidAt,
  addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '',
});

beforeEach(async () => {
  db = new XiaoerDb(`report-facts-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Buyer>(db, 'buyers', [buyer('B1', '小林'), buyer('B2', '阿东')], ctx(T0));
  await putTracked<Conversation>(db, 'conversations', [conv('C1', 'B1'), conv('C2', 'B2')], ctx(T0));
  await putTracked<Message>(db, 'messages', [buyerLine('M1', 'C1', T0), buyerLine('M2', 'C2', T0 + 1000)], ctx(T0));
});
afterEach(() => db.delete());

describe('the records 报表 counts, read from the store', () => {
  it('a reply, an order and a payment move the figures; a tagged chat is a reason for not buying', async () => {
    const before = figureValues(await reportFacts(DAY_RANGE, T0 + 10 * 60_000));
    expect(before).toMatchObject({ rounds: 2, responseRate: 0, consulted: 0, paid: 0, notBought: 0 });

    await sendReply('C1', '您好', ctx(T0 + 60_000));
    await sendReply('C2', '您好', ctx(T0 + 61_000, 'A2'));
    await resolveConversation('C2', '已解决', ctx(T0 + 120_000, 'A2'), { ordered: false, reason: 'size' });
    await putTracked(db, 'orders', [order('1', 'B1', T0 + 5 * 60_000, T0 + 6 * 60_000)], ctx(T0 + 6 * 60_000));

    const facts = await reportFacts(DAY_RANGE, T0 + 10 * 60_000);
    expect(figureValues(facts)).toMatchObject({ rounds: 2, responseRate: 1, firstReply: 60_000, consulted: 2, ordered: 1, paid: 1, sales: 25900, notBought: 1 });
    expect(factsBehind(facts, 'outcomes', null)).toEqual([expect.objectContaining({ conversationId: 'C2', agentId: 'A2', ordered: false, reason: 'size' })]);
    const a1 = factsBehind(facts, 'consultations', { agentId: 'A1', shopId: null, day: null, hour: null });
    expect(a1.map((c) => [c.buyerId, c.orders.map((o) => o.orderNo)])).toEqual([['B1', ['3920118822334450001']]]);
  });

  it('reads only the period: yesterday\'s lines are not today\'s', async () => {
    const yesterday = { from: DAY_RANGE.from - 86_400_000, until: DAY_RANGE.from };
    expect(figureValues(await reportFacts(yesterday, T0))).toMatchObject({ rounds: 0, served: 0 });
  });
});
