import { describe, expect, it } from 'vitest';
import type { Review, Ticket } from '../../schemas/cases';
import { fromShanghai } from '../../lib/time';
import { lostParcelsPerMonth, qualityPerWeekByProduct, reviewModificationRate, shanghaiWeekStart, wrongOrMissingByResponsible } from './register';

let n = 0;
const t = (over: Partial<Ticket>): Ticket => ({
  id: `T${++n}`, updatedAt: 0, updatedBy: 'A1', deletedAt: null, type: 'quality', shopId: 'S1', orderId: null, buyerId: 'B1', status: 'open', step: 'soothe',
  dueAt: 0, summary: '', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: 'A1', createdAt: 0, ...over,
});
const r = (over: Partial<Review>): Review => ({
  id: `R${++n}`, updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: null, buyerId: 'B1', rating: 'negative', text: '', postedAt: 0,
  cause: null, status: 'new', nextContactAt: 0, explanation: '', ownerId: null, ...over,
});

describe('register summaries', () => {
  it.each<[string, number, string]>([
    ['a Wednesday belongs to the week starting Monday', fromShanghai(2026, 4, 1, 12), '2026-03-30'],
    ['a Sunday night belongs to the week that started six days earlier', fromShanghai(2026, 4, 5, 23, 59), '2026-03-30'],
    ['Monday 00:00 Shanghai starts a new week (still Sunday in UTC)', fromShanghai(2026, 4, 6, 0, 0), '2026-04-06'],
    ['a week may start in the previous year', fromShanghai(2027, 1, 1, 8), '2026-12-28'],
  ])('%s', (_n, at, week) => {
    expect(shanghaiWeekStart(at)).toBe(week);
  });

  it('lost parcels are counted per Shanghai month (31 Jan 23:30 Shanghai is January although UTC says so too, 1 Feb 00:30 is February)', () => {
    const rows = [t({ type: 'lost_parcel', createdAt: fromShanghai(2026, 1, 31, 23, 30) }), t({ type: 'lost_parcel', createdAt: fromShanghai(2026, 2, 1, 0, 30) }), t({ type: 'lost_parcel', createdAt: fromShanghai(2026, 2, 20) }), t({ type: 'quality', createdAt: fromShanghai(2026, 2, 20) })];
    expect(lostParcelsPerMonth(rows)).toEqual([{ month: '2026-01', count: 1 }, { month: '2026-02', count: 2 }]);
  });

  it('quality problems are counted per week and product', () => {
    const rows = [
      t({ product: '纯棉T恤', createdAt: fromShanghai(2026, 4, 1) }), t({ product: '纯棉T恤', createdAt: fromShanghai(2026, 4, 5, 20) }),
      t({ product: '牛仔裤', createdAt: fromShanghai(2026, 4, 2) }), t({ product: '纯棉T恤', createdAt: fromShanghai(2026, 4, 6, 1) }),
    ];
    expect(qualityPerWeekByProduct(rows)).toEqual([
      { week: '2026-03-30', product: '牛仔裤', count: 1 }, { week: '2026-03-30', product: '纯棉T恤', count: 2 }, { week: '2026-04-06', product: '纯棉T恤', count: 1 },
    ]);
  });

  it('少发 and 错发 are counted per responsible person, busiest first', () => {
    const rows = [t({ type: 'missing_item', responsible: '小王' }), t({ type: 'wrong_item', responsible: '小王' }), t({ type: 'wrong_item', responsible: '小李' }), t({ type: 'quality', responsible: '小李' })];
    expect(wrongOrMissingByResponsible(rows)).toEqual([{ responsible: '小王', missing: 1, wrong: 1 }, { responsible: '小李', missing: 0, wrong: 1 }]);
  });

  it('the modification rate counts changed or deleted reviews among settled ones', () => {
    expect(reviewModificationRate([])).toEqual({ settled: 0, modified: 0, rate: null });
    const rows = [r({ status: 'modified' }), r({ status: 'explained' }), r({ status: 'unchanged' }), r({ status: 'explained', outcome: 'deleted' }), r({ status: 'new' })];
    expect(reviewModificationRate(rows)).toEqual({ settled: 4, modified: 2, rate: 0.5 });
  });
});
