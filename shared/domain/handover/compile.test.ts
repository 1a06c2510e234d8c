import { describe, expect, it } from 'vitest';
import { fromShanghai, HOUR, MINUTE } from '../../lib/time';
import { compileHandover, type HandoverFacts, type SectionProvider } from './compile';
import { shiftBoundary } from './shifts';

const empty: HandoverFacts = { shops: [{ id: 'S1', name: '青禾' }, { id: 'S2', name: '小豆芽' }], waiting: [], payments: [], paidOrders: [], tickets: [], reviews: [], promises: [] };
const promise = (id: string, shopId: string, dueAt: number) => ({ id, shopId, buyerNick: `买家${id}`, what: '明天回复', dueAt, orderId: null, buyerId: `B${id}`, promisedByName: '小雅' });

// The night shift hands over at 23:50; the day shift starts 09:00 tomorrow and ends 18:00.
const NOW = fromShanghai(2026, 11, 19, 23, 50);
const ctx = { now: NOW, ...shiftBoundary(NOW) };

describe('compileHandover across midnight and shops', () => {
  const facts: HandoverFacts = {
    ...empty,
    promises: [
      promise('late', 'S2', fromShanghai(2026, 11, 20, 10, 0)), // during the next shift
      promise('night', 'S1', fromShanghai(2026, 11, 20, 0, 30)), // after midnight, nobody on duty
      promise('over', 'S2', NOW - 5 * MINUTE), // already overdue
      promise('far', 'S1', fromShanghai(2026, 11, 20, 20, 0)), // after the next shift: not handed over
    ],
    payments: [{ id: 'P1', orderId: 'O1', orderNo: '1234567', shopId: 'S1', dueAt: fromShanghai(2026, 11, 20, 9, 30), label: '第二次催付' }],
    tickets: [{ id: 'T1', shopId: 'S2', type: 'quality', summary: '开线', buyerNick: '阿花', dueAt: NOW + 3 * 24 * HOUR }],
    waiting: [{ id: 'C1', shopId: 'S1', buyerNick: '等回复', lastBuyerAt: NOW - 2 * MINUTE, preview: '在吗' }],
  };
  const sections = compileHandover(facts, ctx);

  it('orders promises by urgency: overdue, due before the next shift starts, due during it; later ones are left out', () => {
    const promises = sections.find((s) => s.kind === 'promises')!;
    expect(promises.items.map((i) => [i.key, i.urgency, i.shopName])).toEqual([
      ['promise:over', 0, '小豆芽'],
      ['promise:night', 1, '青禾'],
      ['promise:late', 2, '小豆芽'],
    ]);
  });

  it('orders sections by their most urgent item, keeping provider order on ties', () => {
    expect(sections.map((s) => s.kind)).toEqual(['waiting', 'promises', 'payments', 'tickets']);
  });

  it('lists an open case with a deadline beyond the next shift as open (urgency 3)', () => {
    expect(sections.find((s) => s.kind === 'tickets')!.items[0]).toMatchObject({ urgency: 3, shopName: '小豆芽', target: { entity: 'case', id: 'T1' } });
  });

  it('the same facts compiled in the middle of the next day shift treat the morning promise as overdue', () => {
    const noon = fromShanghai(2026, 11, 20, 12, 0);
    const later = compileHandover(facts, { now: noon, ...shiftBoundary(noon) });
    const items = later.find((s) => s.kind === 'promises')!.items;
    expect(items.map((i) => [i.key, i.urgency])).toEqual([['promise:over', 0], ['promise:night', 0], ['promise:late', 0], ['promise:far', 2]]);
  });
});

