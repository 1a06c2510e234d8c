import { describe, expect, it, vi } from 'vitest';
import { decideNavigation, decideWindowOpen, guardNavigation, type GuardedContentsLike } from './navigation';

const isAppUrl = (url: string) => url.startsWith('file:///app/out/renderer/');

describe('decideNavigation and decideWindowOpen', () => {
  it.each([
    ['file:///app/out/renderer/index.html#/orders', 'allow'],
    ['https://item.taobao.com/', 'deny'],
    ['file:///etc/passwd', 'deny'],
  ])('navigation to %s → %s', (url, expected) => {
    expect(decideNavigation(url, isAppUrl)).toBe(expected);
  });

  it.each([
    ['https://item.taobao.com/item.htm?id=1', true],
    ['http://item.taobao.com/', false],
    ['https://evil.example/', false],
    ['file:///app/out/renderer/index.html', false],
  ])('window.open(%s) is denied, opened externally: %s', (url, external) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: external });
  });
});

function fakeContents() {
  const listeners = new Map<string, (...a: never[]) => void>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContentsLike = {
    on: (event: string, l: (...a: never[]) => void) => listeners.set(event, l),
    setWindowOpenHandler: (h) => void (openHandler = h),
  };
  const fire = (event: string, url?: string) => {
    const e = { preventDefault: vi.fn() };
    (listeners.get(event) as (e: unknown, url?: string) => void)(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('guardNavigation', () => {
  it('blocks will-navigate and will-redirect to foreign URLs and lets our own pages through', () => {
    const f = fakeContents();
    guardNavigation(f.contents, { isAppUrl, openExternal: vi.fn() });
    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', 'file:///app/out/renderer/index.html')).toBe(false);
  });

  it('refuses to attach a webview', () => {
    const f = fakeContents();
    guardNavigation(f.contents, { isAppUrl, openExternal: vi.fn() });
    expect(f.fire('will-attach-webview')).toBe(true);
  });

  it('denies every popup and hands only allow-listed shop links to the system browser', () => {
    const f = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(f.contents, { isAppUrl, openExternal });
    expect(f.open('https://detail.tmall.com/item.htm?id=9')).toEqual({ action: 'deny' });
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://detail.tmall.com/item.htm?id=9']]);
  });
});
