import { describe, expect, it, vi } from 'vitest';
import { bringToFront, requestSingleInstance, type FocusableWindowLike, type SingleInstanceAppLike } from './single-instance';

function fakeApp(gotLock: boolean) {
  const listeners: Array<() => void> = [];
  const app: SingleInstanceAppLike = {
    requestSingleInstanceLock: () => gotLock,
    on: (_e, l) => listeners.push(l as () => void),
    quit: vi.fn(),
  };
  return { app, secondInstance: () => listeners.forEach((l) => l()) };
}

function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const win: FocusableWindowLike = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    isVisible: () => state.visible ?? true,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('requestSingleInstance', () => {
  it('lets the first instance run and quits a second one without creating anything', () => {
    const first = fakeApp(true);
    expect(requestSingleInstance(first.app, () => null)).toBe(true);
    expect(first.app.quit).not.toHaveBeenCalled();
    const second = fakeApp(false);
    expect(requestSingleInstance(second.app, () => null)).toBe(false);
    expect(second.app.quit).toHaveBeenCalledOnce();
  });

  it('restores, shows and focuses the first window when a second launch happens', () => {
    const { app, secondInstance } = fakeApp(true);
    const { win, calls } = fakeWindow({ minimized: true, visible: false });
    requestSingleInstance(app, () => win);
    secondInstance();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('only focuses a window that is already visible', () => {
    const { win, calls } = fakeWindow();
    bringToFront(win);
    expect(calls).toEqual(['focus']);
  });

  it('ignores a second launch while there is no live window', () => {
    const { app, secondInstance } = fakeApp(true);
    const { win, calls } = fakeWindow({ destroyed: true });
    requestSingleInstance(app, () => win);
    expect(() => secondInstance()).not.toThrow();
    expect(calls).toEqual([]);
    bringToFront(null);
  });
});
