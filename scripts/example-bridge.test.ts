import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '@shared/schemas/outbox';
import { createIngestService, createOutboxService, type IngestService, type OutboxService } from '../electron/main/ingest';

const BRIDGE = resolve(import.meta.dirname, 'example-bridge.mjs');
let dir: string;
let ingest: IngestService;
let outbox: OutboxService;
let port = 0;

async function startHost(): Promise<void> {
  outbox = createOutboxService({ dir: join(dir, 'ingest', 'outbox'), token: () => ingest.info().token });
  ingest = createIngestService({ dir: join(dir, 'ingest'), port, routes: (req, res, path) => outbox.handle(req, res, path) });
  await ingest.start();
  port = Number(new URL(ingest.info().url).port);
}
async function stopHost(): Promise<void> {
  outbox.close();
  await ingest.stop();
}

/** The example bridge as a real process, as a shop would run it. */
function runBridge(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BRIDGE, '--url', `http://127.0.0.1:${port}`, '--token-file', join(dir, 'ingest', 'token'), '--state', join(dir, 'bridge.json'), '--log', join(dir, 'sent.jsonl'), '--once', ...args]);
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => done({ code, out }));
  });
}
const sent = (): { id: string; api: string; params: Record<string, unknown> }[] =>
  fs.existsSync(join(dir, 'sent.jsonl')) ? fs.readFileSync(join(dir, 'sent.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; api: string; params: Record<string, unknown> }) : [];

const memo: OutboxItem = { kind: 'memo', id: 'memo-1', shopId: 's1', platform: 'taobao', createdAt: 1, expiresAt: Date.now() + 600_000, orderNo: '3920118822334455667', memo: '#要发顺丰 —小王 12-01 10:00', bytes: 33, flag: 1 };
const reply: OutboxItem = { kind: 'message', id: 'msg-1', shopId: 's1', platform: 'pdd', createdAt: 1, expiresAt: Date.now() + 600_000, buyerNick: 'pdd_小林', text: '亲，今天下午发货哦', orderNo: null };

beforeEach(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-bridge-'));
  port = 0;
  await startHost();
});
afterEach(async () => {
  await stopHost();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Real processes on a shared 2-core machine: generous time, never a timing assertion.
describe('the example bridge against the real endpoint', { timeout: 30_000 }, () => {
  it('maps a Taobao memo to taobao.trade.memo.update with its flag, and acknowledges it', async () => {
    outbox.offer([memo]);
    const { code } = await runBridge([]);
    expect(code).toBe(0);
    expect(sent()).toEqual([{ id: 'memo-1', platform: 'taobao', kind: 'memo', api: 'taobao.trade.memo.update', params: { tid: '3920118822334455667', memo: memo.memo, flag: 1 } }]);
    expect(outbox.results(0, null).results.map((r) => [r.id, r.outcome])).toEqual([['memo-1', 'delivered']]);
  });

  it('a refusal by the platform comes back as failed with its reason', async () => {
    outbox.offer([{ ...reply, text: '测试失败 这条发不出去' }]);
    await runBridge(['--fail-when', '测试失败']);
    expect(sent()).toEqual([]);
    expect(outbox.results(0, null).results.map((r) => [r.id, r.outcome, r.reason])).toEqual([['msg-1', 'failed', '平台拒绝：测试失败']]);
  });

  it('the workstation restarted between the pull and the ack: nothing lost, nothing sent twice', async () => {
    outbox.offer([memo, reply]);
    const bridge = runBridge(['--ack-delay-ms', '1500']);
    // The bridge has pulled and "sent" both; before it acks, the host goes down and comes back.
    await expect.poll(() => sent().length, { timeout: 10_000 }).toBe(2);
    await stopHost();
    await startHost();
    const { code, out } = await bridge;
    expect(code, out).toBe(0);
    expect(outbox.results(0, null).results.map((r) => [r.id, r.outcome])).toEqual([['memo-1', 'delivered'], ['msg-1', 'delivered']]);
    // Another round of the bridge finds nothing new and sends nothing again.
    await runBridge([]);
    expect(sent().map((s) => s.id)).toEqual(['memo-1', 'msg-1']);
    expect(outbox.info().pending).toBe(0);
  });

  it('posts an inbound buyer message to /v1/events with the same token', async () => {
    const { out } = await runBridge(['--post-message', 's1|tb_小林|在吗？']);
    expect(out).toMatch(/posted \{"status":202/);
    expect(ingest.pull(0, null).events.map((e) => e.event.type)).toEqual(['buyer.message']);
  });
});
