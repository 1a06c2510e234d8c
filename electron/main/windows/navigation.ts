import { isAllowedExternalUrl } from './external-url';

/**
 * Where a page may go. The window only ever shows our own pages; links to shop platforms open in
 * the system browser; every other navigation and every popup is refused. Applied to every
 * webContents the app creates (see index.ts 'web-contents-created'), not just the main window.
 */

export type NavigationDecision = 'allow' | 'deny';

export const decideNavigation = (url: string, isAppUrl: (url: string) => boolean): NavigationDecision => (isAppUrl(url) ? 'allow' : 'deny');

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** New windows are never created; an allowed shop link goes to the system browser instead. */
export const decideWindowOpen = (url: string): WindowOpenDecision => ({ action: 'deny', openExternally: isAllowedExternalUrl(url) });

interface PreventableEvent {
  preventDefault(): void;
}

/** The WebContents members the guard uses. */
export interface GuardedContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface NavigationGuardOptions {
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => void;
}

export function guardNavigation(contents: GuardedContentsLike, options: NavigationGuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (decideNavigation(url, options.isAppUrl) === 'deny') event.preventDefault();
  });
  // A server-side redirect is a navigation too (dev server only; file:// never redirects).
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, options.isAppUrl) === 'deny') event.preventDefault();
  });
  // <webview> would be a second, unguarded browser inside the window; we never use one.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) options.openExternal(url);
    return { action: 'deny' };
  });
}
