import { describe, expect, it } from 'vitest';
import type { SizeChart } from '../../schemas/entities';
import { recommendSize, type SizeAdvice } from './sizeChart';

const KG: SizeChart = {
  columns: ['身高(cm)', '体重(kg)', '胸围', '衣长'],
  rows: [
    { size: 'S', cells: ['155-160', '45-52', '96', '64'] },
    { size: 'M', cells: ['160-165', '52-58', '100', '66'] },
    { size: 'L', cells: ['165-172', '58-66', '104', '68'] },
    { size: 'XL', cells: ['172-178', '66-75', '108', '70'] },
  ],
};
const JIN: SizeChart = { columns: ['身高', '体重'], rows: [{ size: 'M', cells: ['155-165', '90-110'] }, { size: 'L', cells: ['165-175', '110-130'] }] };
const NO_WEIGHT: SizeChart = { columns: ['身高', '衣长'], rows: [{ size: '110', cells: ['100-110', '45'] }, { size: '120', cells: ['110-120', '49'] }] };
const size = (s: string, row: number, byHeight: string | null, byWeight: string | null): SizeAdvice => ({ kind: 'size', size: s, row, byHeight, byWeight });

describe('the size a chart suggests for a buyer', () => {
  it.each<[string, SizeChart, number | null, number | null, SizeAdvice]>([
    ['身高 170 体重 65 → 建议 L', KG, 170, 65, size('L', 2, 'L', 'L')],
    ['height and weight disagree: the larger size, with both named', KG, 163, 60, size('L', 2, 'M', 'L')],
    ['on a shared boundary the roomier size', KG, 165, 58, size('L', 2, 'L', 'L')],
    ['a little beyond the chart takes the nearest size', KG, 180, 76, size('XL', 3, 'XL', 'XL')],
    ['far beyond the chart says no size fits', KG, 190, 70, { kind: 'outside', dimension: 'height', direction: 'above' }],
    ['far below the chart on weight', KG, 160, 35, { kind: 'outside', dimension: 'weight', direction: 'below' }],
    ['height alone is enough', KG, 158, null, size('S', 0, 'S', null)],
    ['a chart in 斤 is read in kilograms (58 kg = 116 斤)', JIN, 168, 58, size('L', 1, 'L', 'L')],
    ['… and 52 kg = 104 斤 is M by weight', JIN, 168, 52, size('L', 1, 'L', 'M')],
    ['a weight the chart has no column for is ignored', NO_WEIGHT, 115, 20, size('120', 1, '120', null)],
    ['nothing to go on', KG, null, null, { kind: 'noMatch' }],
    ['a chart without 身高 or 体重 columns', { columns: ['胸围'], rows: [{ size: 'M', cells: ['100'] }] }, 170, 65, { kind: 'noMatch' }],
  ])('%s', (_name, chart, heightCm, weightKg, advice) => {
    expect(recommendSize(chart, { heightCm, weightKg })).toEqual(advice);
  });
});
