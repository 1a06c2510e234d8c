import { describe, expect, it, vi } from 'vitest';
import { emitEvent } from './events';

describe('emitEvent', () => {
  it('sends a contract-valid event to a live webContents', () => {
    const target = { isDestroyed: () => false, send: vi.fn() };
    expect(emitEvent(target, 'console:navigate', { tab: 'payments' })).toBe(true);
    expect(target.send).toHaveBeenCalledWith('console:navigate', { tab: 'payments' });
  });

  it('sends nothing to a destroyed or missing window, or when the payload breaks the contract', () => {
    const dead = { isDestroyed: () => true, send: vi.fn() };
    expect(emitEvent(dead, 'console:navigate', { tab: 'payments' })).toBe(false);
    expect(emitEvent(null, 'console:navigate', { tab: 'payments' })).toBe(false);
    const live = { isDestroyed: () => false, send: vi.fn() };
    expect(emitEvent(live, 'console:navigate', { tab: 'nowhere' } as never)).toBe(false);
    expect(live.send).not.toHaveBeenCalled();
  });
});
