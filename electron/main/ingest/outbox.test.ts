import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfferedItem, OutboxItem } from '@shared/schemas/outbox';
import { createIngestService, type IngestService } from './service';
import { createOutboxService, type OutboxService } from './outboxService';
import { request } from './testClient';

let dir: string;
let ingest: IngestService;
let outbox: OutboxService;
let port: number;
let token: string;
let clock: number;

const item = (id: string, over: Partial<OutboxItem> = {}): OutboxItem => ({
  kind: 'message', id, shopId: 's1', platform: 'taobao', createdAt: 1, expiresAt: 10_000_000, buyerNick: 'tb_小林', text: `您好，${id} 今天发货`, orderNo: null, ...over,
} as OutboxItem);

async function start(): Promise<void> {
  outbox = createOutboxService({ dir: join(dir, 'outbox'), token: () => ingest.info().token, now: () => clock, retryAfterMs: 60_000, expireEveryMs: 60_000 });
  ingest = createIngestService({ dir, port: port || 0, routes: (req, res, path) => outbox.handle(req, res, path) });
  await ingest.start();
  port = Number(new URL(ingest.info().url).port);
  token = ingest.info().token;
}
async function stop(): Promise<void> {
  outbox.close();
  await ingest.stop();
}
const pull = async (after = 0, headers: Record<string, string> = {}) => request(port, { method: 'GET', path: `/v1/outbox?after=${after}`, headers: { Connection: 'close', Authorization: `Bearer ${token}`, ...headers } });
const ack = async (body: unknown, headers: Record<string, string> = {}) => request(port, { path: '/v1/outbox/ack', headers: { Connection: 'close', 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const ids = (body: Record<string, unknown>) => (body.items as OfferedItem[]).map((o) => o.item.id);

beforeEach(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-outbox-'));
  clock = 1_000;
  port = 0;
  await start();
});
afterEach(async () => {
  await stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the outbox on the loopback endpoint', () => {
  it('hands the bridge the exact item, and its ack comes back to the page as a result', async () => {
    expect(outbox.offer([item('o1')])).toMatchObject({ accepted: ['o1'], duplicates: [] });
    const pulled = await pull();
    expect(pulled.status).toBe(200);
    expect((pulled.body.items as OfferedItem[])[0]).toEqual({ seq: 1, attempt: 1, item: item('o1') });
    expect(pulled.body.next).toBe(1);
    expect((await ack({ acks: [{ id: 'o1', status: 'delivered' }] })).body).toEqual({ acknowledged: ['o1'], duplicates: [], rejected: [] });
    const { journalId, results } = outbox.results(0, null);
    expect(results).toEqual([{ seq: 1, id: 'o1', outcome: 'delivered', reason: null, at: 1_000 }]);
    outbox.settle(journalId, 1);
    expect(outbox.info().pending).toBe(0);
    expect(outbox.results(1, journalId).results).toEqual([]);
  });

  it('a second offer or ack of the same id is a duplicate, never a second item', async () => {
    outbox.offer([item('o1')]);
    expect(outbox.offer([item('o1'), item('o2')])).toMatchObject({ accepted: ['o2'], duplicates: ['o1'] });
    await ack({ acks: [{ id: 'o1', status: 'failed', reason: '买家已屏蔽店铺' }] });
    expect((await ack({ acks: [{ id: 'o1', status: 'delivered' }] })).body).toMatchObject({ acknowledged: [], duplicates: ['o1'] });
    expect(outbox.results(0, null).results.map((r) => [r.id, r.outcome, r.reason])).toEqual([['o1', 'failed', '买家已屏蔽店铺']]);
  });

  it('offers an unanswered item again after the retry time, with the next attempt number', async () => {
    outbox.offer([item('o1')]);
    const first = await pull(0);
    expect(ids((await pull(first.body.next as number)).body)).toEqual([]);
    clock += 61_000;
    const again = (await pull(first.body.next as number)).body.items as OfferedItem[];
    expect(again.map((o) => [o.item.id, o.attempt])).toEqual([['o1', 2]]);
  });

  it('an item nobody acknowledged in time fails as expired and is no longer offered', async () => {
    outbox.offer([item('o1', { expiresAt: 5_000 })]);
    clock = 5_000;
    expect(ids((await pull()).body)).toEqual([]);
    expect(outbox.results(0, null).results.map((r) => [r.id, r.outcome])).toEqual([['o1', 'expired']]);
  });

  it('long-polls: a waiting pull answers as soon as the page offers an item', async () => {
    const waiting = request(port, { method: 'GET', path: '/v1/outbox?after=0&wait=10', headers: { Authorization: `Bearer ${token}` } });
    await new Promise((r) => setTimeout(r, 100));
    outbox.offer([item('o9')]);
    expect(ids((await waiting).body)).toEqual(['o9']);
  });

  it('a restart between the pull and the ack loses nothing and doubles nothing', async () => {
    outbox.offer([item('o1'), item('o2')]);
    const pulled = await pull();
    expect(ids(pulled.body)).toEqual(['o1', 'o2']);
    await stop();
    await start();
    // The bridge acks what it pulled before the restart; its cursor still holds.
    expect((await ack({ acks: [{ id: 'o1', status: 'delivered' }, { id: 'o2', status: 'delivered' }] })).status).toBe(200);
    expect(ids((await pull(pulled.body.next as number)).body)).toEqual([]);
    const { journalId, results } = outbox.results(0, null);
    expect(results.map((r) => r.id)).toEqual(['o1', 'o2']);
    outbox.settle(journalId, 2);
    // Settled and compacted, the ids are still known: the page resending them after a crash is a duplicate.
    await stop();
    await start();
    expect(outbox.offer([item('o1')])).toMatchObject({ accepted: [], duplicates: ['o1'] });
    expect((await ack({ acks: [{ id: 'o2', status: 'delivered' }] })).body).toMatchObject({ duplicates: ['o2'] });
  });

  it.each([
    { name: 'an ack for an unknown item', body: { acks: [{ id: 'nope', status: 'delivered' }] }, status: 404 },
    { name: 'a malformed ack (failed without a reason)', body: { acks: [{ id: 'o1', status: 'failed' }] }, status: 400 },
    { name: 'an ack that is not JSON', body: 'acks=o1', status: 400 },
    { name: 'an ack with an unknown field', body: { acks: [{ id: 'o1', status: 'delivered', note: 'x' }] }, status: 400 },
  ])('refuses $name and changes nothing', async ({ body, status }) => {
    outbox.offer([item('o1')]);
    expect((await ack(body)).status).toBe(status);
    expect(outbox.results(0, null).results).toEqual([]);
    expect(outbox.info().pending).toBe(1);
  });

  it('with one unknown id among good ones, records the good ones and names the unknown one (207)', async () => {
    outbox.offer([item('o1')]);
    const r = await ack({ acks: [{ id: 'o1', status: 'delivered' }, { id: 'ghost', status: 'delivered' }] });
    expect(r.status).toBe(207);
    expect(r.body).toMatchObject({ acknowledged: ['o1'], rejected: [{ index: 1, id: 'ghost', reason: 'unknown item' }] });
  });

  it.each([
    { name: 'a wrong token', headers: { Authorization: `Bearer ${'0'.repeat(64)}` } as Record<string, string>, status: 401 },
    { name: 'a web page (Origin)', headers: { Origin: 'https://evil.example' } as Record<string, string>, status: 403 },
    { name: 'a foreign Host (DNS rebinding)', headers: { Host: 'evil.example' } as Record<string, string>, status: 403 },
  ])('refuses $name on both routes, and nothing changes', async ({ headers, status }) => {
    outbox.offer([item('o1')]);
    expect((await pull(0, headers)).status).toBe(status);
    expect((await ack({ acks: [{ id: 'o1', status: 'delivered' }] }, headers)).status).toBe(status);
    expect(outbox.results(0, null).results).toEqual([]);
  });

  it('a torn last line (never fsynced, never acknowledged) is dropped on restart; complete items stay', async () => {
    outbox.offer([item('o1')]);
    await stop();
    fs.appendFileSync(join(dir, 'outbox', 'outbox.jsonl'), '{"t":"item","seq":2,"item":{"kind":"mess');
    await start();
    expect(ids((await pull()).body)).toEqual(['o1']);
  });
});
