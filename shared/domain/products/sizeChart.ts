import type { SizeChart } from '../../schemas/entities';
import { parseRange, type BodyMeasures, type Range } from './measures';

export type Dimension = 'height' | 'weight';

/** What the size chart says for a buyer's height and weight. */
export type SizeAdvice =
  /** `row` is the chart row to quote; byHeight/byWeight are what each measure alone points to. */
  | { kind: 'size'; size: string; row: number; byHeight: string | null; byWeight: string | null }
  /** A measure lies beyond the chart: no size fits, the agent should say so rather than guess. */
  | { kind: 'outside'; dimension: Dimension; direction: 'below' | 'above' }
  /** The chart has no column for the measures the buyer gave (or the buyer gave none). */
  | { kind: 'noMatch' };

/** How far outside every row a measure may lie and still take the nearest size (cm, kg). */
export const TOLERANCE: Readonly<Record<Dimension, number>> = { height: 5, weight: 4 };

const isHeight = (column: string): boolean => column.includes('身高');
const isWeight = (column: string): boolean => column.includes('体重');

/**
 * The chart's ranges for one dimension, in cm or kg. Weight columns in 斤 are halved: the unit
 * comes from the column name or the cell ("体重(斤)", "90-100斤"); with neither, a column whose
 * numbers pass 100 is read as 斤, as Chinese size charts for adults mostly are.
 */
function columnRanges(chart: SizeChart, dimension: Dimension): (Range | null)[] | null {
  const index = chart.columns.findIndex(dimension === 'height' ? isHeight : isWeight);
  if (index < 0) return null;
  const header = chart.columns[index] ?? '';
  const cells = chart.rows.map((r) => r.cells[index] ?? '');
  const ranges = cells.map(parseRange);
  if (dimension === 'height') return ranges;
  const headerKg = /kg|公斤|千克/i.test(header);
  const headerJin = header.includes('斤');
  const biggest = Math.max(...ranges.flatMap((r) => (r ? [r.lo, r.hi] : [])).filter(Number.isFinite));
  return ranges.map((r, i) => {
    if (!r) return null;
    const jin = headerJin || (cells[i] ?? '').includes('斤') || (!headerKg && !/kg|公斤/i.test(cells[i] ?? '') && biggest > 100);
    return jin ? { lo: r.lo / 2, hi: r.hi / 2 } : r;
  });
}

const distance = (r: Range, x: number): number => (x < r.lo ? r.lo - x : x > r.hi ? x - r.hi : 0);

type Pick = { row: number } | { outside: 'below' | 'above' };

/**
 * The row a measure points to: a row whose range holds it, the later (roomier) one when two
 * share a boundary; else the nearest row within the tolerance; else outside the chart.
 */
function pickRow(ranges: readonly (Range | null)[], x: number, tolerance: number): Pick | null {
  let best: { row: number; d: number; range: Range } | null = null;
  for (const [row, range] of ranges.entries()) {
    if (!range) continue;
    const d = distance(range, x);
    if (!best || d <= best.d) best = { row, d, range };
  }
  if (!best) return null;
  if (best.d <= tolerance) return { row: best.row };
  return { outside: x < best.range.lo ? 'below' : 'above' };
}

/**
 * The size to suggest for a buyer ("身高 170 体重 65 → 建议 L"). Rows run from small to large,
 * as charts are written. When height and weight point to different sizes the larger one is
 * suggested (a roomier fit can be worn; a tight one cannot), and both are reported.
 */
export function recommendSize(chart: SizeChart, measures: BodyMeasures): SizeAdvice {
  const picks: { dimension: Dimension; pick: Pick }[] = [];
  for (const dimension of ['height', 'weight'] as const) {
    const x = dimension === 'height' ? measures.heightCm : measures.weightKg;
    const ranges = columnRanges(chart, dimension);
    if (x === null || !ranges) continue;
    const pick = pickRow(ranges, x, TOLERANCE[dimension]);
    if (pick) picks.push({ dimension, pick });
  }
  if (picks.length === 0) return { kind: 'noMatch' };
  for (const { dimension, pick } of picks) {
    if ('outside' in pick) return { kind: 'outside', dimension, direction: pick.outside };
  }
  const rowOf = (d: Dimension): number | null => {
    const p = picks.find((x) => x.dimension === d)?.pick;
    return p && 'row' in p ? p.row : null;
  };
  const [h, w] = [rowOf('height'), rowOf('weight')];
  const row = Math.max(h ?? -1, w ?? -1);
  const sizeAt = (i: number | null): string | null => (i === null ? null : (chart.rows[i]?.size ?? null));
  return { kind: 'size', size: sizeAt(row) ?? '', row, byHeight: sizeAt(h), byWeight: sizeAt(w) };
}
