import { describe, expect, it, vi } from 'vitest';
import { decidePermission, installPermissionHandlers, type PermissionSessionLike } from './permissions';

const APP = 'file:///app/out/renderer/index.html';
const isAppUrl = (url: string) => url.startsWith('file:///app/out/renderer/');

describe('decidePermission', () => {
  it.each([
    ['notifications', APP, true],
    ['notifications', 'https://evil.example/', false],
    ['media', APP, false],
    ['geolocation', APP, false],
    ['clipboard-read', APP, false],
    ['openExternal', APP, false],
    ['hid', APP, false],
  ])('%s from %s → %s', (permission, url, expected) => {
    expect(decidePermission(permission, url, isAppUrl)).toBe(expected);
  });
});

describe('installPermissionHandlers', () => {
  it('grants notifications to our page and refuses the camera through the real handler shapes', () => {
    let request: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0] = null;
    let check: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0] = null;
    installPermissionHandlers(
      { setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h) },
      isAppUrl,
    );
    const cb = vi.fn();
    request!(null, 'notifications', cb, { requestingUrl: APP });
    request!(null, 'media', cb, { requestingUrl: APP });
    request!(null, 'notifications', cb, {});
    expect(cb.mock.calls).toEqual([[true], [false], [false]]);
    expect(check!(null, 'notifications', 'file://')).toBe(true);
    expect(check!(null, 'media', 'file://')).toBe(false);
    expect(check!(null, 'notifications', 'https://evil.example')).toBe(false);
  });
});
