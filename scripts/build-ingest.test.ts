import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEvents } from '../electron/main/ingest/testClient';

interface BundledService { info(): { pending: number; token: string }; pull(after: number, id: string | null): { events: { seq: number; event: { eventId: string } }[] }; stop(): Promise<void> }
interface Bundle { createIngestService(o: { dir: string; port: number }): BundledService }

let tmp: string;
let bundle: string;
const BUILDER = './build-ingest.mjs';

beforeAll(async () => {
  tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-ingest-kill-'));
  // The same bundle the browser host runs, so the child is a plain `node` process.
  const { buildIngest } = (await import(BUILDER)) as { buildIngest: (outDir: string) => Promise<string> };
  bundle = await buildIngest(join(tmp, 'bundle'));
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Starts the ingest service in a child process and resolves with its port and token. */
function startChild(dir: string) {
  const script = `const m = await import(${JSON.stringify(`file://${bundle}`)});
    const s = m.createIngestService({ dir: ${JSON.stringify(dir)}, port: 0 });
    await s.start(); const i = s.info(); console.log(JSON.stringify({ url: i.url, token: i.token }));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<{ url: string; token: string }>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as { url: string; token: string }));
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { child, ready };
}

describe('the ingest bundle the browser host runs, killed', () => {
  it('loses no event it answered 202 for: SIGKILL before any ack, and the next start replays them in order', async () => {
    const dir = join(tmp, 'data');
    const { child, ready } = startChild(dir);
    const { url, token } = await ready;
    const events = Array.from({ length: 20 }, (_, i) => ({ eventId: `e${i}`, type: 'buyer.message', shopId: 's1', at: i, buyerNick: 'n', text: `第${i}条` }));
    expect((await postEvents(Number(new URL(url).port), token, { events })).status).toBe(202);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const { createIngestService } = (await import(`file://${bundle}`)) as Bundle;
    const next = createIngestService({ dir, port: 0 });
    expect(next.info()).toMatchObject({ pending: 20, token });
    expect(next.pull(0, null).events.map((e) => [e.seq, e.event.eventId])).toEqual(events.map((e, i) => [i + 1, e.eventId]));
    await next.stop();
  }, 30_000);
});
