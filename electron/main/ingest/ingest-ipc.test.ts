import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpcDispatcher, type DispatcherOptions, type IpcEventLike } from '../ipc/dispatcher';
import { fakeInvokeHandlers } from '@shared/host/fixtures';
import { createIngestService, type IngestService } from './service';
import { postEvents } from './testClient';

const APP = 'file:///opt/xiaoer/out/renderer/index.html';
const main = { url: APP, parent: null, processId: 4, frameToken: 't' };
const event = { senderFrame: main } as IpcEventLike;
let dir: string;
let service: IngestService;

function dispatcher() {
  const unused = () => { throw new Error('not in this test'); };
  const options: DispatcherOptions = {
    mainFrame: () => main,
    isAppUrl: (url) => url === APP,
    warn: () => {},
    // Every other channel answers as a plausible host would: only ingest's are under test.
    invoke: {
      ...fakeInvokeHandlers(),
      'ingest:info': () => service.info(),
      'ingest:pull': ({ afterSeq, journalId }) => service.pull(afterSeq, journalId),
      'ingest:regenerate-token': () => service.regenerateToken(),
    },
    send: {
      'tray:summary': unused, 'notify:show': unused, 'notify:ack': unused, 'window:attention': unused, 'noteJournal:write': unused, 'noteJournal:clear': unused,
      'ingest:ack': ({ journalId, upToSeq }) => service.ack(journalId, upToSeq),
      'outbox:settle': unused, 'palette:hide': unused,
    },
  };
  return createIpcDispatcher(options);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-ingest-ipc-'));
  service = createIngestService({ dir, port: 0 });
  await service.start();
});
afterEach(async () => {
  await service.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest channels through the IPC dispatcher', () => {
  it('a posted event is pulled by the renderer with its 19-digit 订单编号 intact, and an ack empties the journal', async () => {
    const d = dispatcher();
    const info = await d.invoke(event, 'ingest:info', {});
    if (!info.ok) throw new Error(info.error);
    const { url, token } = info.value as { url: string; token: string };
    const order = { eventId: 'c1', type: 'order.created', shopId: 's1', at: 1, orderNo: '3920118822334455667', buyerNick: 'n', items: [{ title: 't', qty: 1, priceFen: 1 }], totalFen: 1, createdAt: 1 };
    expect((await postEvents(Number(new URL(url).port), token, { events: [order] })).status).toBe(202);
    const pulled = await d.invoke(event, 'ingest:pull', { afterSeq: 0, journalId: null });
    if (!pulled.ok) throw new Error(pulled.error);
    const { journalId, events } = pulled.value as { journalId: string; events: { seq: number; event: { orderNo: string } }[] };
    expect(events.map((e) => e.event.orderNo)).toEqual(['3920118822334455667']);
    d.send(event, 'ingest:ack', { journalId, upToSeq: 1 });
    expect(service.info().pending).toBe(0);
  });

  it('a page from elsewhere cannot read the token', async () => {
    const d = dispatcher();
    const r = await d.invoke({ senderFrame: { ...main, url: 'https://evil.example/' } } as IpcEventLike, 'ingest:info', {});
    expect(r.ok).toBe(false);
  });
});
