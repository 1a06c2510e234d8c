import { describe, expect, it } from 'vitest';
import { DAY, HOUR, fromShanghai } from '../../lib/time';
import { backupName, fullBackupName, incrementalBackupName } from './naming';
import { restoreChain } from './chain';
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

describe('planRotation with incremental backups', () => {
  const full = (hAgo: number, seq: number) => ({ name: fullBackupName(NOW - hAgo * HOUR, seq), createdAt: NOW - hAgo * HOUR });
  const inc = (hAgo: number, baseHAgo: number, from: number, to: number) => ({ name: incrementalBackupName(NOW - hAgo * HOUR, NOW - baseHAgo * HOUR, from, to), createdAt: NOW - hAgo * HOUR });
  const names = (es: { name: string }[]) => es.map((e) => e.name);

  it.each([
    ['keeps the full backup a kept incremental builds on, however old by the day rule',
      [inc(1, 40, 300, 320), inc(2, 40, 280, 300), full(30, 250), inc(20, 40, 250, 280), full(40, 200)],
      [inc(1, 40, 300, 320), inc(2, 40, 280, 300), inc(20, 40, 250, 280), full(40, 200)], [full(30, 250)]],
    ['older than a day, a day is kept by its full backup, not by its last incremental',
      [full(0, 500), inc(26, 30, 400, 450), inc(28, 30, 350, 400), full(30, 350)],
      [full(0, 500), full(30, 350)], [inc(26, 30, 400, 450), inc(28, 30, 350, 400)]],
    ['the newest backup is kept with its whole chain even when the PC was off for weeks',
      [inc(500, 520, 10, 20), inc(510, 520, 5, 10), full(520, 5)],
      [inc(500, 520, 10, 20), inc(510, 520, 5, 10), full(520, 5)], []],
    ['an incremental whose full backup is gone is dropped once older than a day',
      [full(0, 900), inc(30, 60, 100, 200)], [full(0, 900)], [inc(30, 60, 100, 200)]],
  ])('%s', (_label, entries, keep, remove) => {
    const plan = planRotation(entries, NOW);
    expect(plan.keep).toEqual(names(keep));
    expect(plan.remove).toEqual(names(remove));
  });

  it('never removes a full backup that a kept incremental needs, hour after hour for ten weeks', () => {
    let entries: { name: string; createdAt: number }[] = [];
    let seq = 0;
    let base = { at: 0, seq: 0, last: 0 };
    for (let h = 0; h < 24 * 70; h++) {
      const now = NOW + h * HOUR;
      seq += 5;
      if (h % 24 === 0) {
        base = { at: now, seq, last: seq };
        entries.push({ name: fullBackupName(now, seq), createdAt: now });
      } else {
        entries.push({ name: incrementalBackupName(now, base.at, base.last, seq), createdAt: now });
        base.last = seq;
      }
      const plan = planRotation(entries, now);
      entries = entries.filter((e) => plan.keep.includes(e.name));
      if (h % 5 === 0) expect(entries.filter((e) => !restoreChain(e.name, names(entries)).ok)).toEqual([]);
    }
    // 24 h of links + one full a day for 14 days + one a week for 8 weeks.
    expect(entries.length).toBeLessThanOrEqual(25 + 14 + 8 + 1);
  }, 60_000); // 1,680 hourly rotations: seconds on a loaded 2-core box, not a hang
});
