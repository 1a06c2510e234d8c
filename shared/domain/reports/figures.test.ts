import { describe, expect, it } from 'vitest';
import { fromShanghai, MINUTE } from '../../lib/time';
import { creditOrders, consultationsOf } from './conversion';
import { emptyFacts, factsBehind, figureRows, figureValues, type ReportFacts } from './figures';
import { hourlyLoad, loadByHour } from './load';
import { outcomeRates } from './outcome';
import { daysRange, presetRange, previousRange, weekStart } from './period';
import { countedRounds, type ChatLine } from './responseRate';
import { lastWholeWeek, weeklyReport } from './weekly';

const at = (d: number, h: number, m = 0) => fromShanghai(2026, 11, d, h, m);
const line = (conversationId: string, from: ChatLine['from'], time: number, agentId: string | null = null): ChatLine => ({ conversationId, shopId: 'S1', from, at: time, agentId });

function facts(): ReportFacts {
  const rounds = countedRounds([
    line('c1', 'buyer', at(20, 10)), line('c1', 'agent', at(20, 10, 1), 'A1'),
    line('c2', 'buyer', at(20, 11)), line('c2', 'agent', at(20, 11, 5), 'A2'),
  ], at(21, 0));
  const consultations = creditOrders(consultationsOf(rounds, (c) => ({ c1: 'b1', c2: 'b2' })[c]), [
    { id: 'o1', orderNo: '3920118822334455667', buyerId: 'b1', shopId: 'S1', createdAt: at(20, 10, 30), paidAt: at(20, 10, 31), totalFen: 12900 },
  ]);
  return { ...emptyFacts(), rounds, consultations, outcomes: [{ conversationId: 'c2', shopId: 'S1', agentId: 'A2', at: at(20, 11, 10), ordered: false, reason: 'size' }] };
}

describe('figures of a period', () => {
  it('every figure of the whole period', () => {
    expect(figureValues(facts())).toMatchObject({ rounds: 2, responseRate: 0.5, firstReply: 3 * MINUTE, consulted: 2, ordered: 1, paid: 1, conversion: 0.5, sales: 12900, perBuyer: 12900, notBought: 1, paymentRate: null, refundRate: null });
  });

  it('per agent, and the drill-down of a cell lists exactly the records its figure counted', () => {
    const f = facts();
    const rows = figureRows(f, ['agent']);
    expect(rows.map((r) => [r.agentId, r.values.rounds, r.values.paid])).toEqual([['A1', 1, 1], ['A2', 1, 0]]);
    const a1 = rows[0]!;
    const behind = factsBehind(f, 'consultations', a1);
    expect(behind.map((c) => c.buyerId)).toEqual(['b1']);
    expect(behind.flatMap((c) => c.orders.map((o) => o.orderNo))).toEqual(['3920118822334455667']);
    expect(factsBehind(f, 'rounds', null)).toHaveLength(2);
  });
});

describe('periods', () => {
  it.each([
    ['today', at(20, 15), at(20, 0), at(20, 15)],
    ['yesterday', at(20, 15), at(19, 0), at(20, 0)],
    ['month', at(20, 15), at(1, 0), at(20, 15)],
    ['year', at(20, 15), fromShanghai(2026, 1, 1), at(20, 15)],
  ] as const)('%s', (preset, now, from, until) => {
    expect(presetRange(preset, now)).toEqual({ from, until });
  });

  it.each([
    ['two whole days compare with the two days before', { from: at(20, 0), until: at(22, 0) }, { from: at(18, 0), until: at(20, 0) }],
    ['today until 14:00 compares with yesterday until 14:00', { from: at(20, 0), until: at(20, 14) }, { from: at(19, 0), until: at(19, 14) }],
  ] as const)('%s', (_name, range, want) => {
    expect(previousRange(range)).toEqual(want);
  });

  it('a custom range covers whole days, and refuses a backwards one', () => {
    expect(daysRange('2026-11-18', '2026-11-20')).toEqual({ from: at(18, 0), until: at(21, 0) });
    expect(daysRange('2026-11-20', '2026-11-18')).toBeNull();
  });

  it('weeks start on Monday (2026-11-20 is a Friday)', () => {
    expect(weekStart(at(20, 15))).toBe(at(16, 0));
    expect(lastWholeWeek(at(20, 15))).toEqual({ week: { from: at(9, 0), until: at(16, 0) }, before: { from: at(2, 0), until: at(9, 0) } });
  });
});

describe('接待量 per hour and chat outcomes', () => {
  it('counts distinct buyers per day and hour, every hour of the day', () => {
    const cells = hourlyLoad([
      { conversationId: 'a', startedAt: at(20, 7) }, { conversationId: 'a', startedAt: at(20, 7, 30) }, { conversationId: 'b', startedAt: at(20, 7, 40) }, { conversationId: 'a', startedAt: at(21, 23, 10) },
    ]);
    expect(cells).toEqual([{ day: '2026-11-20', hour: 7, buyers: 2 }, { day: '2026-11-21', hour: 23, buyers: 1 }]);
    expect(loadByHour(cells)[7]).toBe(2);
  });

  it('tallies why buyers did not buy', () => {
    const [row] = outcomeRates([
      { conversationId: 'a', shopId: 'S1', agentId: 'A1', at: at(20, 10), ordered: true, reason: null },
      { conversationId: 'b', shopId: 'S1', agentId: 'A1', at: at(20, 10), ordered: false, reason: 'price' },
      { conversationId: 'c', shopId: 'S1', agentId: 'A1', at: at(20, 10), ordered: false, reason: 'price' },
    ], []);
    expect(row).toMatchObject({ tagged: 3, ordered: 1, reasons: { price: 2, size: 0, stock: 0, shipping: 0, hesitant: 0, other: 0 } });
  });
});

describe('the weekly report', () => {
  it('puts each agent\'s week beside the week before, agents of either week included', () => {
    const w = lastWholeWeek(at(27, 9));
    const r = weeklyReport(w.week, w.before, facts(), emptyFacts());
    expect(r.total.week.rounds).toBe(2);
    expect(r.total.before.rounds).toBe(0);
    expect(r.agents.map((a) => [a.agentId, a.week.rounds, a.before.rounds])).toEqual([['A1', 1, 0], ['A2', 1, 0]]);
  });
});
