import { DAY, fromShanghai, shanghaiParts, startOfShanghaiDay } from '../../lib/time';

/** A half-open range of time [from, until), epoch ms. */
export interface Range {
  from: number;
  until: number;
}

export type RangePreset = 'today' | 'yesterday' | 'week' | 'last7' | 'month' | 'last30' | 'year';

/** The range a preset names at `now` (Shanghai days; the current day, week, month and year run to `now`). */
export function presetRange(preset: RangePreset, now: number): Range {
  const today = startOfShanghaiDay(now);
  const p = shanghaiParts(now);
  switch (preset) {
    case 'today': return { from: today, until: now };
    case 'yesterday': return { from: today - DAY, until: today };
    case 'week': return { from: weekStart(now), until: now };
    case 'last7': return { from: today - 6 * DAY, until: now };
    case 'month': return { from: fromShanghai(p.year, p.month, 1), until: now };
    case 'last30': return { from: today - 29 * DAY, until: now };
    case 'year': return { from: fromShanghai(p.year, 1, 1), until: now };
  }
}

/** Monday 00:00 (Shanghai) of the week containing `at`. */
export function weekStart(at: number): number {
  const weekday = shanghaiParts(at).weekday; // 0 = Sunday
  return startOfShanghaiDay(at) - ((weekday + 6) % 7) * DAY;
}

/**
 * What "compared with the previous period" compares with: the range moved back by its length in
 * whole days, so today until 14:00 compares with yesterday until 14:00, and a week with the week before.
 */
export function previousRange(r: Range): Range {
  const back = Math.max(1, Math.ceil((r.until - r.from) / DAY)) * DAY;
  return { from: r.from - back, until: r.until - back };
}

/** Whole Shanghai days from one "YYYY-MM-DD" to another, inclusive (a custom range from date inputs). */
export function daysRange(fromDay: string, toDay: string): Range | null {
  const parse = (s: string): number | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? fromShanghai(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  };
  const a = parse(fromDay);
  const b = parse(toDay);
  if (a === null || b === null || b < a) return null;
  return { from: a, until: b + DAY };
}

/** Change from the previous period: the difference, and null when either side has no value. */
export function change(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}
