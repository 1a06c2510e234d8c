import { describe, expect, it } from 'vitest';
import { DAY, HOUR, fromShanghai } from '../../lib/time';
import { backupName } from './naming';
import { planRotation } from './rotation';

// Monday 2026-11-23 12:00 in Shanghai.
const NOW = fromShanghai(2026, 11, 23, 12);
const at = (msAgo: number) => ({ name: backupName(NOW - msAgo), createdAt: NOW - msAgo });
const hoursAgo = (...hs: number[]) => hs.map((h) => at(h * HOUR));

describe('planRotation (grandfather-father-son)', () => {
  it.each([
    ['keeps every backup of the last 24 hours', hoursAgo(0, 1, 2, 23), hoursAgo(0, 1, 2, 23), []],
    ['keeps the newest of each older day, drops the rest', hoursAgo(0, 25, 26, 49, 50), hoursAgo(0, 25, 49), hoursAgo(26, 50)],
    ['keeps one a day for 14 days', hoursAgo(0, 13 * 24 + 1), hoursAgo(0, 13 * 24 + 1), []],
    ['after 14 days keeps one per week', [at(0), at(20 * DAY), at(21 * DAY)], [at(0), at(20 * DAY)], [at(21 * DAY)]],
    ['drops what is older than 8 weeks', [at(0), at(30 * DAY), at(60 * DAY)], [at(0), at(30 * DAY)], [at(60 * DAY)]],
    ['always keeps the newest backup, however old', [at(100 * DAY), at(120 * DAY)], [at(100 * DAY)], [at(120 * DAY)]],
    ['keeps a backup dated in the future (clock set wrong)', [at(-3 * HOUR), at(0)], [at(-3 * HOUR), at(0)], []],
    ['keeps nothing when there is nothing', [], [], []],
  ])('%s', (_label, entries, keep, remove) => {
    const plan = planRotation(entries, NOW);
    expect(plan.keep).toEqual(keep.map((e) => e.name));
    expect(plan.remove).toEqual(remove.map((e) => e.name));
  });

  it('uses Shanghai days: 23:30 and 00:30 Shanghai are different days even within one UTC day', () => {
    const late = fromShanghai(2026, 11, 20, 23, 30);
    const early = fromShanghai(2026, 11, 21, 0, 30);
    const plan = planRotation([{ name: 'a', createdAt: late }, { name: 'b', createdAt: early }, { name: 'c', createdAt: NOW }], NOW);
    expect(plan.remove).toEqual([]);
  });

  it('is stable: a plan applied an hour later never wants back what it removed', () => {
    let entries = Array.from({ length: 24 * 70 }, (_, i) => at(i * HOUR));
    for (let step = 0; step < 24 * 10; step += 7) {
      const now = NOW + step * HOUR;
      const plan = planRotation(entries, now);
      entries = entries.filter((e) => plan.keep.includes(e.name));
    }
    const finalNow = NOW + 240 * HOUR;
    const plan = planRotation(entries, finalNow);
    expect(plan.remove).toEqual([]);
    // 24 h + up to 14 days + up to 8 weeks: a bounded number of files.
    expect(entries.length).toBeLessThanOrEqual(24 + 14 + 8 + 1);
  });
});
