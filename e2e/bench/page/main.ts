// Bench page: seeds a year-long store into real IndexedDB (Chromium) and times the hot paths
// of the data layer against raw IndexedDB doing the same indexed reads and writes. Served on
// the app's own origin (under /bench/), so the app's cold start can then be timed on this store.
import Dexie, { liveQuery } from 'dexie';
import { buildPhraseIndex, searchPhrases } from '@shared/domain/phrases';
import { openUnpaidSince, resolvePaymentPolicy } from '@shared/domain/payments';
import { REMINDER_OFFSETS_MS, REVIEW_WINDOW_MS } from '@shared/domain/cases';
import { DAY, MINUTE } from '@shared/lib/time';
import type { Phrase } from '@shared/schemas/entities';
import { openStore, waitingQueue, messagesOf, findOrdersByNoPrefix, findBuyersByNick, trayFacts, TRAY_AREAS } from '../../../renderer/src/data';
import { sendReply } from '../../../renderer/src/data/presale/conversations';
import { listPhrases } from '../../../renderer/src/data/presale/phrases';
import { getDb } from '../../../renderer/src/data/store';
import { generateYear, YEAR_AGENT, YEAR_SCALE } from '../yearStore';

/** One figure beside its raw-IndexedDB counterpart (scripts/bench/summary.mjs). */
interface Figure { area: string; scenario: string; value: number; unit: 'ms'; raw: number | null; note: string }

const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Medians of the app's way and the raw way, measured alternately (app, raw, app, raw…) so both
 * see the same machine: on a shared, loaded box a figure taken a second later is not comparable.
 */
async function paired(app: () => Promise<unknown>, rawWay: (() => Promise<unknown>) | null, reps: number): Promise<[number, number | null]> {
  await app(); // warm-up: first read pays for opening cursors and JIT
  await rawWay?.();
  const a: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < reps; i++) {
    let t0 = performance.now();
    await app();
    a.push(performance.now() - t0);
    if (rawWay) {
      t0 = performance.now();
      await rawWay();
      r.push(performance.now() - t0);
    }
  }
  return [mid(a), rawWay ? mid(r) : null];
}

