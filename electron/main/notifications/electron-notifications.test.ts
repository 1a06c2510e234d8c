import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShowRequest } from '@shared/host/notificationScheduler';
import { createElectronNotifications, type ElectronNotificationClass } from './electron-notifications';

/** A stand-in for Electron's Notification class that records what main shows. */
function fakeNotificationClass(supported: boolean) {
  const shown: { title: string; body: string; silent: boolean; closed: boolean; click: () => void }[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    private readonly rec;
    private onClick: () => void = () => {};
    constructor(options: { title: string; body: string; silent: boolean }) {
      this.rec = { ...options, closed: false, click: () => this.onClick() };
    }
    show() {
      shown.push(this.rec);
    }
    close() {
      this.rec.closed = true;
    }
    on(_event: 'click', listener: () => void) {
      this.onClick = listener;
      return this;
    }
  }
  return { Notification: FakeNotification as ElectronNotificationClass, shown };
}

const over = (key: string): ShowRequest => ({ key, title: '买家等待超过 3 分钟', body: '小店 · 在吗', target: { entity: 'conversation', id: 'C1' }, repeatEveryMs: 60_000 });

describe('Electron notifications', () => {
  afterEach(() => void vi.useRealTimers());

  it('rings with sound on Node timers until acknowledged, and a new level of the same round rings again', () => {
    vi.useFakeTimers();
    const { Notification, shown } = fakeNotificationClass(true);
    const notes = createElectronNotifications({ Notification, onClick: () => {} });
    notes.show({ ...over('presale:C1'), repeatEveryMs: null });
    notes.ack('presale:C1');
    notes.show(over('presale:C1'));
    vi.advanceTimersByTime(60_000);
    expect(shown.map((n) => n.silent)).toEqual([false, false, false]);
    notes.ack('presale:C1');
    vi.advanceTimersByTime(600_000);
    expect(shown).toHaveLength(3);
    expect(shown.every((n) => n.closed)).toBe(true);
    notes.dispose();
  });

  it('shows nothing and schedules nothing where the desktop has no notifications', () => {
    vi.useFakeTimers();
    const { Notification, shown } = fakeNotificationClass(false);
    const notes = createElectronNotifications({ Notification, onClick: () => {} });
    notes.show(over('presale:C1'));
    expect(shown).toEqual([]);
    expect(notes.active()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('opens the notification target on click', () => {
    const { Notification, shown } = fakeNotificationClass(true);
    const onClick = vi.fn();
    const notes = createElectronNotifications({ Notification, onClick });
    notes.show({ ...over('payment:R1:5'), repeatEveryMs: null, target: { tab: 'payments' } });
    shown[0]!.click();
    expect(onClick).toHaveBeenCalledWith({ tab: 'payments' });
  });
});
