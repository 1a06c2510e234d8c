import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { rateWindow, type RateSpan } from './rateWindow';

const at = (day: number, hour: number, minute = 0): number => fromShanghai(2026, 3, day, hour, minute);

describe('rateWindow', () => {
  it.each<[string, RateSpan, number, number, number]>([
    ['today starts at Shanghai midnight', 'today', at(10, 14), at(10, 0), Infinity],
    ['just after midnight is already the new day', 'today', at(10, 0, 1), at(10, 0), Infinity],
    ['yesterday is the whole day before', 'yesterday', at(10, 14), at(9, 0), at(10, 0)],
    ['yesterday across a month end', 'yesterday', fromShanghai(2026, 4, 1, 9), at(31, 0), fromShanghai(2026, 4, 1, 0)],
    ['the last 7 days count today', 'week', at(10, 23, 59), at(4, 0), Infinity],
  ])('%s', (_name, span, now, since, until) => {
    expect(rateWindow(span, now)).toEqual({ since, until });
  });
});
