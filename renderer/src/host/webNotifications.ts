import { createNotificationScheduler, type NotificationLike, type NotificationScheduler } from '@shared/host/notificationScheduler';
import type { TabTarget } from '@shared/schemas/tabs';

/**
 * The browser host's adapter over the shared scheduler (shared/host/notificationScheduler.ts):
 * Web Notification API + window timers. Once per alarm, repeat until acknowledged and
 * escalations are the shared module's, exactly as under Electron.
 */
export function createWebNotifications(win: Window, onClick: (target: TabTarget) => void): NotificationScheduler {
  return createNotificationScheduler<number>({
    timers: { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (handle) => win.clearTimeout(handle) },
    create: ({ title, body, key }) => webToast(title, body, key),
    onClick: (target) => {
      win.focus();
      onClick(target);
    },
  });
}

/**
 * One toast. A tab may show notifications only with the agent's permission (asked once from
 * 设置); without it the toast is silently skipped — the title count and favicon still show.
 */
function webToast(title: string, body: string, tag: string): NotificationLike {
  let note: Notification | null = null;
  let clicked: () => void = () => {};
  return {
    show() {
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      const n = new Notification(title, { body, tag });
      // A browser leaves a clicked toast up; the desktop's notification centre dismisses it.
      n.onclick = () => {
        clicked();
        n.close();
      };
      note = n;
    },
    close() {
      note?.close();
    },
    on(_event, listener) {
      clicked = listener;
    },
  };
}
