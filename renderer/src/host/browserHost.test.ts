import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '@shared/host/contract';
import { INGEST_INFO } from '@shared/host/fixtures';
import { createBrowserHost } from './browserHost';

/**
 * The browser host in Node, over a hand-made Window: just the members the host touches. What
 * is checked here is the wiring of the shared modules (dispatch, scheduler, backup table).
 */
function fakeWindow(fetchAnswer: () => unknown) {
  const storage = new Map<string, string>();
  const localStorage = {
    get length() { return storage.size; },
    key: (i: number) => [...storage.keys()][i] ?? null,
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
  const win = {
    document: { title: '小二工作台', documentElement: { dataset: {} } },
    localStorage,
    navigator: { platform: 'Linux x86_64', storage: undefined },
    crypto: { randomUUID: () => '00000000-0000-4000-8000-000000000000' },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: ReturnType<typeof setTimeout>) => clearTimeout(h),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (h: ReturnType<typeof setInterval>) => clearInterval(h),
    focus: vi.fn(),
    fetch: vi.fn(async () => ({ ok: true, json: async () => fetchAnswer() })),
  };
  return win as unknown as Window & { focus: ReturnType<typeof vi.fn> };
}

/** The Web Notification API as a recording stand-in (permission granted). */
function stubNotifications() {
  const toasts: { title: string; tag: string; closed: boolean; click: () => void }[] = [];
  class FakeNotification {
    static permission = 'granted';
    onclick: (() => void) | null = null;
    private readonly rec;
    constructor(title: string, options: { tag: string }) {
      this.rec = { title, tag: options.tag, closed: false, click: () => this.onclick?.() };
      toasts.push(this.rec);
    }
    close() {
      this.rec.closed = true;
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return toasts;
}

const request = (key: string, repeatEveryMs: number | null) => ({ key, title: '买家等待超过 3 分钟：tb_小王', body: '小店 · 在吗', target: { entity: 'conversation' as const, id: 'C1' }, repeatEveryMs });

describe('the browser host', () => {
  beforeEach(() => void vi.stubGlobal('__APP_VERSION__', '0.1.0'));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('rings through the shared scheduler: an escalation of an acknowledged key rings and repeats until acknowledged', () => {
    vi.useFakeTimers();
    const toasts = stubNotifications();
    const host = createBrowserHost(fakeWindow(() => null));
    host.send('notify:show', request('presale:C1', null));
    host.send('notify:ack', { key: 'presale:C1' });
    host.send('notify:show', request('presale:C1', 60_000));
    vi.advanceTimersByTime(120_000);
    expect(toasts.map((t) => t.tag)).toEqual(['presale:C1', 'presale:C1', 'presale:C1', 'presale:C1']);
    host.send('notify:ack', { key: 'presale:C1' });
    vi.advanceTimersByTime(600_000);
    expect(toasts).toHaveLength(4);
    expect(toasts.every((t) => t.closed)).toBe(true);
  });

  it('opens the clicked notification target and brings the tab forward', () => {
    const toasts = stubNotifications();
    const win = fakeWindow(() => null);
    const host = createBrowserHost(win);
    const seen: EventPayload<'console:navigate'>[] = [];
    host.on('console:navigate', (target) => seen.push(target));
    host.send('notify:show', request('presale:C1:1000:new', null));
    toasts[0]!.click();
    expect(seen).toEqual([{ entity: 'conversation', id: 'C1' }]);
    expect(win.focus).toHaveBeenCalled();
    expect(toasts[0]!.closed).toBe(true);
  });

  it('checks its own answers against the contract, like Electron main', async () => {
    const good = createBrowserHost(fakeWindow(() => INGEST_INFO));
    await expect(good.invoke('ingest:info', {})).resolves.toEqual({ ok: true, value: INGEST_INFO });
    const drifted = createBrowserHost(fakeWindow(() => ({ ...INGEST_INFO, pending: 'many' })));
    await expect(drifted.invoke('ingest:info', {})).resolves.toEqual({ ok: false, error: expect.stringMatching(/^ingest:info: bad answer: pending/) });
  });

  it('answers backup calls through the shared table with its own reason when it cannot keep backups', async () => {
    const host = createBrowserHost(fakeWindow(() => null));
    await expect(host.invoke('backup:list', {})).resolves.toEqual({ ok: false, error: expect.stringMatching(/^backup:list: this browser cannot keep backups/) });
    await expect(host.invoke('backup:size', { name: '../../etc/passwd' } as never)).resolves.toEqual({ ok: false, error: expect.stringMatching(/^backup:size: name: /) });
  });

  it('refuses a malformed input, and throws on a malformed send (a programming error)', async () => {
    const host = createBrowserHost(fakeWindow(() => null));
    await expect(host.invoke('file:save', { suggestedName: '../x.sh', mime: 'text/plain', content: '', base64: false })).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/^file:save: suggestedName/) });
    expect(() => host.send('notify:ack', { key: '' })).toThrow(/notify:ack: key/);
  });
});
