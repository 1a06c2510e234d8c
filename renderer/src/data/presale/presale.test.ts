import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Conversation } from '@shared/schemas/entities';
import { STARTER_PHRASES } from '@shared/domain/phrases';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { resolveConversation, sendAutoReply, sendReply, transferConversation } from './conversations';
import { countPhraseUses, ensureStarterPhrases, listPhrases } from './phrases';
import { addFollowUp, revealBuyerContact, setBuyerNotes } from './buyers';

let db: XiaoerDb;
let n = 0;
const T0 = 1_700_000_000_000;
const ctx = (now = T0, agentId = 'A1') => ({ agentId, now });

const conv = (over: Partial<Conversation> = {}): Omit<Conversation, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id: 'C1', shopId: 'S1', buyerId: 'B1', status: 'waiting', stage: 'presale', lastBuyerAt: T0, firstReplyAt: null, lastPreview: '在吗', assignedTo: null, ...over,
});
const buyer: Omit<Buyer, 'updatedAt' | 'updatedBy' | 'deletedAt'> = {
  id: 'B1', shopId: 'S1', nick: '小林', tier: 'normal', tags: [], phoneMasked: '138****1234', addressMasked: '浙江省杭州市****',
  contactSecret: { phone: '13812341234', address: '浙江省杭州市西湖区文三路1号', name: '林女士' }, notes: '',
};

beforeEach(async () => {
  db = new XiaoerDb(`presale-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Conversation>(db, 'conversations', [conv()], ctx());
  await putTracked<Buyer>(db, 'buyers', [buyer], ctx());
});
afterEach(() => db.delete());

describe('presale conversation writes', () => {
  it('a reply records the first reply time and takes the buyer out of the queue', async () => {
    const m = await sendReply('C1', ' 您好 ', ctx(T0 + 95_000));
    expect(m).toMatchObject({ from: 'agent', text: '您好', agentId: 'A1' });
    expect(await db.conversations.get('C1')).toMatchObject({ status: 'answered', firstReplyAt: T0 + 95_000, assignedTo: 'A1' });
    // A second reply in the same (already answered) round keeps the first reply time.
    await sendReply('C1', '还有别的问题吗', ctx(T0 + 200_000));
    expect((await db.conversations.get('C1'))?.firstReplyAt).toBe(T0 + 95_000);
  });

  it('refuses an empty reply and writes nothing', async () => {
    await expect(sendReply('C1', '  \n ', ctx())).rejects.toMatchObject({ problems: [{ code: 'required', field: 'messages.text' }] });
    expect(await db.messages.count()).toBe(0);
  });

  it('auto-replies once per round, and again after the buyer starts a new round', async () => {
    expect(await sendAutoReply('C1', '稍等', ctx(T0 + 1000))).toBe(true);
    expect(await sendAutoReply('C1', '稍等', ctx(T0 + 2000))).toBe(false);
    expect((await db.conversations.get('C1'))?.status).toBe('waiting');
    await putTracked<Conversation>(db, 'conversations', [{ ...(await db.conversations.get('C1'))!, lastBuyerAt: T0 + 60_000 }], ctx(T0 + 60_000));
    expect(await sendAutoReply('C1', '稍等', ctx(T0 + 61_000))).toBe(true);
    expect((await db.messages.toArray()).filter((m) => m.from === 'auto')).toHaveLength(2);
  });

  it('a transfer needs a reason, puts the buyer back in waiting for the colleague, and logs a system line', async () => {
    await sendReply('C1', '您好', ctx(T0 + 1000));
    await expect(transferConversation('C1', 'A2', '  ', 'x', ctx(T0 + 2000))).rejects.toThrow(/reason/);
    await transferConversation('C1', 'A2', '找主管', '小雅 转交给 阿杰：找主管', ctx(T0 + 3000));
    expect(await db.conversations.get('C1')).toMatchObject({ status: 'waiting', assignedTo: 'A2', lastBuyerAt: T0 + 3000, transfer: { from: 'A1', to: 'A2', reason: '找主管' } });
    await sendReply('C1', '您好，我是主管', ctx(T0 + 4000, 'A2'));
    expect((await db.conversations.get('C1'))?.transfer).toBeNull();
  });

  it('resolving closes the conversation with a system line', async () => {
    await resolveConversation('C1', '已解决', ctx(T0 + 5000));
    expect(await db.conversations.get('C1')).toMatchObject({ status: 'closed', resolvedAt: T0 + 5000 });
    expect((await db.messages.toArray()).map((m) => m.from)).toEqual(['system']);
  });
});

describe('phrases in the store', () => {
  it('seeds the starter library once, and counts uses', async () => {
    expect(await ensureStarterPhrases(ctx())).toBe(STARTER_PHRASES.length);
    expect(await ensureStarterPhrases(ctx())).toBe(0);
    const all = await listPhrases();
    const first = all[0]!;
    await countPhraseUses([first.id, first.id], ctx());
    expect((await db.phrases.get(first.id))?.uses).toBe(2);
  });
});

describe('buyer privacy and follow-ups', () => {
  it('reveals the phone only with a reason and writes who, when and why to the audit log', async () => {
    await expect(revealBuyerContact('B1', 'phone', ' ', ctx())).rejects.toThrow(/reason/);
    expect(await db.audit.count()).toBe(0);
    expect(await revealBuyerContact('B1', 'phone', '核对地址', ctx(T0 + 10))).toBe('13812341234');
    expect(await db.audit.toArray()).toEqual([expect.objectContaining({ at: T0 + 10, agentId: 'A1', action: 'reveal:phone', subjectId: 'B1', reason: '核对地址' })]);
  });

  it('stores a dated follow-up as a followup reminder on the buyer', async () => {
    await addFollowUp({ ...buyer, updatedAt: T0, updatedBy: 'A1', deletedAt: null }, '预产期3月，2月提醒', T0 + 86_400_000, ctx());
    expect(await db.reminders.toArray()).toEqual([expect.objectContaining({ kind: 'followup', buyerId: 'B1', subjectId: 'B1', state: 'due', dueAt: T0 + 86_400_000 })]);
  });

  it('keeps the buyer memo to one line: a longer text is refused naming the field, the old memo stays', async () => {
    await setBuyerNotes('B1', '只发顺丰', ctx());
    await expect(setBuyerNotes('B1', '长'.repeat(61), ctx(T0 + 1))).rejects.toThrow(/notes/);
    expect((await db.buyers.get('B1'))?.notes).toBe('只发顺丰');
  });
});
