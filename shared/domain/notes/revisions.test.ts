import { describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../lib/time';
import { revisionsToDrop, shouldSnapshot, type RevisionLike } from './revisions';

const T = 1_800_000_000_000;
const rev = (id: string, minutesAgo: number, reason: RevisionLike['reason'] = 'periodic'): RevisionLike => ({ id, at: T - minutesAgo * MINUTE, reason });

describe('shouldSnapshot', () => {
  it.each([
    ['there is no revision yet', [], true],
    ['the last periodic revision is 3 minutes old', [rev('a', 3)], false],
    ['the last periodic revision is 9m59s old', [{ id: 'a', at: T - 10 * MINUTE + 1000, reason: 'periodic' as const }], false],
    ['the last periodic revision is exactly 10 minutes old', [rev('a', 10)], true],
    ['the last periodic revision is 2 hours old', [rev('a', 120)], true],
    ['only a before-restore revision is recent (it does not count)', [rev('a', 60), rev('b', 1, 'before-restore')], true],
    ['a newer periodic revision exists besides an old one', [rev('a', 60), rev('b', 4)], false],
  ])('when %s → %s', (_label, revisions, expected) => {
    expect(shouldSnapshot(revisions, T)).toBe(expected);
  });
});

describe('revisionsToDrop', () => {
  it.each([
    ['keeps one revision per 10 minutes, the newest of a crowded window', [rev('a', 1), rev('b', 5), rev('c', 9), rev('d', 11)], ['b', 'c']],
    ['keeps revisions exactly a window apart', [rev('a', 0), rev('b', 10), rev('c', 20)], []],
    ['drops revisions older than 30 days', [rev('a', 10), rev('old', 30 * 24 * 60 + 1)], ['old']],
    ['keeps a revision exactly 30 days old', [rev('edge', 30 * 24 * 60)], []],
    ['never thins before-restore revisions, even several in a minute', [rev('a', 1, 'before-restore'), rev('b', 1, 'before-restore'), rev('c', 2)], []],
    ['ages out before-restore revisions too', [{ id: 'x', at: T - 31 * DAY, reason: 'before-restore' as const }], ['x']],
    ['an empty history drops nothing', [], []],
  ])('%s', (_label, revisions, expected) => {
    expect(revisionsToDrop(revisions, T).sort()).toEqual([...expected].sort());
  });
});
