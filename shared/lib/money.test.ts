import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, parseYuan, yuanInput } from './money';

describe('formatYuan', () => {
  it.each([
    { name: 'a whole amount keeps two decimals', fen: 12_800, want: '¥128.00' },
    { name: 'a few fen are shown under one yuan', fen: 5, want: '¥0.05' },
    { name: 'zero is ¥0.00', fen: 0, want: '¥0.00' },
    { name: 'large amounts have no thousands separator', fen: 199_999, want: '¥1999.99' },
    { name: 'amounts that floating point gets wrong stay exact', fen: 1_005, want: '¥10.05' },
    { name: 'a negative amount puts the sign before the currency', fen: -500, want: '-¥5.00' },
  ])('$name', ({ fen, want }) => {
    expect(formatYuan(fen)).toBe(want);
  });
});

describe('fenToYuan', () => {
  it.each([
    { name: 'whole yuan', fen: 1_000, want: 10 },
    { name: 'yuan and jiao', fen: 5_990, want: 59.9 },
    { name: 'a single fen', fen: 1, want: 0.01 },
  ])('turns $name into a number a spreadsheet can sum', ({ fen, want }) => {
    expect(fenToYuan(fen)).toBe(want);
  });
});

describe('parseYuan', () => {
  it.each([
    { name: 'a blank field means no amount', text: '  ', want: null },
    { name: 'whole yuan', text: '59', want: 5_900 },
    { name: 'one decimal', text: '59.9', want: 5_990 },
    { name: 'two decimals, exactly', text: '0.29', want: 29 },
    { name: 'surrounding spaces are ignored', text: ' 10 ', want: 1_000 },
  ])('reads $name', ({ text, want }) => {
    expect(parseYuan(text)).toBe(want);
  });

  it.each([0, 1, 29, 5_990, 5_900, 123_456])('reads back %i fen from what an amount field is prefilled with', (fen) => {
    expect(parseYuan(yuanInput(fen))).toBe(fen);
  });

  it('prefills nothing when there is no amount', () => {
    expect(yuanInput(null)).toBe('');
    expect(yuanInput(undefined)).toBe('');
  });

  it.each(['abc', '-5', '1.234', '1,000', '¥5', '.5'])('refuses %j as not an amount', (text) => {
    expect(parseYuan(text)).toBeNaN();
  });
});