describe('compileHandover sections', () => {
  it('lists unverified paid orders and flagged orders with special requests', () => {
    const facts: HandoverFacts = {
      ...empty,
      paidOrders: [
        { id: 'O1', orderNo: '111111', shopId: 'S1', buyerNick: 'a', paidAt: NOW - HOUR, flag: 0, remark: '', verification: null },
        { id: 'O2', orderNo: '222222', shopId: 'S1', buyerNick: 'b', paidAt: NOW - HOUR, flag: 2, remark: '加急，送礼盒', verification: 'confirmed' },
        { id: 'O3', orderNo: '333333', shopId: 'S2', buyerNick: 'c', paidAt: NOW - HOUR, flag: 1, remark: '', verification: 'changed' },
      ],
    };
    const s = compileHandover(facts, ctx);
    expect(s.map((x) => [x.kind, x.items.map((i) => i.label)])).toEqual([['unverified', ['111111']], ['flagged', ['222222']]]);
  });

  // The order's verification field decides 核实, never the remark text.
  it.each([
    [null, '备注：已核实地址', true],
    ['pending', '', true],
    ['sent', '', true],
    ['confirmed', '', false],
    ['changed', '', false],
  ] as const)('a paid order with verification %s (remark "%s") is listed as 待核实: %s', (verification, remark, listed) => {
    const facts: HandoverFacts = { ...empty, paidOrders: [{ id: 'O1', orderNo: '111111', shopId: 'S1', buyerNick: 'a', paidAt: NOW - HOUR, flag: 0, remark, verification }] };
    const keys = compileHandover(facts, ctx).flatMap((x) => x.items.map((i) => i.key));
    expect(keys.includes('verify:O1')).toBe(listed);
  });

  it('lists 待核实 orders across shops oldest payment first and marks the ones whose confirmation was sent', () => {
    const facts: HandoverFacts = {
      ...empty,
      paidOrders: [
        { id: 'O1', orderNo: '111111', shopId: 'S1', buyerNick: 'a', paidAt: NOW - HOUR, flag: 0, remark: '', verification: 'sent' },
        { id: 'O2', orderNo: '222222', shopId: 'S2', buyerNick: 'b', paidAt: NOW - 30 * HOUR, flag: 0, remark: '', verification: 'pending' },
      ],
    };
    const items = compileHandover(facts, ctx)[0]!.items;
    expect(items.map((i) => [i.label, i.shopName, i.detail])).toEqual([['222222', '小豆芽', 'b'], ['111111', '青禾', 'a · ✉']]);
  });

  it('takes extra providers, so a new area adds a section without editing the compiler', () => {
    const custom: SectionProvider = () => [{ key: 'x:1', kind: 'custom', label: '自定义', detail: '', shopName: '', dueAt: NOW - 1, urgency: 0, target: null }];
    expect(compileHandover(empty, ctx, [custom]).map((s) => s.kind)).toEqual(['custom']);
  });

  it('caps a section and says how many more are open', () => {
    const many = Array.from({ length: 60 }, (_, i) => promise(String(i).padStart(2, '0'), 'S1', NOW + i * MINUTE));
    const s = compileHandover({ ...empty, promises: many }, ctx)[0]!;
    expect([s.items.length, s.more]).toEqual([50, 10]);
  });

  it('a promise opens the case it was made in, else its order, else the buyer', () => {
    const facts: HandoverFacts = {
      ...empty,
      promises: [
        { ...promise('c', 'S1', NOW + MINUTE), orderId: 'O1', caseId: 'T1' },
        { ...promise('o', 'S1', NOW + 2 * MINUTE), orderId: 'O2' },
        promise('b', 'S1', NOW + 3 * MINUTE),
      ],
    };
    expect(compileHandover(facts, ctx)[0]!.items.map((i) => i.target)).toEqual([{ entity: 'case', id: 'T1' }, { entity: 'order', id: 'O2' }, { entity: 'buyer', id: 'Bb' }]);
  });

  it('names the colleague a waiting buyer was transferred to, and why', () => {
    const facts: HandoverFacts = { ...empty, waiting: [{ id: 'C1', shopId: 'S1', buyerNick: '阿花', lastBuyerAt: NOW - MINUTE, preview: '在吗', transfer: { toName: '小林', reason: '售后问题' } }] };
    expect(compileHandover(facts, ctx)[0]!.items[0]!.detail).toBe('→ 小林（售后问题） · 在吗');
  });

  it('an empty store compiles to no sections', () => {
    expect(compileHandover(empty, ctx)).toEqual([]);
  });
});

describe('buyers not yet resolved, across midnight', () => {
  const conv = (id: string, shopId: string, lastBuyerAt: number, resolvedAt: number | null = null) => ({ id, shopId, buyerNick: `买家${id}`, lastBuyerAt, preview: '好的谢谢', resolvedAt });
  const facts: HandoverFacts = {
    ...empty,
    unresolved: [
      conv('tonight', 'S2', fromShanghai(2026, 11, 19, 21, 0)),
      conv('early', 'S1', fromShanghai(2026, 11, 19, 18, 5)),
      conv('dayShift', 'S1', fromShanghai(2026, 11, 19, 15, 0)), // the day shift's own business
      conv('closed', 'S1', fromShanghai(2026, 11, 19, 22, 0), fromShanghai(2026, 11, 19, 22, 10)),
    ],
  };

  it('hands over answered conversations of this shift that nobody marked resolved, oldest first', () => {
    const s = compileHandover(facts, ctx);
    expect(s.map((x) => [x.kind, x.items.map((i) => [i.key, i.shopName])])).toEqual([['unresolved', [['unresolved:early', '青禾'], ['unresolved:tonight', '小豆芽']]]]);
  });

  it('at 02:00, after midnight with nobody on duty, still hands over the night shift that ended at 24:00', () => {
    const late = fromShanghai(2026, 11, 20, 2, 0);
    const keys = compileHandover(facts, { now: late, ...shiftBoundary(late) }).flatMap((x) => x.items.map((i) => i.key));
    expect(keys).toEqual(['unresolved:early', 'unresolved:tonight']);
  });

  it('the next day shift no longer carries last night\'s unresolved conversations', () => {
    const noon = fromShanghai(2026, 11, 20, 12, 0);
    expect(compileHandover(facts, { now: noon, ...shiftBoundary(noon) })).toEqual([]);
  });
});
