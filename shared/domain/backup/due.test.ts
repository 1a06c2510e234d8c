import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../lib/time';
import { isBackupDue, type DueFacts } from './due';

const T = 1_800_000_000_000;
const facts = (f: Partial<DueFacts>): DueFacts => ({ reason: 'interval', now: T, lastBackupAt: T - 2 * HOUR, lastChangeAt: T - MINUTE, ...f });

describe('isBackupDue', () => {
  it.each([
    ['the hour has passed and something changed', facts({}), true],
    ['only 59 minutes have passed', facts({ lastBackupAt: T - 59 * MINUTE }), false],
    ['exactly an hour has passed', facts({ lastBackupAt: T - HOUR }), true],
    ['nothing changed since the last backup', facts({ lastChangeAt: T - 3 * HOUR }), false],
    ['there is no backup yet and the store has changes', facts({ lastBackupAt: null }), true],
    ['the store is empty', facts({ lastBackupAt: null, lastChangeAt: null }), false],
    ['sign-out with changes since a backup 5 minutes ago', facts({ reason: 'signout', lastBackupAt: T - 5 * MINUTE }), true],
    ['sign-out with nothing changed', facts({ reason: 'signout', lastBackupAt: T - 5 * MINUTE, lastChangeAt: T - 6 * MINUTE }), false],
    ['manual, even with nothing changed', facts({ reason: 'manual', lastChangeAt: null }), true],
    ['the last backup is dated in the future', facts({ lastBackupAt: T + 5 * HOUR }), true],
  ])('%s → %s', (_label, f, expected) => {
    expect(isBackupDue(f)).toBe(expected);
  });
});
