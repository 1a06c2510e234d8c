import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Conversation, Shop } from '@shared/schemas/entities';
import type { OutboxItem, OutboxResult } from '@shared/schemas/outbox';
import { ok } from '@shared/lib/result';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { sendReply } from '../presale/conversations';
import { chatLinesBetween } from '../reports/chatLines';
import { onOutboxWritten } from './enqueue';
import { markCopied, resendDelivery, saveShopDelivery } from './actions';
import { createOutboxRunner, type OutboxSource } from './runner';

let db: XiaoerDb;
let n = 0;
const T0 = 1_700_000_000_000;
const ctx = (now = T0) => ({ agentId: 'A1', now });

/** A host that keeps offered items and answers the results it is told to. */
function fakeHost() {
  const offered: OutboxItem[] = [];
  const results: OutboxResult[] = [];
  const settled: number[] = [];
  const source: OutboxSource = {
    offer: async (items) => {
      const fresh = items.filter((i) => !offered.some((o) => o.id === i.id));
      offered.push(...fresh);
      return ok({ journalId: 'J1', accepted: fresh.map((i) => i.id), duplicates: items.filter((i) => !fresh.includes(i)).map((i) => i.id) });
    },
    results: async (after) => ok({ journalId: 'J1', results: results.filter((r) => r.seq > after) }),
    settle: (_j, upTo) => void settled.push(upTo),
  };
  const answer = (id: string, outcome: OutboxResult['outcome'], at: number, reason: string | null = null) => results.push({ seq: results.length + 1, id, outcome, reason, at });
  return { source, offered, answer, settled };
}

beforeEach(async () => {
  db = new XiaoerDb(`outbox-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', name: '小鹿童装', platform: 'tmall', rules: {}, demo: false } as unknown as Shop], ctx());
  await putTracked<Conversation>(db, 'conversations', [{ id: 'C1', shopId: 'S1', buyerId: 'B1', status: 'waiting', stage: 'presale', lastBuyerAt: T0, firstReplyAt: null, lastPreview: '在吗', assignedTo: null }], ctx());
  await putTracked<Buyer>(db, 'buyers', [{ id: 'B1', shopId: 'S1', nick: 'tb_小林', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: { phone: '', address: '', name: '' }, notes: '' } as unknown as Buyer], ctx());
  await db.messages.add({ id: 'M0', conversationId: 'C1', from: 'buyer', text: '在吗', at: T0 - 60_000, agentId: null, updatedAt: T0, updatedBy: 'A1', deletedAt: null });
});
afterEach(() => db.delete());

describe('the outbox in the store', () => {
  it('a companion-mode reply (the default) makes a 待复制 row with the exact text, announced after commit', async () => {
    const seen: string[] = [];
    const off = onOutboxWritten((r) => seen.push(`${r.mode}:${r.state}:${r.copyText}`));
    const m = await sendReply('C1', ' 亲，今天发货 ', ctx());
    // Announced after the commit, outside the transaction.
    await expect.poll(() => seen.length).toBe(1);
    off();
    const rows = await db.outbox.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subjectId: m.id, conversationId: 'C1', mode: 'companion', state: 'toCopy', copyText: '亲，今天发货', item: { kind: 'message', buyerNick: 'tb_小林', text: '亲，今天发货', platform: 'tmall' } });
    expect(seen).toEqual(['companion:toCopy:亲，今天发货']);
    await markCopied(rows[0]?.id ?? '', T0 + 1);
    expect(await db.outbox.get(rows[0]?.id ?? '')).toMatchObject({ state: 'copied', settledAt: T0 + 1 });
  });

  it('a reply that is refused writes no outbox row either (same transaction)', async () => {
    await expect(sendReply('C1', '   ', ctx())).rejects.toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
  });

  it('bridge mode: the runner offers the row, applies a failure, a 重发 goes out as a new item and is delivered', async () => {
    await saveShopDelivery('S1', { mode: 'bridge', expireMinutes: 5 }, ctx());
    const m = await sendReply('C1', '亲，今天发货', ctx(T0 + 1_000));
    const host = fakeHost();
    const runner = createOutboxRunner(host.source, () => T0);
    await runner.kick();
    expect(host.offered.map((i) => [i.kind, i.id, i.expiresAt])).toEqual([['message', expect.any(String), T0 + 1_000 + 5 * 60_000]]);
    const first = host.offered[0]?.id ?? '';
    host.answer(first, 'failed', T0 + 2_000, '买家已屏蔽店铺');
    await runner.kick();
    expect(await db.outbox.get(first)).toMatchObject({ state: 'failed', reason: '买家已屏蔽店铺' });
    expect(host.settled).toEqual([1]);
    // A bridge reply that never arrived is no reply in the response-rate figures.
    expect((await chatLinesBetween(T0 - 120_000, T0 + 60_000)).filter((l) => l.from === 'agent')).toEqual([]);

    const again = await resendDelivery(first, ctx(T0 + 3_000));
    expect(again).toMatchObject({ subjectId: m.id, attempt: 2, state: 'sending' });
    expect((await db.outbox.get(first))?.handled).toBe(true);
    await runner.kick();
    expect(host.offered.map((i) => i.id)).toEqual([first, again.id]);
    host.answer(again.id, 'delivered', T0 + 4_000);
    await runner.kick();
    expect(await db.outbox.get(again.id)).toMatchObject({ state: 'delivered', settledAt: T0 + 4_000 });
    // Counted when delivered, not when typed.
    expect((await chatLinesBetween(T0 - 120_000, T0 + 60_000)).filter((l) => l.from === 'agent').map((l) => l.at)).toEqual([T0 + 4_000]);
  });

  it('re-offers rows the host\'s journal does not know (a new journal after a lost host folder)', async () => {
    await saveShopDelivery('S1', { mode: 'bridge', expireMinutes: 5 }, ctx());
    await sendReply('C1', '亲，今天发货', ctx());
    const host = fakeHost();
    await createOutboxRunner(host.source).kick();
    const other = fakeHost();
    await createOutboxRunner({ ...other.source, results: async () => ok({ journalId: 'J2', results: [] }), offer: async (items) => ok({ journalId: 'J2', accepted: items.map((i) => i.id), duplicates: [] }) }).kick();
    expect((await db.outbox.toArray()).map((r) => r.offeredTo)).toEqual(['J2']);
  });
});
