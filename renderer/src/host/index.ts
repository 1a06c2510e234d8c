import type { HostApi } from '@shared/host/api';
import { createBrowserHost } from './browserHost';

export { openFileBytes, openTextFile } from './openText';
export { invokeHost } from './call';
export { inflateRaw, openBinaryFile, saveBinaryFile } from './binaryFiles';

declare global {
  interface Window { xiaoer?: HostApi }
}

let host: HostApi | null = null;

/** The Electron preload's `window.xiaoer` when present, otherwise the browser host. */
export function getHost(): HostApi {
  host ??= window.xiaoer ?? createBrowserHost(window);
  return host;
}

export type NotificationState = 'native' | 'granted' | 'denied' | 'default' | 'unsupported';

/** Electron shows native notifications itself; a browser tab must ask the agent once. */
export function notificationState(): NotificationState {
  if (getHost().kind === 'electron') return 'native';
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

export async function requestNotifications(): Promise<NotificationState> {
  if (getHost().kind === 'browser' && typeof Notification !== 'undefined') await Notification.requestPermission();
  return notificationState();
}