function raw(name = 'xiaoer-desk'): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const request = <T,>(req: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

const bound = (a: unknown[], b: unknown[]): IDBKeyRange => IDBKeyRange.bound(a, b);
const getAll = (tx: IDBTransaction, store: string, index: string | null, range: IDBKeyRange | null, count?: number): Promise<unknown[]> => {
  const s = tx.objectStore(store);
  return request((index ? s.index(index) : s).getAll(range, count));
};

/** Raw: the waiting conversations with their buyers and shops, in one transaction (what waitingQueue does). */
async function rawQueue(db: IDBDatabase): Promise<number> {
  const tx = db.transaction(['conversations', 'buyers', 'shops']);
  const [convs] = await Promise.all([getAll(tx, 'conversations', '[status+lastBuyerAt]', bound(['waiting', -Infinity], ['waiting', Infinity])), getAll(tx, 'shops', null, null)]);
  const ids = [...new Set((convs as { buyerId: string }[]).map((c) => c.buyerId))];
  const buyers = await Promise.all(ids.map((id) => request(tx.objectStore('buyers').get(id))));
  return buyers.length;
}

/** Raw: the index ranges a tray pass reads (waiting, open unpaid orders, recent 催付 history, due follow-ups, promises, tickets, reviews). */
async function rawTray(db: IDBDatabase, until: number): Promise<number> {
  const tx = db.transaction(['conversations', 'buyers', 'shops', 'orders', 'reminders', 'promises', 'tickets', 'reviews']);
  const longest = resolvePaymentPolicy(null).policy;
  const since = openUnpaidSince([longest], until);
  const historySince = until - Math.max(24 * 60, longest.autoCloseMinutes) * MINUTE - DAY;
  const parts = await Promise.all([
    rawQueue(db),
    getAll(tx, 'orders', '[status+createdAt]', IDBKeyRange.bound(['unpaid', since], ['unpaid', Infinity], true)),
    getAll(tx, 'reminders', '[kind+state+updatedAt]', bound(['payment', 'done', historySince], ['payment', 'done', Infinity])),
    getAll(tx, 'reminders', '[kind+state+updatedAt]', bound(['payment', 'cancelled', historySince], ['payment', 'cancelled', Infinity])),
    getAll(tx, 'reminders', '[kind+state+dueAt]', bound(['followup', 'due', -Infinity], ['followup', 'due', until])),
    getAll(tx, 'promises', '[state+dueAt]', bound(['open', -Infinity], ['open', until])),
    getAll(tx, 'tickets', '[status+dueAt]', bound(['open', -Infinity], ['open', until])),
    ...['new', 'contacting', 'negotiating'].map((s) => getAll(tx, 'reviews', '[status+nextContactAt]', bound([s, -Infinity], [s, until]))),
    getAll(tx, 'reviews', 'postedAt', IDBKeyRange.bound(until - REVIEW_WINDOW_MS, until - REVIEW_WINDOW_MS + Math.max(...REMINDER_OFFSETS_MS))),
  ]);
  return parts.length;
}

/** Raw: the four records a reply writes (message, conversation, two change rows) in one strict transaction. */
function rawReply(db: IDBDatabase, convId: string, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['messages', 'conversations', 'changes'], 'readwrite', { durability: 'strict' });
    const now = Date.now();
    const conv = tx.objectStore('conversations').get(convId);
    conv.onsuccess = () => {
      tx.objectStore('messages').put({ id: `RAW${n}`, conversationId: convId, from: 'agent', text: '压测回复', at: now, agentId: 'system', updatedAt: now, updatedBy: 'system', deletedAt: null });
      tx.objectStore('conversations').put({ ...conv.result, status: 'answered', lastPreview: '压测回复', updatedAt: now });
      tx.objectStore('changes').add({ table: 'messages', id: `RAW${n}`, op: 'put', at: now, agent: 'system' });
      tx.objectStore('changes').add({ table: 'conversations', id: convId, op: 'put', at: now, agent: 'system' });
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

async function seed(now: number): Promise<Record<string, number>> {
  const t0 = performance.now();
  const year = generateYear(7, now);
  const db = getDb();
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(year)) {
    for (let i = 0; i < rows.length; i += 20_000) await db.table(table).bulkPut(rows.slice(i, i + 20_000));
    counts[table] = rows.length;
  }
  // The app's cold start on this store measures the app, not the demo simulator's writes.
  await db.settings.put({ key: 'demo.simulator', value: false, updatedAt: now, updatedBy: 'system' });
  counts.seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  return counts;
}

/** Per keystroke while typing each query: the index search (data) vs a plain substring filter over the same phrases. */
async function phraseSearch(): Promise<[number, number]> {
  const phrases = await listPhrases();
  const index = buildPhraseIndex<Phrase>(phrases);
  const keystrokes = ['hy', 'fhsj', 'cm', 'by', '尺码', 'thh', 'wlcx', 'b4999', 'mlsm', 'zp'].flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  const naive = (q: string): Phrase[] => phrases.filter((p) => p.title.includes(q) || p.text.includes(q) || p.shortcut.startsWith(q)).slice(0, 8);
  const all = (fn: (q: string) => unknown) => async (): Promise<void> => { for (const q of keystrokes) fn(q); };
  const [a, b] = await paired(all((q) => searchPhrases(index, q, { limit: 8 })), all(naive), 10);
  return [a / keystrokes.length, (b ?? 0) / keystrokes.length];
}

async function run(): Promise<{ counts: Record<string, number>; figures: Figure[]; agentId: string }> {
  const opened = await openStore();
  if (!opened.ok) throw new Error(`store: ${JSON.stringify(opened.check)}`);
  const now = Date.now();
  const counts = await seed(now);
  const idb = await raw();
  const figures: Figure[] = [];
  const add = (area: string, scenario: string, [value, rawMs]: [number, number | null], note: string) =>
    figures.push({ area, scenario, value: round(value), unit: 'ms', raw: rawMs === null ? null : round(rawMs), note });

  add('queue', 'waiting queue across shops, joined to buyer + shop', await paired(() => waitingQueue(), () => rawQueue(idb), 40), `${YEAR_SCALE.waiting} waiting of ${counts.conversations} chats; raw = the same join in one transaction`);

  const longChat = `C${String(YEAR_SCALE.waiting).padStart(7, '0')}`;
  const chatRange = IDBKeyRange.bound([longChat, -Infinity], [longChat, Infinity]);
  add('presale', 'open a chat with 200 messages (data)', await paired(() => messagesOf(longChat), () => getAll(idb.transaction('messages'), 'messages', '[conversationId+at]', chatRange), 40), `${counts.messages} messages in store`);

  const search = await phraseSearch();
  add('presale', 'phrase search per keystroke (data: index search)', search, `${YEAR_SCALE.phrases} phrases; raw column = plain substring filter over the same phrases in memory`);

  const sample = (await getDb().orders.offset(54_321).first())!;
  const prefix = sample.orderNo.slice(0, 8);
  add('palette', 'order by 订单编号 prefix', await paired(() => findOrdersByNoPrefix(prefix), () => getAll(idb.transaction('orders'), 'orders', 'orderNo', IDBKeyRange.bound(prefix, prefix + '\uffff'), 8), 50), `${counts.orders} orders`);
  add('palette', 'buyer by nick prefix', await paired(() => findBuyersByNick('buyer_0123'), () => getAll(idb.transaction('buyers'), 'buyers', 'nick', IDBKeyRange.bound('buyer_0123', 'buyer_0123\uffff'), 8), 50), `${counts.buyers} buyers`);

  const until = now + 60_000;
  add('tray', 'tray pass (all areas, recomputed after every write)', await paired(() => trayFacts(until), () => rawTray(idb, until), 40), 'raw = the same index ranges read in one transaction, no planning');

  add('tray', 'tray pass after a reply (the console re-reads only the areas the write touched)', await trayAfterReply(until), 'time the tray\'s live reads spend after a reply (median of 20); raw = the waiting queue\'s join read raw');

  const conv = `C${String(0).padStart(7, '0')}`;
  let n = 0;
  add(
    'presale',
    'send a reply (message + conversation + 2 change rows, strict durability)',
    await paired(() => sendReply(conv, `压测回复 ${n++}`, { agentId: YEAR_AGENT, now: Date.now() }), () => rawReply(idb, conv, n++), 40),
    'raw = the same four records in one strict transaction',
  );
  idb.close();
  getDb().close();
  return { counts, figures, agentId: YEAR_AGENT };
}

/**
 * The tray as the console runs it: one live query per area (TRAY_AREAS, as useTraySync follows
 * them). After each reply (to a different waiting buyer) the time the woken areas spend reading
 * is summed; the raw counterpart reads the waiting queue's join raw.
 */
async function trayAfterReply(until: number): Promise<[number, number]> {
  const idb = await raw();
  let spent = 0;
  let runs = 0;
  const subs = Object.values(TRAY_AREAS).map((read) => liveQuery(async () => {
    const t0 = performance.now();
    try { return await (read as (u: number) => Promise<unknown>)(until); } finally { spent += performance.now() - t0; runs++; }
  }).subscribe(() => undefined));
  const settle = async (): Promise<void> => {
    let seen = -1;
    while (seen !== runs) { seen = runs; await new Promise((r) => setTimeout(r, 30)); }
  };
  await settle();
  const app: number[] = [];
  const rawMs: number[] = [];
  const waiting = (await waitingQueue()).map((r) => r.conversation.id);
  for (let i = 0; i < 20 && i < waiting.length; i++) {
    spent = 0;
    await sendReply(waiting[i]!, `压测回复 ${i}`, { agentId: YEAR_AGENT, now: Date.now() });
    await settle();
    app.push(spent);
    const t0 = performance.now();
    await rawQueue(idb);
    rawMs.push(performance.now() - t0);
  }
  for (const s of subs) s.unsubscribe();
  idb.close();
  return [mid(app), mid(rawMs)];
}

/**
 * The raw counterpart of a cold start: from navigation to the first screen's data read with raw
 * IndexedDB (open, agents, waiting conversations, shops). `name` null = an empty store.
 */
async function rawStart(name: string | null): Promise<number> {
  const db = await raw(name ?? `bench-empty-${Date.now()}`);
  if (name) {
    const tx = db.transaction(['agents', 'conversations', 'shops']);
    await Promise.all([getAll(tx, 'agents', null, null), getAll(tx, 'conversations', '[status+lastBuyerAt]', bound(['waiting', -Infinity], ['waiting', Infinity])), getAll(tx, 'shops', null, null)]);
  }
  const at = performance.now();
  db.close();
  if (!name) await Dexie.delete(db.name);
  return at;
}

const round = (x: number): number => Math.round(x * 100) / 100;

declare global { interface Window { runBench: typeof run; rawStart: typeof rawStart } }
window.runBench = run;
window.rawStart = rawStart;

