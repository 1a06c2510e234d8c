import { describe, expect, it, vi } from 'vitest';
import { createIpcDispatcher, registerIpc, type DispatcherOptions, type IpcEventLike, type IpcMainLike } from './dispatcher';
import type { FrameLike } from './trusted-sender';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '@shared/host/contract';
import { fakeInvokeHandlers } from '@shared/host/fixtures';

const APP = 'file:///opt/xiaoer/resources/app.asar/out/renderer/index.html';
const isAppUrl = (url: string) => url.startsWith('file:///opt/xiaoer/resources/app.asar/out/renderer/');

const frame = (over: Partial<FrameLike> = {}): FrameLike => ({ url: APP, parent: null, processId: 4, frameToken: 'main-token', ...over });

function setup(main: FrameLike | null = frame()) {
  const warn = vi.fn();
  const calls: Array<[string, unknown]> = [];
  const options: DispatcherOptions = {
    mainFrame: () => main,
    isAppUrl,
    warn,
    invoke: fakeInvokeHandlers(),
    send: {
      'tray:summary': (p) => calls.push(['tray:summary', p]),
      'notify:show': (p) => calls.push(['notify:show', p]),
      'notify:ack': (p) => calls.push(['notify:ack', p]),
      'window:attention': (p) => calls.push(['window:attention', p]),
      'noteJournal:write': (p) => calls.push(['noteJournal:write', p]),
      'noteJournal:clear': (p) => calls.push(['noteJournal:clear', p]),
      'ingest:ack': (p) => calls.push(['ingest:ack', p]),
      'outbox:settle': (p) => calls.push(['outbox:settle', p]),
      'palette:hide': (p) => calls.push(['palette:hide', p]),
    },
  };
  return { dispatcher: createIpcDispatcher(options), options, warn, calls, event: { senderFrame: main } as IpcEventLike };
}

const save = { suggestedName: '订单.csv', mime: 'text/csv', content: 'a,b', base64: false };

