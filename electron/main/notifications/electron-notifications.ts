import { createNotificationScheduler, type NotificationLike, type NotificationScheduler, type TimersLike } from '@shared/host/notificationScheduler';
import type { TabTarget } from '@shared/schemas/tabs';

/** The members of Electron's `Notification` class used here (a fake in tests). */
export interface ElectronNotificationClass {
  new (options: { title: string; body: string; silent: boolean }): NotificationLike;
  isSupported(): boolean;
}

export interface ElectronNotificationsDeps {
  Notification: ElectronNotificationClass;
  /** A click brings the window forward on the notification's tab. */
  onClick: (target: TabTarget) => void;
  timers?: TimersLike<ReturnType<typeof setTimeout>>;
}

const nodeTimers: TimersLike<ReturnType<typeof setTimeout>> = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/**
 * The Electron adapter over the shared scheduler (shared/host/notificationScheduler.ts): native
 * toasts with sound, Node timers. Everything else — once per alarm, repeat until acknowledged,
 * escalations — is the shared module the browser host runs too.
 */
export function createElectronNotifications({ Notification, onClick, timers = nodeTimers }: ElectronNotificationsDeps): NotificationScheduler {
  const scheduler = createNotificationScheduler({
    timers,
    create: ({ title, body }) => new Notification({ title, body, silent: false }),
    onClick: (target) => onClick(target),
  });
  return {
    ...scheduler,
    // Without a notification server (some Linux desktops) there is nothing to show, nor to repeat.
    show: (request) => {
      if (Notification.isSupported()) scheduler.show(request);
    },
  };
}
