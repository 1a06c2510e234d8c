import { describe, it, expect } from 'vitest';
import { TraySummary } from '../../schemas/tray';
import { MINUTE } from '../../lib/time';
import { createTrayText } from './labels';
import { MAX_NEWLY_DUE, summarizeTray } from './summarize';
import type { TrayFacts, WaitingBuyerFact } from './types';

const NOW = Date.UTC(2025, 4, 12, 6, 0); // 14:00 in Shanghai
const text = createTrayText((key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key));
const EMPTY: TrayFacts = { waiting: [], payments: [], followUps: [], cases: [] };

const buyer = (id: string, minutesAgo: number): WaitingBuyerFact => ({ id, buyerNick: `nick-${id}`, shopName: '店', lastBuyerAt: NOW - minutesAgo * MINUTE });
const STORE: TrayFacts = {
  waiting: [buyer('c1', 1), buyer('c2', 4.5), buyer('c3', 0)],
  payments: [
    { id: 'r1', dueAt: NOW - 5 * MINUTE, label: '催付 A', orderId: 'o1' },
    { id: 'r2', dueAt: NOW, label: '催付 B', orderId: null },
    { id: 'r3', dueAt: NOW + MINUTE, label: 'not yet', orderId: 'o3' },
  ],
  followUps: [
    { id: 'f1', dueAt: NOW - 60 * MINUTE, label: '告知到货时间', target: { entity: 'order', id: 'o9' } },
    { id: 'f2', dueAt: NOW + 60 * MINUTE, label: 'later', target: { tab: 'orders' } },
  ],
  cases: [
    { id: 't1', caseKind: 'ticket', dueAt: NOW - 1, label: '查件' },
    { id: 'v1', caseKind: 'review', dueAt: NOW + 1, label: '差评回访' },
  ],
};

describe('summarizeTray counts', () => {
  it.each([
    { name: 'an empty store shows nothing and notifies nothing', facts: EMPTY, expected: { unanswered: 0, longestWaitMs: 0, dueReminders: 0, dueFollowUps: 0, overdueCases: 0, newlyDue: 0 } },
    { name: 'a busy store counts only what is due by now', facts: STORE, expected: { unanswered: 3, longestWaitMs: 4.5 * MINUTE, dueReminders: 2, dueFollowUps: 1, overdueCases: 1, newlyDue: 7 } },
    { name: 'a buyer stamped slightly in the future never makes a negative wait', facts: { ...EMPTY, waiting: [buyer('c9', -0.5)] }, expected: { unanswered: 1, longestWaitMs: 0, dueReminders: 0, dueFollowUps: 0, overdueCases: 0, newlyDue: 1 } },
  ])('$name', ({ facts, expected }) => {
    const { summary } = summarizeTray(facts, [], NOW, text);
    expect(TraySummary.parse(summary)).toEqual(summary);
    const { newlyDue, labels: _labels, ...counts } = summary;
    expect({ ...counts, newlyDue: newlyDue.length }).toEqual(expected);
  });

  it('the longest wait is the oldest waiting buyer, whatever the order of facts', () => {
    const facts = { ...EMPTY, waiting: [buyer('a', 2), buyer('b', 7), buyer('c', 3)] };
    expect(summarizeTray(facts, [], NOW, text).summary.longestWaitMs).toBe(7 * MINUTE);
  });
});

