/**
 * Sign-in throttling (issue 13 §1): a password cannot be guessed at network speed.
 * - per account: after MAX_FAILURES wrong passwords in a row the account is locked for
 *   LOCK_MS, whatever device asks; a right password resets the count;
 * - per device: more than DEVICE_FAILURES failed sign-ins within DEVICE_WINDOW_MS (any 工号,
 *   also ones that do not exist) and the device is told to wait.
 */
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;
export const DEVICE_FAILURES = 20;
export const DEVICE_WINDOW_MS = 15 * 60_000;

export interface AccountThrottle {
  failedAttempts: number;
  lockedUntil: number | null;
}

export type SignInGate = { kind: 'open' } | { kind: 'locked'; until: number } | { kind: 'device_limited'; retryAfterMs: number };

/** Whether a sign-in may even be checked (before the slow password hash runs). */
export function signInGate(account: AccountThrottle | null, deviceFailuresInWindow: number, now: number): SignInGate {
  if (deviceFailuresInWindow >= DEVICE_FAILURES) return { kind: 'device_limited', retryAfterMs: DEVICE_WINDOW_MS };
  if (account?.lockedUntil != null && account.lockedUntil > now) return { kind: 'locked', until: account.lockedUntil };
  return { kind: 'open' };
}

/** The account's throttle after a failed password: the failure that reaches the limit locks it. */
export function afterFailure(account: AccountThrottle, now: number): AccountThrottle {
  // A lock that has run out starts a fresh count.
  const base = account.lockedUntil != null && account.lockedUntil <= now ? 0 : account.failedAttempts;
  const failedAttempts = base + 1;
  return failedAttempts >= MAX_FAILURES ? { failedAttempts, lockedUntil: now + LOCK_MS } : { failedAttempts, lockedUntil: null };
}

export const afterSuccess = (): AccountThrottle => ({ failedAttempts: 0, lockedUntil: null });
