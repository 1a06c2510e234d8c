import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { shiftBoundary } from './shifts';

describe('shiftBoundary', () => {
  it.each([
    ['mid day shift', fromShanghai(2026, 11, 19, 14, 0), 'day', fromShanghai(2026, 11, 19, 9), 'night', fromShanghai(2026, 11, 19, 18)],
    ['just before midnight', fromShanghai(2026, 11, 19, 23, 50), 'night', fromShanghai(2026, 11, 19, 18), 'day', fromShanghai(2026, 11, 20, 9)],
    ['after midnight (off hours hand over the night shift)', fromShanghai(2026, 11, 20, 0, 10), 'night', fromShanghai(2026, 11, 19, 18), 'day', fromShanghai(2026, 11, 20, 9)],
    ['exactly at 18:00 the night shift has begun', fromShanghai(2026, 11, 19, 18, 0), 'night', fromShanghai(2026, 11, 19, 18), 'day', fromShanghai(2026, 11, 20, 9)],
    ['early morning before the day shift', fromShanghai(2026, 11, 20, 8, 30), 'night', fromShanghai(2026, 11, 19, 18), 'day', fromShanghai(2026, 11, 20, 9)],
  ])('%s', (_l, now, cur, curStart, next, nextStart) => {
    const b = shiftBoundary(now);
    expect([b.current.key, b.current.startAt, b.next.key, b.next.startAt]).toEqual([cur, curStart, next, nextStart]);
  });
});
