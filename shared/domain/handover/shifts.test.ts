import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { problem } from '../../lib/problem';
import { DEFAULT_SHIFTS, DEFAULT_SHIFT_TIMES, shiftBoundary, shiftDefsFrom, validateShiftTimes } from './shifts';

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

describe('shift times a supervisor sets', () => {
  it.each<[string, unknown, ReturnType<typeof validateShiftTimes>]>([
    ['the seed’s day and night shifts', DEFAULT_SHIFT_TIMES, { ok: true, value: DEFAULT_SHIFT_TIMES }],
    ['a night shift past midnight', { day: { start: '08:30', end: '17:30' }, night: { start: '17:30', end: '02:00' } }, { ok: true, value: { day: { start: '08:30', end: '17:30' }, night: { start: '17:30', end: '02:00' } } }],
    ['a time that is not a clock time', { day: { start: '9:00', end: '18:00' }, night: { start: '18:00', end: '24:00' } }, { ok: false, error: [problem('notClockTime', { field: 'shifts.day.start' })] }],
    ['an empty shift', { day: { start: '09:00', end: '09:00' }, night: { start: '18:00', end: '24:00' } }, { ok: false, error: [problem('emptyWindow', { field: 'shifts.day.end' })] }],
    ['overlapping shifts', { day: { start: '09:00', end: '19:00' }, night: { start: '18:00', end: '24:00' } }, { ok: false, error: [problem('shiftsOverlap', { field: 'shifts.night.start', params: { range: '09:00–19:00' } })] }],
    ['a night past midnight that runs into the day shift', { day: { start: '08:00', end: '17:00' }, night: { start: '17:00', end: '09:00' } }, { ok: false, error: [problem('shiftsOverlap', { field: 'shifts.night.start', params: { range: '08:00–17:00' } })] }],
  ])('%s', (_name, raw, result) => {
    expect(validateShiftTimes(raw)).toEqual(result);
  });

  it('the handover boundary follows the times set: a 17:30 night shift has begun at 17:45', () => {
    const defs = shiftDefsFrom({ day: { start: '08:30', end: '17:30' }, night: { start: '17:30', end: '02:00' } });
    const b = shiftBoundary(fromShanghai(2026, 11, 19, 17, 45), defs);
    expect([b.current.key, b.current.startAt, b.current.endAt, b.next.startAt]).toEqual(['night', fromShanghai(2026, 11, 19, 17, 30), fromShanghai(2026, 11, 20, 2, 0), fromShanghai(2026, 11, 20, 8, 30)]);
  });

  it('a stored value that does not pass falls back to the defaults', () => {
    expect(shiftDefsFrom({ day: 'x' })).toEqual(DEFAULT_SHIFTS);
    expect(shiftDefsFrom(undefined)).toEqual(DEFAULT_SHIFTS);
  });
});
