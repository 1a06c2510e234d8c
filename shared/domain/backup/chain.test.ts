import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../lib/time';
import { MAX_INCREMENTALS, planNextBackup, restoreChain } from './chain';
import { backupName, fullBackupName, incrementalBackupName } from './naming';

const NOW = Date.UTC(2026, 10, 23, 6);
const full = (hAgo: number, seq: number) => fullBackupName(NOW - hAgo * HOUR, seq);
const inc = (hAgo: number, baseHAgo: number, from: number, to: number) => incrementalBackupName(NOW - hAgo * HOUR, NOW - baseHAgo * HOUR, from, to);

describe('planNextBackup (full or incremental)', () => {
  it.each([
    ['no backup yet → full', [], 500, { kind: 'full' }],
    ['only backups of unknown log position (exported / older kind) → full', [backupName(NOW - HOUR)], 500, { kind: 'full' }],
    ['a full an hour ago → incremental from its seq', [full(1, 100)], 500, { kind: 'incremental', base: full(1, 100), baseAt: NOW - HOUR, fromSeq: 100 }],
    ['a chain → incremental from the last link', [full(3, 100), inc(2, 3, 100, 180), inc(1, 3, 180, 260)], 500, { kind: 'incremental', base: full(3, 100), baseAt: NOW - 3 * HOUR, fromSeq: 260 }],
    ['the full is a day old → full', [full(24, 100), inc(1, 24, 100, 200)], 500, { kind: 'full' }],
    ['the full is dated in the future → full', [full(-2, 100)], 500, { kind: 'full' }],
    ['a link is missing (180–220 gone) → full', [full(3, 100), inc(2, 3, 100, 180), inc(1, 3, 220, 260)], 500, { kind: 'full' }],
    ['the store log is behind the chain (wiped, seqs restarted) → full', [full(1, 100)], 40, { kind: 'full' }],
    ['460,000 log lines since (a year seeded, a big import) → full', [full(1, 100)], 460_100, { kind: 'full' }],
    ['nothing changed since → an empty incremental, still linked', [full(1, 100)], 100, { kind: 'incremental', base: full(1, 100), baseAt: NOW - HOUR, fromSeq: 100 }],
    ['incrementals of an older full do not count', [full(30, 50), inc(26, 30, 50, 90), full(2, 100)], 500, { kind: 'incremental', base: full(2, 100), baseAt: NOW - 2 * HOUR, fromSeq: 100 }],
  ] as const)('%s', (_label, names, storeSeq, expected) => {
    expect(planNextBackup({ names: [...names], now: NOW, storeSeq })).toEqual(expected);
  });

  it(`takes a full after ${MAX_INCREMENTALS} incrementals`, () => {
    const names = [fullBackupName(NOW - 23 * HOUR, 0)];
    for (let i = 0; i < MAX_INCREMENTALS; i++) names.push(incrementalBackupName(NOW - 23 * HOUR + (i + 1) * 60_000, NOW - 23 * HOUR, i, i + 1));
    expect(planNextBackup({ names, now: NOW, storeSeq: 999 })).toEqual({ kind: 'full' });
    expect(planNextBackup({ names: names.slice(0, -1), now: NOW, storeSeq: 999 })).toMatchObject({ kind: 'incremental', fromSeq: MAX_INCREMENTALS - 1 });
  });
});

describe('restoreChain (what restoring a backup reads, in order)', () => {
  const names = [full(30, 10), full(5, 100), inc(4, 5, 100, 150), inc(3, 5, 150, 150), inc(2, 5, 150, 210), inc(1, 5, 210, 300)];

  it('a full backup is restored alone', () => {
    expect(restoreChain(full(5, 100), names)).toEqual({ ok: true, names: [full(5, 100)] });
  });

  it('an incremental brings its full backup and every earlier link, oldest first', () => {
    expect(restoreChain(inc(2, 5, 150, 210), names)).toEqual({ ok: true, names: [full(5, 100), inc(4, 5, 100, 150), inc(3, 5, 150, 150), inc(2, 5, 150, 210)] });
  });

  it('refuses when the full backup is gone, naming when it was taken', () => {
    expect(restoreChain(inc(1, 5, 210, 300), names.filter((n) => n !== full(5, 100)))).toEqual({ ok: false, baseAt: NOW - 5 * HOUR });
  });

  it('refuses when a link between is gone', () => {
    expect(restoreChain(inc(1, 5, 210, 300), names.filter((n) => n !== inc(2, 5, 150, 210)))).toEqual({ ok: false, baseAt: NOW - 5 * HOUR });
  });

  it('a legacy full backup name restores alone', () => {
    expect(restoreChain(backupName(NOW - DAY), [backupName(NOW - DAY)])).toEqual({ ok: true, names: [backupName(NOW - DAY)] });
  });
});
