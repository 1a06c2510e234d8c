/**
 * One Xiaoer Desk per PC session: two copies would both write backups, both raise the same
 * reminders and fight over the ingest port. A second launch (desktop icon clicked again while the
 * app sits in the tray) just brings the first window forward and exits.
 */

export interface SingleInstanceAppLike {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: (...args: unknown[]) => void): unknown;
  quit(): void;
}

export interface FocusableWindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Restore if minimized, show if hidden in the tray, then focus. */
export function bringToFront(win: FocusableWindowLike | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/**
 * Returns false when another instance already runs: this one has asked the app to quit and the
 * caller should not create windows.
 */
export function requestSingleInstance(app: SingleInstanceAppLike, getWindow: () => FocusableWindowLike | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => bringToFront(getWindow()));
  return true;
}
