import { describe, expect, it } from 'vitest';
import { countDecision, emptyCounts, mergeDecision } from './merge';

describe('mergeDecision (restore never destroys newer work)', () => {
  it.each([
    ['the store lacks the record', undefined, 5, 'add'],
    ['the backup copy is newer', 4, 5, 'replace'],
    ['the stored copy is newer (edited after the backup)', 6, 5, 'keepNewer'],
    ['both are the same version', 5, 5, 'skip'],
  ] as const)('when %s → %s', (_label, stored, incoming, expected) => {
    expect(mergeDecision(stored === undefined ? undefined : { updatedAt: stored }, { updatedAt: incoming })).toBe(expected);
  });

  it('treats tombstones as records: a later deletion is kept, a later edit beats an older deletion', () => {
    const deletedLater = { updatedAt: 9, deletedAt: 9 };
    expect(mergeDecision(deletedLater, { updatedAt: 5 })).toBe('keepNewer');
    expect(mergeDecision({ updatedAt: 5 }, { updatedAt: 3 })).toBe('keepNewer');
    expect(mergeDecision({ updatedAt: 5 }, { updatedAt: 7 })).toBe('replace');
  });

  it('counts each decision', () => {
    const c = emptyCounts();
    for (const d of ['add', 'add', 'replace', 'keepNewer', 'skip'] as const) countDecision(c, d);
    expect(c).toEqual({ added: 2, replaced: 1, keptNewer: 1, skipped: 1 });
  });
});
