/**
 * The renderer needs exactly one web permission: notifications (the browser host uses the Web
 * Notification API; in Electron it is harmless to grant). Camera, microphone, geolocation,
 * clipboard-read, HID and the rest are refused, and only our own pages may ask at all.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function decidePermission(permission: string, requestingUrl: string, isAppUrl: (url: string) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** The two Session methods we use. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string, requestingOrigin: string) => boolean) | null): void;
}

export function installPermissionHandlers(session: PermissionSessionLike, isAppUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl ?? '', isAppUrl));
  });
  // The check handler answers synchronous queries (navigator.permissions, Notification.permission).
  // For file:// pages the origin is "file://" or "null", so trust only the permission name there.
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    ALLOWED_PERMISSIONS.has(permission) && (requestingOrigin === 'file://' || requestingOrigin === 'null' || isAppUrl(requestingOrigin)),
  );
}
