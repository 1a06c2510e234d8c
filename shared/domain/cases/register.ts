import type { Review, Ticket } from '../../schemas/cases';
import { DAY, shanghaiDate, shanghaiParts, startOfShanghaiDay } from '../../lib/time';

const countBy = <K extends string>(keys: K[]): Array<{ key: K; count: number }> => {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

/** "YYYY-MM" (Shanghai) of a moment. */
export function shanghaiMonth(at: number): string {
  return shanghaiDate(at).slice(0, 7);
}

/** The Monday (Shanghai) of the week containing `at`, as "YYYY-MM-DD": quality is summed weekly for purchasing. */
export function shanghaiWeekStart(at: number): string {
  const day = startOfShanghaiDay(at);
  const weekday = shanghaiParts(at).weekday; // 0 = Sunday
  return shanghaiDate(day - ((weekday + 6) % 7) * DAY);
}

/** 丢件 per month (seed 003: lost parcels are summed monthly for the aftersale department). */
export function lostParcelsPerMonth(rows: readonly Ticket[]): Array<{ month: string; count: number }> {
  return countBy(rows.filter((t) => t.type === 'lost_parcel').map((t) => shanghaiMonth(t.createdAt))).map(({ key, count }) => ({ month: key, count }));
}

/** 质量问题 per week and product (seed 003: summarised weekly for purchasing). */
export function qualityPerWeekByProduct(rows: readonly Ticket[]): Array<{ week: string; product: string; count: number }> {
  return countBy(rows.filter((t) => t.type === 'quality').map((t) => `${shanghaiWeekStart(t.createdAt)}\u0000${t.product ?? ''}`))
    .map(({ key, count }) => {
      const [week = '', product = ''] = key.split('\u0000');
      return { week, product, count };
    });
}

/** 少发/错发 per responsible person (seed 003: find the person and tell them). */
export function wrongOrMissingByResponsible(rows: readonly Ticket[]): Array<{ responsible: string; missing: number; wrong: number }> {
  const m = new Map<string, { missing: number; wrong: number }>();
  for (const t of rows) {
    if (t.type !== 'missing_item' && t.type !== 'wrong_item') continue;
    const who = t.responsible?.trim() || '';
    const e = m.get(who) ?? { missing: 0, wrong: 0 };
    if (t.type === 'missing_item') e.missing += 1;
    else e.wrong += 1;
    m.set(who, e);
  }
  return [...m].map(([responsible, e]) => ({ responsible, ...e })).sort((a, b) => b.missing + b.wrong - (a.missing + a.wrong) || (a.responsible < b.responsible ? -1 : 1));
}

/** Share of settled reviews the buyer changed or deleted; null when none are settled yet. */
export function reviewModificationRate(rows: readonly Review[]): { settled: number; modified: number; rate: number | null } {
  const settled = rows.filter((r) => r.status === 'modified' || r.status === 'explained' || r.status === 'unchanged');
  const modified = settled.filter((r) => r.status === 'modified' || r.outcome === 'deleted').length;
  return { settled: settled.length, modified, rate: settled.length ? modified / settled.length : null };
}
