// Bench page: seeds a year-long store into real IndexedDB (Chromium) and times the hot paths
// of the data layer against raw IndexedDB doing the same indexed reads and writes.
import { openStore, waitingQueue, messagesOf, findOrdersByNoPrefix, findBuyersByNick, trayFacts, sendReply } from '../../../renderer/src/data';
import { getDb } from '../../../renderer/src/data/store';
import { generateYear, YEAR_SCALE } from '../yearStore';

interface Row { scenario: string; medianMs: number; rawMs: number | null; ratio: number | null; note: string }

async function median(fn: () => Promise<unknown>, reps: number): Promise<number> {
  await fn(); // warm-up: first read pays for opening cursors and JIT
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function raw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('xiaoer-desk');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const getAll = (db: IDBDatabase, store: string, index: string, range: IDBKeyRange, count?: number): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).index(index).getAll(range, count);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const put = (db: IDBDatabase, store: string, value: unknown, durability: IDBTransactionDurability): Promise<void> =>
  new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite', { durability });
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });

async function seed(now: number): Promise<Record<string, number>> {
  const t0 = performance.now();
  const year = generateYear(7, now);
  const db = getDb();
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(year)) {
    for (let i = 0; i < rows.length; i += 20_000) await db.table(table).bulkPut(rows.slice(i, i + 20_000));
    counts[table] = rows.length;
  }
  counts.seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  return counts;
}

async function run(): Promise<{ counts: Record<string, number>; rows: Row[] }> {
  const opened = await openStore();
  if (!opened.ok) throw new Error(`store: ${JSON.stringify(opened.check)}`);
  const now = Date.now();
  const counts = await seed(now);
  const idb = await raw();
  const rows: Row[] = [];
  const add = (scenario: string, medianMs: number, rawMs: number | null, note: string) =>
    rows.push({ scenario, medianMs: round(medianMs), rawMs: rawMs === null ? null : round(rawMs), ratio: rawMs ? round(medianMs / rawMs) : null, note });

  const waitingRange = IDBKeyRange.bound(['waiting', -Infinity], ['waiting', Infinity]);
  add('waiting queue across shops (joined to buyer + shop)', await median(() => waitingQueue(), 30), await median(() => getAll(idb, 'conversations', '[status+lastBuyerAt]', waitingRange), 30), `${YEAR_SCALE.waiting} waiting of ${counts.conversations} chats`);

  const longChat = `C${String(YEAR_SCALE.waiting).padStart(7, '0')}`;
  const chatRange = IDBKeyRange.bound([longChat, -Infinity], [longChat, Infinity]);
  add('open a chat with 200 messages', await median(() => messagesOf(longChat), 30), await median(() => getAll(idb, 'messages', '[conversationId+at]', chatRange), 30), `${counts.messages} messages in store`);

  const sample = (await getDb().orders.offset(54_321).first())!;
  const prefix = sample.orderNo.slice(0, 8);
  add('palette: order by 订单编号 prefix', await median(() => findOrdersByNoPrefix(prefix), 50), await median(() => getAll(idb, 'orders', 'orderNo', IDBKeyRange.bound(prefix, prefix + '\uffff'), 8), 50), `${counts.orders} orders`);
  add('palette: buyer by nick prefix', await median(() => findBuyersByNick('buyer_0123'), 50), await median(() => getAll(idb, 'buyers', 'nick', IDBKeyRange.bound('buyer_0123', 'buyer_0123\uffff'), 8), 50), `${counts.buyers} buyers`);
  add('tray facts (all areas)', await median(() => trayFacts(now + 60_000), 30), null, 'recomputed after every write');

  const conv = `C${String(0).padStart(7, '0')}`;
  let n = 0;
  add(
    'send a reply (message + conversation + 2 change rows, strict durability)',
    await median(() => sendReply(conv, `压测回复 ${n++}`, { agentId: 'system', now: Date.now() }), 30),
    await median(() => put(idb, 'messages', { id: `RAW${n++}`, conversationId: conv, at: Date.now(), text: 'x' }, 'strict'), 30),
    'raw = one put, strict',
  );
  idb.close();
  return { counts, rows };
}

const round = (x: number): number => Math.round(x * 100) / 100;

declare global { interface Window { runBench: typeof run } }
window.runBench = run;
