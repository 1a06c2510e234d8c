import { describe, expect, it } from 'vitest';
import { createCloseGuard, shouldHideOnClose } from './close-guard';

describe('the close guard', () => {
  it.each([
    ['running', true],
    ['quitting', false],
  ] as const)('in state %s hides on close: %s', (state, hide) => {
    expect(shouldHideOnClose(state)).toBe(hide);
  });

  it('hides on every close until the app is quitting, then lets the window close', () => {
    const guard = createCloseGuard();
    expect(guard.onClose()).toBe(true);
    expect(guard.onClose()).toBe(true);
    guard.markQuitting();
    expect(guard.state).toBe('quitting');
    expect(guard.onClose()).toBe(false);
  });
});
