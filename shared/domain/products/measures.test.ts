import { describe, expect, it } from 'vitest';
import { measuresFromMessages, parseBodyMeasures, parseRange } from './measures';

describe('a buyer’s height and weight read from a chat message', () => {
  it.each<[string, number | null, number | null]>([
    ['身高170 体重65', 170, 65],
    ['身高 170 体重 65 穿什么码', 170, 65],
    ['我170cm，65kg，平时穿L', 170, 65],
    ['一米七 130斤', 170, 65],
    ['1米65，100斤左右', 165, 50],
    ['1.72米 70公斤', 172, 70],
    ['身高：158 体重：92斤', 158, 46],
    ['170/65', 170, 65],
    ['175，140斤', 175, 70],
    ['体重120，身高168', 168, 60],
    ['体重 58.5kg', null, 58.5],
    ['身高165', 165, null],
    ['这件159元能便宜点吗', null, null],
    ['170 m码合适吗', null, null],
    ['１７０／６５', 170, 65],
  ])('“%s” → %s cm, %s kg', (text, heightCm, weightKg) => {
    expect(parseBodyMeasures(text)).toEqual({ heightCm, weightKg });
  });

  it('takes height and weight from two messages, the newer value winning', () => {
    expect(measuresFromMessages(['体重100斤', '身高160', '身高150 体重40'])).toEqual({ heightCm: 160, weightKg: 50 });
  });
});

describe('a size chart cell as a range', () => {
  it.each<[string, { lo: number; hi: number } | null]>([
    ['165-170', { lo: 165, hi: 170 }],
    ['165~170cm', { lo: 165, hi: 170 }],
    ['165～170', { lo: 165, hi: 170 }],
    ['50至55kg', { lo: 50, hi: 55 }],
    ['100-110斤', { lo: 100, hi: 110 }],
    ['≤160', { lo: -Infinity, hi: 160 }],
    ['160cm以下', { lo: -Infinity, hi: 160 }],
    ['180以上', { lo: 180, hi: Infinity }],
    ['180+', { lo: 180, hi: Infinity }],
    ['104', { lo: 104, hi: 104 }],
    ['/', null],
    ['', null],
  ])('“%s”', (cell, range) => {
    expect(parseRange(cell)).toEqual(range);
  });
});
