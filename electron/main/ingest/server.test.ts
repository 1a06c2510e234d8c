import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIngestServer } from './server';
import { createIngestService, ingestPortFrom, type IngestService } from './service';
import { postEvents, request } from './testClient';

const T = 1_763_800_000_000;
const NO = '3920118822334455667';
const msg = (eventId: string, over: Record<string, unknown> = {}) => ({ eventId, type: 'buyer.message', shopId: 's1', at: T, buyerNick: 'tb_小林', text: '在吗？', ...over });
const created = (eventId: string, over: Record<string, unknown> = {}) => ({
  eventId, type: 'order.created', shopId: 's1', at: T, orderNo: NO, buyerNick: 'tb_小林', items: [{ title: '围巾', qty: 1, priceFen: 12900 }], totalFen: 12900, createdAt: T, ...over,
});

let dir: string;
let service: IngestService;
let port: number;
let token: string;

const open = async (): Promise<void> => {
  service = createIngestService({ dir, port: 0, now: () => T });
  await service.start();
  const info = service.info();
  port = Number(new URL(info.url).port);
  token = info.token;
};

beforeEach(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-ingest-'));
  await open();
});
afterEach(async () => {
  await service.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the ingest server over loopback HTTP', () => {
  it('refuses to listen anywhere but 127.0.0.1', () => {
    for (const host of ['0.0.0.0', '::', 'localhost', '192.168.1.5']) {
      expect(() => createIngestServer({ host, port: 0, token: () => 'x', accept: () => ({ accepted: [], duplicates: [] }), onRefused: () => {} })).toThrow(/127\.0\.0\.1 only/);
    }
  });

  it('answers health without a token and journals a good batch with 202', async () => {
    expect(await request(port, { method: 'GET', path: '/v1/health', headers: { Host: `localhost:${port}` } })).toMatchObject({ status: 200, body: { ok: true } });
    const answer = await postEvents(port, token, { events: [msg('e1'), created('e2')] });
    expect(answer).toMatchObject({ status: 202, body: { accepted: ['e1', 'e2'], duplicates: [], rejected: [] } });
    const pulled = service.pull(0, null);
    expect(pulled.events.map((e) => [e.seq, e.event.eventId])).toEqual([[1, 'e1'], [2, 'e2']]);
    const order = pulled.events[1]?.event;
    expect(order?.type === 'order.created' && order.orderNo).toBe(NO);
    expect(service.info()).toMatchObject({ running: true, pending: 2, receivedToday: 2, lastEventAt: T, lastSeq: 2 });
  });

  it.each([
    ['no Authorization header', {}, 401, 'missing Authorization: Bearer <token>'],
    ['a wrong token', { Authorization: 'Bearer 00' }, 401, 'wrong token'],
    ['an Origin header (a web page)', { Origin: 'https://evil.example' }, 403, 'requests from web pages (Origin header) are refused'],
    ['a Sec-Fetch-Site header', { 'Sec-Fetch-Site': 'cross-site' }, 403, 'requests from web pages (Sec-Fetch-Site header) are refused'],
    ['a rebinding Host name', { Host: 'evil.example:80' }, 403, 'Host must be'],
    ['form data', { 'Content-Type': 'text/plain' }, 400, 'Content-Type must be application/json'],
  ])('refuses %s and journals nothing', async (_name, headers, status, error) => {
    const h: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers };
    if (!('Authorization' in headers) && status === 401 && error.startsWith('missing')) delete h.Authorization;
    const answer = await request(port, { headers: h, body: JSON.stringify({ events: [msg('e1')] }) });
    expect(answer.status).toBe(status);
    expect(String(answer.body.error)).toContain(error);
    expect(service.info().pending).toBe(0);
    expect(service.info().rejections[0]).toMatchObject({ status });
  });

  it.each([
    ['a body that is not JSON', '{"events": [', 400, /^body is not JSON/],
    ['a body over 1 MB', JSON.stringify({ events: [msg('e1', { text: 'x'.repeat(1024 * 1024) })] }), 413, /^body over 1048576 bytes$/],
    ['a batch of 501 events', JSON.stringify({ events: Array.from({ length: 501 }, (_, i) => msg(`e${i}`)) }), 400, /at most 500 events/],
  ])('refuses %s as a whole', async (_name, body, status, error) => {
    const answer = await postEvents(port, token, body);
    expect(answer.status).toBe(status);
    expect(String(answer.body.error)).toMatch(error);
    expect(service.info().pending).toBe(0);
  });

  it('accepts the good events of a mixed batch (207) and names each bad one by index, eventId and field', async () => {
    const answer = await postEvents(port, token, { events: [msg('ok-1'), created('bad-1', { orderNo: Number(NO) }), msg('bad-2', { text: undefined }), created('ok-2')] });
    expect(answer.status).toBe(207);
    expect(answer.body).toMatchObject({
      accepted: ['ok-1', 'ok-2'],
      rejected: [
        { index: 1, eventId: 'bad-1', field: 'orderNo', reason: 'must be a string of digits (a JSON number loses digits)' },
        { index: 2, eventId: 'bad-2', field: 'text', reason: 'required' },
      ],
    });
    expect(service.pull(0, null).events.map((e) => e.event.eventId)).toEqual(['ok-1', 'ok-2']);
    expect(service.info().rejections[0]).toMatchObject({ status: 207, problems: [{ index: 1, field: 'orderNo' }, { index: 2, field: 'text' }] });
  });

  it('answers 400 when no event of the batch is valid', async () => {
    const answer = await postEvents(port, token, { events: [msg('bad', { shopId: '' })] });
    expect(answer).toMatchObject({ status: 400, body: { accepted: [], rejected: [{ index: 0, eventId: 'bad', field: 'shopId' }] } });
  });

  it('acknowledges a resent event as a duplicate without journaling it twice, even after ack and restart', async () => {
    await postEvents(port, token, { events: [msg('e1')] });
    expect((await postEvents(port, token, { events: [msg('e1'), msg('e2')] })).body).toMatchObject({ accepted: ['e2'], duplicates: ['e1'] });
    const { journalId } = service.pull(0, null);
    service.ack(journalId, 2);
    await service.stop();
    await open();
    expect((await postEvents(port, token, { events: [msg('e1'), msg('e2'), msg('e3')] })).body).toMatchObject({ accepted: ['e3'], duplicates: ['e1', 'e2'] });
    expect(service.pull(0, journalId).events.map((e) => [e.seq, e.event.eventId])).toEqual([[3, 'e3']]);
  });

  it('replays unacked events after a restart and forgets acked ones', async () => {
    await postEvents(port, token, { events: [msg('e1'), msg('e2'), msg('e3')] });
    const { journalId } = service.pull(0, null);
    service.ack(journalId, 1);
    await service.stop();
    await open();
    expect(service.info().pending).toBe(2);
    expect(service.pull(0, journalId).events.map((e) => e.seq)).toEqual([2, 3]);
    expect(service.info().journalId).toBe(journalId);
  });

  it('keeps events journaled when the process dies between the 202 and the renderer\'s ack', async () => {
    const answer = await postEvents(port, token, { events: [msg('e1'), created('e2')] });
    expect(answer.status).toBe(202);
    const pulledBeforeCrash = service.pull(0, null);
    // The renderer pulled but never acked; the process dies without closing anything
    // (the next open reads the file the way a fresh process would).
    const survivor = createIngestService({ dir, port: 0, now: () => T });
    const replay = survivor.pull(0, pulledBeforeCrash.journalId);
    expect(replay).toEqual(pulledBeforeCrash);
    await survivor.stop();
  });

  it('a new token locks out the old one at once and is kept in a file only the user can read', async () => {
    const old = token;
    const next = service.regenerateToken().token;
    expect(next).toMatch(/^[0-9a-f]{64}$/);
    expect(next).not.toBe(old);
    expect((await postEvents(port, old, { events: [msg('e1')] })).status).toBe(401);
    expect((await postEvents(port, next, { events: [msg('e1')] })).status).toBe(202);
    if (process.platform !== 'win32') expect(fs.statSync(join(dir, 'token')).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(join(dir, 'token'), 'utf8')).toBe(next);
  });

  it('says why it is not running when the port is taken', async () => {
    const second = createIngestService({ dir: fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-ingest-')), port, now: () => T });
    await second.start();
    expect(second.info()).toMatchObject({ running: false, lastError: expect.stringContaining('EADDRINUSE') });
    await second.stop();
  });

  it.each([
    [undefined, 17315], ['', 17315], ['5501', 5501], ['0', 0], ['80000', 17315], ['abc', 17315],
  ])('takes the port from XIAOER_INGEST_PORT=%s as %i', (raw, port) => {
    expect(ingestPortFrom({ XIAOER_INGEST_PORT: raw })).toBe(port);
  });

  it('tells listeners when events arrive', async () => {
    let calls = 0;
    service.onAvailable(() => calls++);
    await postEvents(port, token, { events: [msg('e1')] });
    await postEvents(port, token, { events: [msg('e1')] });
    expect(calls).toBe(1);
  });
});
