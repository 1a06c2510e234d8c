import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Buyer, Conversation, Message, Ticket } from '@shared/schemas/entities';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { sendReply, transferConversation } from '../presale/conversations';
import { teamBoardView } from './board';
import { reassignCase } from './reassign';

let db: XiaoerDb;
let n = 0;
/** 14:00 in Shanghai: inside the hours the 3-minute rate counts. */
const T0 = Date.UTC(2026, 11, 2, 6, 0);
const MIN = 60_000;
const ctx = (now = T0, agentId = 'jie') => ({ agentId, now });

const agent = (id: string, name: string): Omit<Agent, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, name, employeeNo: id.toUpperCase(), role: 'agent', signature: name, demo: false });
const buyer = (id: string, nick: string): Omit<Buyer, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({ id, shopId: 'S1', nick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' });
const conv = (id: string, buyerId: string, lastBuyerAt: number): Omit<Conversation, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, shopId: 'S1', buyerId, status: 'waiting', stage: 'presale', lastBuyerAt, firstReplyAt: null, lastPreview: '在吗', assignedTo: null,
});
const ticket = (id: string, over: Partial<Ticket>): Omit<Ticket, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, type: 'quality', shopId: 'S1', orderId: null, buyerId: 'B2', status: 'open', step: 'soothe', dueAt: T0 + 60 * MIN, summary: '开线', trackingNo: null, resolution: null,
  amountFen: null, responsible: null, ownerId: 'jie', createdAt: T0 - 60 * MIN, resolvedAt: null, ...over,
});

beforeEach(async () => {
  db = new XiaoerDb(`team-board-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Agent>(db, 'agents', [agent('jie', '阿杰'), agent('li', '小李')], ctx(T0 - 120 * MIN));
  await putTracked<Buyer>(db, 'buyers', [buyer('B1', 'tb_小满'), buyer('B2', 'tb_小米')], ctx(T0 - 120 * MIN));
  await putTracked<Conversation>(db, 'conversations', [conv('C1', 'B1', T0 - 10 * MIN), conv('C2', 'B2', T0 - MIN)], ctx(T0 - 10 * MIN));
  await putTracked<Message>(db, 'messages', [{ id: 'M1', conversationId: 'C2', from: 'buyer', text: '在吗', at: T0 - MIN, agentId: null }], ctx(T0 - MIN));
  await putTracked<Ticket>(db, 'tickets', [ticket('T1', {}), ticket('T2', { status: 'resolved', ownerId: 'li', resolvedAt: T0 - 30 * MIN })], ctx(T0 - 30 * MIN));
});
afterEach(() => db.delete());

const row = (view: Awaited<ReturnType<typeof teamBoardView>>, id: string) => view.rows.find((r) => r.agentId === id);

describe('the 团队 board from the synced records', () => {
  it('puts a buyer handed to an agent in their queue with the wait, and the rest in the shared row', async () => {
    await transferConversation('C1', 'li', '主管改派', '改派给小李', ctx(T0 - 5 * MIN, 'boss'));
    const view = await teamBoardView(T0);
    expect(row(view, 'li')).toMatchObject({ waiting: 1, longestWaitMs: 10 * MIN, overLine: 1 });
    expect(row(view, '')).toMatchObject({ waiting: 1, longestWaitMs: MIN });
  });

  it('moves an agent’s KPIs after a reply: replies, the 3-minute rate, cases closed today', async () => {
    expect(row(await teamBoardView(T0), 'jie')?.kpis).toMatchObject({ replies: 0, rounds: 0 });
    await sendReply('C2', '亲，在的', ctx(T0));
    const view = await teamBoardView(T0 + 1_000);
    expect(row(view, 'jie')?.kpis).toMatchObject({ replies: 1, rounds: 1, within: 1, rate: 1 });
    expect(row(view, 'li')?.kpis).toMatchObject({ replies: 0, casesClosed: 1 });
  });

  it('lists the open cases and hands one to another agent', async () => {
    expect((await teamBoardView(T0)).cases).toEqual([{ kind: 'ticket', id: 'T1', buyerNick: 'tb_小米', ownerId: 'jie', what: 'quality' }]);
    await reassignCase('ticket', 'T1', 'li', ctx(T0, 'boss'));
    expect((await teamBoardView(T0)).cases[0]?.ownerId).toBe('li');
    expect(await db.changes.where('[table+id]').equals(['tickets', 'T1']).count()).toBe(2);
  });
});