describe('summarizeTray newly-due detection', () => {
  it('the same facts twice notify nothing the second time', () => {
    const first = summarizeTray(STORE, [], NOW, text);
    const second = summarizeTray(STORE, first.keys, NOW, text);
    expect(second.summary.newlyDue).toEqual([]);
    expect(second.keys).toEqual(first.keys);
  });

  it.each([
    { name: 'a new waiting buyer is exactly the one new item', add: { waiting: [...STORE.waiting, buyer('c4', 0.2)] }, key: `buyer:c4:${NOW - 0.2 * MINUTE}` },
    { name: 'a buyer who writes again after an answer starts a new round', add: { waiting: [buyer('c1', 0.1), buyer('c2', 4.5), buyer('c3', 0)] }, key: `buyer:c1:${NOW - 0.1 * MINUTE}` },
    { name: 'a reminder moved to a new due time is notified again', add: { payments: [{ id: 'r1', dueAt: NOW - MINUTE, label: '催付 A', orderId: 'o1' }, ...STORE.payments.slice(1)] }, key: `payment:r1:${NOW - MINUTE}` },
    { name: 'a new overdue case is exactly the one new item', add: { cases: [...STORE.cases, { id: 't2', caseKind: 'ticket' as const, dueAt: NOW - 10, label: '少发' }] }, key: `case:t2:${NOW - 10}` },
  ])('$name', ({ add, key }) => {
    const first = summarizeTray(STORE, [], NOW, text);
    const second = summarizeTray({ ...STORE, ...add }, first.keys, NOW, text);
    expect(second.summary.newlyDue.map((i) => i.key)).toEqual([key]);
  });

  it('an item that becomes due with time alone is notified once it is due', () => {
    const first = summarizeTray(STORE, [], NOW, text);
    const later = summarizeTray(STORE, first.keys, NOW + MINUTE, text);
    expect(later.summary.newlyDue.map((i) => i.key)).toEqual([`case:v1:${NOW + 1}`, `payment:r3:${NOW + MINUTE}`]);
  });

  it('each item carries its kind, localized text and where to open it', () => {
    const { summary } = summarizeTray(STORE, [], NOW, text);
    const byKey = new Map(summary.newlyDue.map((i) => [i.key, i]));
    expect(byKey.get(`buyer:c2:${NOW - 4.5 * MINUTE}`)).toEqual({
      key: `buyer:c2:${NOW - 4.5 * MINUTE}`, kind: 'buyer', title: 'tray.item.buyerTitle{"nick":"nick-c2"}', body: 'tray.item.buyerBody{"shop":"店"}', target: { entity: 'conversation', id: 'c2' },
    });
    expect(byKey.get(`payment:r1:${NOW - 5 * MINUTE}`)?.target).toEqual({ entity: 'order', id: 'o1' });
    expect(byKey.get(`payment:r2:${NOW}`)?.target).toEqual({ tab: 'payments' });
    expect(byKey.get(`followup:f1:${NOW - 60 * MINUTE}`)?.target).toEqual({ entity: 'order', id: 'o9' });
    expect(byKey.get(`case:t1:${NOW - 1}`)?.title).toBe('tray.item.ticketTitle');
  });

  it('newly-due items come oldest first, ties in key order', () => {
    const { summary } = summarizeTray(STORE, [], NOW, text);
    expect(summary.newlyDue.map((i) => i.kind)).toEqual(['followup', 'payment', 'buyer', 'buyer', 'case', 'buyer', 'payment']);
  });
});

describe('summarizeTray cap', () => {
  const many: TrayFacts = { ...EMPTY, waiting: Array.from({ length: 80 }, (_, i) => buyer(`c${String(i).padStart(2, '0')}`, i)) };

  it.each([
    { name: 'at most 50 items are notified at once, the 50 longest-waiting', facts: many, count: MAX_NEWLY_DUE, oldest: 'c79', newest: 'c30' },
    { name: 'exactly 50 due items are all notified', facts: { ...EMPTY, waiting: many.waiting.slice(0, 50) }, count: 50, oldest: 'c49', newest: 'c00' },
  ])('$name', ({ facts, count, oldest, newest }) => {
    const { summary } = summarizeTray(facts, [], NOW, text);
    expect(summary.newlyDue).toHaveLength(count);
    expect(summary.newlyDue[0]?.target).toEqual({ entity: 'conversation', id: oldest });
    expect(summary.newlyDue.at(-1)?.target).toEqual({ entity: 'conversation', id: newest });
    expect(summary.unanswered).toBe(facts.waiting.length);
  });

  it('items cut by the cap are remembered, so the next tick does not flood', () => {
    const first = summarizeTray(many, [], NOW, text);
    expect(first.keys).toHaveLength(80);
    expect(summarizeTray(many, first.keys, NOW + 5000, text).summary.newlyDue).toEqual([]);
  });
});
