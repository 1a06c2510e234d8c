import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { Buyer, Conversation, Message, Order } from '../../schemas/entities';
import { MINUTE } from '../../lib/time';
import { generateDemoShop } from './generate';
import { initialSimulatorState, simulateTick, type SimEvent, type SimulatorView, type TickOutput } from './simulate';
import { simulatorViewOf } from './view';

const NOW = Date.UTC(2025, 4, 12, 6, 0);
const store = generateDemoShop({ seed: 3, now: NOW });
const view = simulatorViewOf(store);
const EMPTY_VIEW: SimulatorView = { shops: [], buyers: [], conversations: [], unpaidOrders: [] };

/** Run ticks 5 s apart, feeding each tick's puts back into the view like the data layer would. */
function run(ticks: number, start: SimulatorView = view): TickOutput[] {
  let state = initialSimulatorState(3);
  let v = start;
  const outs: TickOutput[] = [];
  for (let i = 0; i < ticks; i++) {
    const out = simulateTick({ rngState: state, now: NOW + i * 5000, view: v });
    outs.push(out);
    state = out.nextRngState;
    const convs = new Map(v.conversations.map((c) => [c.id, c]));
    for (const c of out.puts.conversations) convs.set(c.id, c);
    const orders = new Map(v.unpaidOrders.map((o) => [o.id, o]));
    for (const o of out.puts.orders) orders.set(o.id, o);
    v = { shops: v.shops, buyers: [...v.buyers, ...out.puts.buyers], conversations: [...convs.values()], unpaidOrders: [...orders.values()].filter((o) => o.status === 'unpaid') };
  }
  return outs;
}

/** The first rng state (scanning upward) whose tick produces an event of this kind. */
function stateFor(kind: SimEvent['kind'], v: SimulatorView, extra: (o: TickOutput) => boolean = () => true): { state: number; out: TickOutput } {
  for (let state = 0; state < 10_000; state++) {
    const out = simulateTick({ rngState: state, now: NOW, view: v });
    if (out.events.some((e) => e.kind === kind) && extra(out)) return { state, out };
  }
  throw new Error(`no state gives ${kind}`);
}

describe('simulateTick determinism', () => {
  it('the same state, time and view give deep-equal output', () => {
    expect(run(60)).toEqual(run(60));
  });

  it('a different state gives a different run', () => {
    const a = run(40).map((o) => o.events);
    let state = initialSimulatorState(4);
    const b = Array.from({ length: 40 }, (_, i) => {
      const out = simulateTick({ rngState: state, now: NOW + i * 5000, view });
      state = out.nextRngState;
      return out.events;
    });
    expect(b).not.toEqual(a);
  });

  it('every tick advances the random state, even when nothing happens', () => {
    const out = simulateTick({ rngState: 1, now: NOW, view: EMPTY_VIEW });
    expect(out.nextRngState).not.toBe(1);
    expect(out.puts).toEqual({ buyers: [], conversations: [], messages: [], orders: [] });
  });
});

describe('simulateTick output', () => {
  const outs = run(300);

  const tables: { name: string; schema: z.ZodType; pick: (o: TickOutput) => readonly unknown[] }[] = [
    { name: 'buyers', schema: Buyer, pick: (o) => o.puts.buyers },
    { name: 'conversations', schema: Conversation, pick: (o) => o.puts.conversations },
    { name: 'messages', schema: Message, pick: (o) => o.puts.messages },
    { name: 'orders', schema: Order, pick: (o) => o.puts.orders },
  ];
  it.each(tables)('every put $name record parses with its entity schema', ({ schema, pick }) => {
    const records = outs.flatMap(pick);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(schema.parse(r)).toEqual(r);
  });

  it.each(['buyer-message', 'new-order', 'order-paid'] as const)('a long run includes %s events', (kind) => {
    expect(outs.some((o) => o.events.some((e) => e.kind === kind))).toBe(true);
  });

  it('a long run also opens new chats and brings in new buyers', () => {
    expect(outs.some((o) => o.events.some((e) => e.kind === 'buyer-message' && e.newConversation))).toBe(true);
    expect(outs.some((o) => o.puts.buyers.length > 0)).toBe(true);
  });
});

describe('simulateTick events', () => {
  const intoExisting = (o: TickOutput): boolean => o.events.some((e) => e.kind === 'buyer-message' && !e.newConversation);
  const answered = store.conversations.find((c) => c.status === 'answered');
  const waiting = store.conversations.find((c) => c.status === 'waiting');
  const unpaid = store.orders.find((o) => o.status === 'unpaid');

  it('a buyer writing into an answered chat makes it waiting from now', () => {
    if (!answered) throw new Error('fixture has an answered chat');
    const { out } = stateFor('buyer-message', { ...EMPTY_VIEW, shops: view.shops, conversations: [answered] }, intoExisting);
    const c = out.puts.conversations[0];
    expect(c).toMatchObject({ id: answered.id, status: 'waiting', lastBuyerAt: NOW, updatedAt: NOW, firstReplyAt: answered.firstReplyAt });
    expect(out.puts.messages).toMatchObject([{ conversationId: answered.id, from: 'buyer', at: NOW, agentId: null }]);
    expect(c?.lastPreview).toBe(out.puts.messages[0]?.text);
  });

  it('a buyer writing again while waiting does not reset the wait clock', () => {
    if (!waiting) throw new Error('fixture has a waiting chat');
    const { out } = stateFor('buyer-message', { ...EMPTY_VIEW, shops: view.shops, conversations: [waiting] }, intoExisting);
    expect(out.puts.conversations[0]).toMatchObject({ id: waiting.id, status: 'waiting', lastBuyerAt: waiting.lastBuyerAt });
  });

  it('a new chat starts waiting, unassigned and unanswered', () => {
    const { out } = stateFor('buyer-message', { ...view, conversations: [] });
    expect(out.puts.conversations[0]).toMatchObject({ status: 'waiting', lastBuyerAt: NOW, firstReplyAt: null, assignedTo: null });
  });

  it('a new order arrives unpaid, created now, for a buyer of its shop', () => {
    const { out } = stateFor('new-order', view);
    const order = out.puts.orders.find((o) => o.status === 'unpaid');
    const buyers = [...view.buyers, ...out.puts.buyers];
    expect(order).toMatchObject({ createdAt: NOW, paidAt: null, trackingNo: null });
    expect(buyers.find((b) => b.id === order?.buyerId)?.shopId).toBe(order?.shopId);
  });

  it('an unpaid order gets paid now, everything else kept', () => {
    if (!unpaid) throw new Error('fixture has an unpaid order');
    const { out } = stateFor('order-paid', { ...EMPTY_VIEW, unpaidOrders: [unpaid] });
    expect(out.puts.orders).toEqual([{ ...unpaid, status: 'paid', paidAt: NOW, updatedAt: NOW, updatedBy: 'system' }]);
  });

  it('ticks 5 s apart bring a new buyer message every few ticks, not a flood', () => {
    const messages = run(120).flatMap((o) => o.puts.messages);
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.length).toBeLessThan(100);
    expect(Math.max(...messages.map((m) => m.at)) - NOW).toBeLessThan(10 * MINUTE);
  });
});
