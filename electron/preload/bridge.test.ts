import { describe, expect, it, vi } from 'vitest';
import { createHostBridge, type IpcRendererLike } from './bridge';

function fakeIpc(answer: unknown = { ok: true, value: { host: 'electron', version: '0.1.0', platform: 'win32' } }) {
  const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async () => answer),
    send: vi.fn(),
    on: vi.fn((c: string, l: (e: unknown, ...a: unknown[]) => void) => {
      if (!listeners.has(c)) listeners.set(c, new Set());
      listeners.get(c)!.add(l);
    }),
    removeListener: vi.fn((c: string, l: (e: unknown, ...a: unknown[]) => void) => void listeners.get(c)?.delete(l)),
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: ipc, ports: [] }, payload));
  return { ipc, emit, count: (c: string) => listeners.get(c)?.size ?? 0 };
}

// The bridge is typed as HostApi; these tests also poke it the way a hostile page could.
type Loose = { invoke(c: string, i: unknown): Promise<unknown>; send(c: string, p: unknown): void; on(c: string, l: unknown): () => void };
const loose = (api: unknown) => api as Loose;

describe('the preload bridge', () => {
  it('exposes only kind and three functions, frozen', () => {
    const api = createHostBridge(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'kind', 'on', 'send']);
    expect(api.kind).toBe('electron');
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of ['invoke', 'send', 'on'] as const) expect(typeof api[key]).toBe('function');
  });

  it('refuses a pulled ingest event whose 订单编号 became a number, so the page never applies it', async () => {
    const event = { eventId: 'e1', type: 'order.paid', shopId: 's1', at: 5, orderNo: Number('3920118822334455667') };
    const api = createHostBridge(fakeIpc({ ok: true, value: { journalId: 'j1', events: [{ seq: 1, receivedAt: 5, event }] } }).ipc);
    const r = await api.invoke('ingest:pull', { afterSeq: 0, journalId: null });
    expect(!r.ok && r.error).toMatch(/^ingest:pull: bad answer: events\.0\.event\.orderNo/);
  });

  it('passes ingest:available to listeners only in its empty shape', () => {
    const { ipc, emit } = fakeIpc();
    const seen: unknown[] = [];
    createHostBridge(ipc).on('ingest:available', (p) => seen.push(p));
    emit('ingest:available', {});
    emit('ingest:available', { injected: true });
    expect(seen).toEqual([{}]);
  });

  it('invokes a valid call and returns the host answer checked against the contract', async () => {
    const { ipc } = fakeIpc();
    const api = createHostBridge(ipc);
    await expect(api.invoke('app:info', {})).resolves.toEqual({ ok: true, value: { host: 'electron', version: '0.1.0', platform: 'win32' } });
    expect(ipc.invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('refuses an invoke payload whose url is not a URL and names the field, without calling IPC', async () => {
    const { ipc } = fakeIpc();
    const r = await createHostBridge(ipc).invoke('shell:open-external', { url: 'taobao' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^shell:open-external: url/);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('refuses an unknown invoke channel without calling IPC', async () => {
    const { ipc } = fakeIpc();
    await expect(loose(createHostBridge(ipc)).invoke('fs:read', {})).resolves.toEqual({ ok: false, error: 'unknown channel fs:read' });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('passes a host error through and turns a malformed or off-contract answer into an error', async () => {
    await expect(createHostBridge(fakeIpc({ ok: false, error: 'file:save: disk full' }).ipc).invoke('app:info', {})).resolves.toEqual({ ok: false, error: 'file:save: disk full' });
    await expect(createHostBridge(fakeIpc('boom').ipc).invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: 'app:info: malformed answer from host' });
    await expect(createHostBridge(fakeIpc({ ok: true, value: { host: 'mac' } }).ipc).invoke('app:info', {})).resolves.toMatchObject({ ok: false });
  });

  it('turns a rejected IPC call into an error result', async () => {
    const { ipc } = fakeIpc();
    vi.mocked(ipc.invoke).mockRejectedValueOnce(new Error('No handler registered'));
    await expect(createHostBridge(ipc).invoke('app:info', {})).resolves.toEqual({ ok: false, error: 'app:info: No handler registered' });
  });

  it('sends a valid payload and throws, naming the field, for an invalid one', () => {
    const { ipc } = fakeIpc();
    const api = createHostBridge(ipc);
    api.send('notify:ack', { key: 'k1' });
    expect(ipc.send).toHaveBeenCalledWith('notify:ack', { key: 'k1' });
    expect(() => api.send('notify:show', { key: 'k', title: '', body: '', target: { tab: 'presale' }, repeatEveryMs: null })).toThrow(/notify:show: title/);
    expect(() => loose(api).send('ipc:raw', {})).toThrow(/unknown channel/);
    expect(ipc.send).toHaveBeenCalledTimes(1);
  });

  it('delivers only the validated payload to a listener, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createHostBridge(ipc).on('console:navigate', listener);
    emit('console:navigate', { tab: 'payments' });
    emit('console:navigate', { tab: 'not-a-tab' });
    expect(listener.mock.calls).toEqual([[{ tab: 'payments' }]]);
  });

  it('returns an unsubscribe that removes exactly its own listener, once', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createHostBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = api.on('console:navigate', a);
    api.on('console:navigate', b);
    offA();
    offA();
    emit('console:navigate', { tab: 'orders' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    expect(count('console:navigate')).toBe(1);
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
  });

  it('refuses to subscribe to an unknown event channel', () => {
    expect(() => loose(createHostBridge(fakeIpc().ipc)).on('ipc:everything', () => {})).toThrow(/unknown channel/);
  });
});
