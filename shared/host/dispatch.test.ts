import { describe, expect, it } from 'vitest';
import { createHostDispatch, readInvokeAnswer, type InvokeHandlers, type SendListeners } from './dispatch';
import { fakeInvokeHandlers } from './fixtures';

function setup(over: Partial<InvokeHandlers> = {}) {
  const sent: [string, unknown][] = [];
  const record = (channel: string) => (payload: unknown) => void sent.push([channel, payload]);
  const send: SendListeners = {
    'tray:summary': record('tray:summary'),
    'notify:show': record('notify:show'),
    'notify:ack': (p) => {
      if (p.key === 'boom') throw new Error('notification server gone');
      sent.push(['notify:ack', p]);
    },
    'window:attention': record('window:attention'),
    'noteJournal:write': record('noteJournal:write'),
    'noteJournal:clear': record('noteJournal:clear'),
    'ingest:ack': record('ingest:ack'),
    'outbox:settle': record('outbox:settle'),
    'palette:hide': record('palette:hide'),
  };
  return { dispatch: createHostDispatch({ invoke: { ...fakeInvokeHandlers(), ...over }, send }), sent };
}

const save = { suggestedName: '订单.csv', mime: 'text/csv', content: 'a,b', base64: false };

describe('the shared host dispatch', () => {
  it.each([
    { name: 'a well-formed call answers ok with the handler value', channel: 'file:save', input: save, over: {}, answer: { ok: true, value: { saved: true, path: '/home/agent/订单.csv' } } },
    { name: 'an unknown channel is refused without calling anything', channel: 'fs:read', input: {}, over: {}, answer: { ok: false, error: 'unknown channel fs:read' } },
    { name: 'a missing field is refused and named', channel: 'file:save', input: { ...save, suggestedName: undefined }, over: {}, answer: { ok: false, error: expect.stringMatching(/^file:save: suggestedName: /) } },
    { name: 'an extra field is refused, inputs are strict', channel: 'file:save', input: { ...save, path: '/etc/passwd' }, over: {}, answer: { ok: false, error: expect.stringMatching(/^file:save: .*path/) } },
    {
      name: 'a throwing handler becomes an error naming the channel',
      channel: 'backup:list', input: {},
      over: { 'backup:list': () => { throw new Error('quota exceeded'); } },
      answer: { ok: false, error: 'backup:list: quota exceeded' },
    },
    {
      name: 'a handler answer that breaks the contract is refused, not passed to the page',
      channel: 'shell:open-external', input: { url: 'https://taobao.com' },
      over: { 'shell:open-external': () => ({ opened: 'yes' }) as never },
      answer: { ok: false, error: expect.stringMatching(/^shell:open-external: bad answer: opened/) },
    },
  ] as const)('$name', async ({ channel, input, over, answer }) => {
    const { dispatch } = setup(over as Partial<InvokeHandlers>);
    await expect(dispatch.invoke(channel, input)).resolves.toEqual(answer);
  });

  it('delivers a valid send and refuses a malformed one, an unknown channel or a throwing listener with the reason', () => {
    const { dispatch, sent } = setup();
    expect(dispatch.send('notify:ack', { key: 'presale:C1:1000:new' })).toEqual({ ok: true, value: undefined });
    expect(dispatch.send('notify:ack', { key: '' })).toEqual({ ok: false, error: expect.stringMatching(/^notify:ack: key/) });
    expect(dispatch.send('shell:run', {})).toEqual({ ok: false, error: 'unknown channel shell:run' });
    expect(dispatch.send('notify:ack', { key: 'boom' })).toEqual({ ok: false, error: 'notify:ack: notification server gone' });
    expect(sent).toEqual([['notify:ack', { key: 'presale:C1:1000:new' }]]);
  });
});

describe('reading an answer that crossed a boundary', () => {
  it.each([
    { name: 'a value within the contract passes', answer: { ok: true, value: { opened: true } }, read: { ok: true, value: { opened: true } } },
    { name: 'an error passes as it is', answer: { ok: false, error: 'shell:open-external: no window' }, read: { ok: false, error: 'shell:open-external: no window' } },
    { name: 'a value outside the contract is refused', answer: { ok: true, value: { opened: 1 } }, read: { ok: false, error: expect.stringMatching(/bad answer: opened/) } },
    { name: 'something that is not a Result is refused', answer: 'opened', read: { ok: false, error: 'shell:open-external: malformed answer from host' } },
  ])('$name', ({ answer, read }) => {
    expect(readInvokeAnswer('shell:open-external', answer)).toEqual(read);
  });
});