describe('the IPC dispatcher', () => {
  it('passes ingest pulls and acks through the contract and refuses a negative sequence number', async () => {
    const { dispatcher, event, calls } = setup();
    const pulled = await dispatcher.invoke(event, 'ingest:pull', { afterSeq: 0, journalId: null });
    expect(pulled.ok && (pulled.value as { events: unknown[] }).events).toHaveLength(1);
    const bad = await dispatcher.invoke(event, 'ingest:pull', { afterSeq: -1, journalId: null });
    expect(!bad.ok && bad.error).toMatch(/afterSeq/);
    dispatcher.send(event, 'ingest:ack', { journalId: 'j1', upToSeq: 1 });
    dispatcher.send(event, 'ingest:ack', { journalId: 'j1', upToSeq: 1.5 });
    expect(calls).toEqual([['ingest:ack', { journalId: 'j1', upToSeq: 1 }]]);
  });

  it('answers a well-formed invoke from the main frame with ok and the handler value', async () => {
    const { dispatcher, event } = setup();
    await expect(dispatcher.invoke(event, 'file:save', save)).resolves.toEqual({ ok: true, value: { saved: true, path: '/home/agent/订单.csv' } });
  });

  it('refuses a payload whose suggestedName is missing and names the field', async () => {
    const { dispatcher, event } = setup();
    const { suggestedName: _omit, ...rest } = save;
    const r = await dispatcher.invoke(event, 'file:save', rest);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/suggestedName/);
  });

  it('refuses a payload with an extra field, because inputs are strict', async () => {
    const { dispatcher, event } = setup();
    const r = await dispatcher.invoke(event, 'file:save', { ...save, path: '/etc/passwd' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/path/);
  });

  it('refuses an unknown invoke channel without calling anything', async () => {
    const { dispatcher, event } = setup();
    await expect(dispatcher.invoke(event, 'fs:read', {})).resolves.toEqual({ ok: false, error: 'unknown channel fs:read' });
  });

  it('refuses an invoke from a subframe of our window', async () => {
    const main = frame();
    const { dispatcher } = setup(main);
    const r = await dispatcher.invoke({ senderFrame: frame({ parent: main, frameToken: 'child' }) }, 'app:info', {});
    expect(r).toEqual({ ok: false, error: 'refused app:info: sender is a subframe' });
  });

  it('refuses an invoke from another frame than the main window', async () => {
    const { dispatcher } = setup();
    const r = await dispatcher.invoke({ senderFrame: frame({ frameToken: 'other-window' }) }, 'app:info', {});
    expect(!r.ok && r.error).toMatch(/not the main window/);
  });

  it('trusts the phrase palette window named as one of our other windows, and no other', async () => {
    const { dispatcher, options } = setup();
    const palette = frame({ frameToken: 'palette-token' });
    const trusting = createIpcDispatcher({ ...options, otherFrames: () => [palette] });
    expect((await trusting.invoke({ senderFrame: palette }, 'palette:copy', { text: '您好' })).ok).toBe(true);
    expect((await trusting.invoke({ senderFrame: frame({ frameToken: 'stranger' }) }, 'palette:copy', { text: '您好' })).ok).toBe(false);
    expect((await dispatcher.invoke({ senderFrame: palette }, 'palette:copy', { text: '您好' })).ok).toBe(false);
  });

  it('refuses an invoke from our main frame once it shows a foreign URL', async () => {
    const main = frame({ url: 'https://evil.example/phish.html' });
    const { dispatcher, event } = setup(main);
    const r = await dispatcher.invoke(event, 'app:info', {});
    expect(!r.ok && r.error).toMatch(/not ours/);
  });

  it('refuses an invoke whose sender frame is gone or when there is no window', async () => {
    expect(await setup().dispatcher.invoke({ senderFrame: null }, 'app:info', {})).toMatchObject({ ok: false });
    expect(await setup(null).dispatcher.invoke({ senderFrame: frame() }, 'app:info', {})).toEqual({ ok: false, error: 'refused app:info: no main window' });
  });

  it('turns a throwing handler into an error result naming the channel', async () => {
    const { options, event } = setup();
    options.invoke['file:open'] = () => {
      throw new Error('disk unplugged');
    };
    const r = await createIpcDispatcher(options).invoke(event, 'file:open', { extensions: ['csv'] });
    expect(r).toEqual({ ok: false, error: 'file:open: disk unplugged' });
  });

  it('refuses a handler answer that breaks the contract instead of passing it to the page', async () => {
    const { options, event } = setup();
    options.invoke['shell:open-external'] = () => ({ opened: 'yes' }) as never;
    const r = await createIpcDispatcher(options).invoke(event, 'shell:open-external', { url: 'https://taobao.com' });
    expect(!r.ok && r.error).toMatch(/bad answer: opened/);
  });

  it('delivers a valid send to its listener', () => {
    const { dispatcher, event, calls } = setup();
    dispatcher.send(event, 'notify:ack', { key: 'buyer:1' });
    expect(calls).toEqual([['notify:ack', { key: 'buyer:1' }]]);
  });

  it('drops a malformed send and logs the field', () => {
    const { dispatcher, event, calls, warn } = setup();
    dispatcher.send(event, 'notify:ack', { key: '' });
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/notify:ack: key/));
  });

  it('drops a send from a foreign sender or on an unknown channel', () => {
    const { dispatcher, event, calls, warn } = setup();
    dispatcher.send({ senderFrame: frame({ url: 'file:///tmp/evil.html' }) }, 'window:attention', {});
    dispatcher.send(event, 'shell:run', {});
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('registerIpc', () => {
  it('registers every contract channel and only those, routed through the checks', async () => {
    const handles = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
    const ons = new Map<string, (e: IpcEventLike, ...a: unknown[]) => void>();
    const ipcMain: IpcMainLike = { handle: (c, l) => void handles.set(c, l), on: (c, l) => void ons.set(c, l) };
    const { options, event, calls } = setup();
    registerIpc(ipcMain, options);
    expect([...handles.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...ons.keys()].sort()).toEqual([...SEND_CHANNELS].sort());
    await expect(handles.get('app:info')!(event, {})).resolves.toMatchObject({ ok: true, value: { host: 'electron' } });
    await expect(handles.get('app:info')!(event, { extra: 1 })).resolves.toMatchObject({ ok: false });
    ons.get('window:attention')!(event, {});
    expect(calls).toEqual([['window:attention', {}]]);
  });
});
