import type { Product, SizeChart } from '../../schemas/entities';
import { formatYuan } from '../../lib/money';
import type { BodyMeasures } from './measures';
import type { SizeAdvice } from './sizeChart';

/**
 * What goes into a reply to the buyer (buyer-facing Chinese, like the phrase library, in our own
 * words). Wording avoids the absolute promises and 极限词 the reply lint warns about.
 */

const unique = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ''))];

/** The product card: title, price, material, colours and sizes in stock, a few selling points. */
export function productCardText(p: Product): string {
  const inStock = p.skus.filter((s) => s.stock > 0);
  const colors = unique(inStock.map((s) => s.color));
  const sizes = unique(inStock.map((s) => s.size));
  const lines = [`【${p.title.trim()}】${p.priceFen !== undefined ? ` ${formatYuan(p.priceFen)}` : ''}`];
  if (p.material.trim()) lines.push(`面料：${p.material.trim()}`);
  if (colors.length) lines.push(`颜色：${colors.join('、')}`);
  if (sizes.length) lines.push(`尺码：${sizes.join('、')}`);
  if (p.skus.length > 0 && inStock.length === 0) lines.push('这款暂时没有现货，到货后可以第一时间通知您');
  const points = p.sellingPoints.slice(0, 3);
  if (points.length) lines.push(points.map((x) => `· ${x}`).join('\n'));
  return lines.join('\n');
}

/** One row of the chart as text: "L：身高 165-172 · 体重(kg) 58-66 · 胸围 104". */
export function sizeRowText(chart: SizeChart, row: number): string {
  const r = chart.rows[row];
  if (!r) return '';
  const cells = chart.columns.map((c, i) => ({ c, v: (r.cells[i] ?? '').trim() })).filter((x) => x.v !== '');
  return `${r.size}：${cells.map((x) => `${x.c} ${x.v}`).join(' · ')}`;
}

const measuresText = (m: BodyMeasures): string =>
  [m.heightCm !== null ? `身高${m.heightCm}cm` : '', m.weightKg !== null ? `体重${m.weightKg}kg` : ''].filter(Boolean).join('、');

/**
 * The size answer for a buyer: the suggested size with the chart row behind it, or — when the
 * buyer is outside the chart — an honest "no size of this item fits", never a guess.
 */
export function sizeAnswerText(p: Product, advice: SizeAdvice, m: BodyMeasures): string | null {
  const chart = p.sizeChart;
  if (!chart) return null;
  const who = measuresText(m);
  if (advice.kind === 'noMatch') return null;
  if (advice.kind === 'outside') {
    return `亲，按您${who}，${p.title.trim()}的尺码表里没有合适的码（${advice.direction === 'above' ? '码数都会偏小' : '码数都会偏大'}），建议您看看店里其他款式，我帮您推荐～`;
  }
  const split = advice.byHeight !== null && advice.byWeight !== null && advice.byHeight !== advice.byWeight;
  const why = split ? `身高对应${advice.byHeight}码、体重对应${advice.byWeight}码，建议选大一点的${advice.size}码，穿着不紧绷` : `建议选${advice.size}码`;
  return `亲，按您${who}，${p.title.trim()}${why}。参考尺码表 ${sizeRowText(chart, advice.row)}`;
}
