import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, DEVICE_FAILURES, LOCK_MS, MAX_FAILURES, signInGate } from './lockout';

const NOW = 1_750_000_000_000;

describe('sign-in throttling', () => {
  it.each([
    ['an account without failures is open', { failedAttempts: 0, lockedUntil: null }, 0, 'open'],
    ['an unknown 工号 is checked like any other (no account to lock)', null, 3, 'open'],
    ['a locked account stays shut until its lock ends', { failedAttempts: 5, lockedUntil: NOW + 1 }, 0, 'locked'],
    ['a lock that ended opens the account again', { failedAttempts: 5, lockedUntil: NOW }, 0, 'open'],
    ['a device with too many failures waits, whatever account it names', { failedAttempts: 0, lockedUntil: null }, DEVICE_FAILURES, 'device_limited'],
    ['a device just under the limit may try', null, DEVICE_FAILURES - 1, 'open'],
  ] as const)('%s', (_name, account, deviceFailures, kind) => {
    expect(signInGate(account, deviceFailures, NOW).kind).toBe(kind);
  });

  it.each([
    ['the first failure counts one', { failedAttempts: 0, lockedUntil: null }, { failedAttempts: 1, lockedUntil: null }],
    ['the failure before the limit does not lock yet', { failedAttempts: MAX_FAILURES - 2, lockedUntil: null }, { failedAttempts: MAX_FAILURES - 1, lockedUntil: null }],
    ['the failure that reaches the limit locks for 15 minutes', { failedAttempts: MAX_FAILURES - 1, lockedUntil: null }, { failedAttempts: MAX_FAILURES, lockedUntil: NOW + LOCK_MS }],
    ['a failure after an ended lock starts counting again', { failedAttempts: MAX_FAILURES, lockedUntil: NOW - 1 }, { failedAttempts: 1, lockedUntil: null }],
  ])('%s', (_name, before, after) => {
    expect(afterFailure(before, NOW)).toEqual(after);
  });

  it('a right password clears the count', () => {
    expect(afterSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
