import { expect, test, type CDPSession, type Page } from '@playwright/test';
import pg from 'pg';
import { MAX_PULL_ROWS } from '../../shared/schemas/sync';
import { startShopServer, type ShopServer } from '../fixtures/shopServer';
import { TeamPage } from '../pages/TeamPage';
import { recordFigures, type Figure } from './figures';

/**
 * Team sync bench (printed, never asserted): a year-long store on the shop server — 200,000
 * orders, 1,000,000 chat messages and their buyers and conversations, seeded with bulk SQL
 * straight into the server's PostgreSQL — then a new PC (a fresh Chromium profile, the real
 * app through the browser host) joins the team in 设置 → 团队 and pulls all of it. Reports the
 * time until the PC holds every row and says 已同步, rows/s, and the renderer's peak JS heap.
 * Scale with BENCH_SYNC_ORDERS / BENCH_SYNC_MESSAGES (defaults: the year-long store).
 *   npm run bench -- team-sync
 *   (or: E2E_PORT=5320 npx playwright test -c e2e/bench/playwright.bench.config.ts team-sync.bench)
 */
const ORDERS = Number(process.env.BENCH_SYNC_ORDERS ?? 200_000);
const MESSAGES = Number(process.env.BENCH_SYNC_MESSAGES ?? 1_000_000);
const BUYERS = Math.max(1, Math.round(ORDERS / 10));
const CONVERSATIONS = Math.max(1, Math.round(MESSAGES / 20));
const SHOP = 'BENCHSHOP';
/** A first sync still running after this long is reported as far as it got (rows/s so far). */
const DEADLINE_S = Number(process.env.BENCH_SYNC_DEADLINE_S ?? 1_500);

let server: ShopServer | null = null;
test.afterAll(async () => {
  await server?.stop();
});

/** Every row in one statement per table, versions 1..N in a row, then the team's head moved past them. */
async function seed(s: ShopServer, teamName: string): Promise<{ rows: number; head: number }> {
  const client = new pg.Client(s.database);
  await client.connect();
  try {
    const team = (await client.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [teamName])).rows[0]?.id;
    if (!team) throw new Error('no team');
    const at = Date.now() - 365 * 86_400_000;
    const meta = `jsonb_build_object('f', '{}'::jsonb, 'platformAt', null)`;
    let version = 0;
    const insert = async (table: string, count: number, id: string, fields: string): Promise<void> => {
      await client.query(
        `INSERT INTO records (team_id, tbl, id, fields, meta, deleted_at, version)
         SELECT $1, $2, ${id}, ${fields}, ${meta}, NULL, $3 + g FROM generate_series(1, $4::int) g`,
        [team, table, version, count],
      );
      version += count;
    };
    await insert('shops', 1, `'${SHOP}'`, `jsonb_build_object('name', '压测旗舰店', 'platform', 'taobao', 'rules', '{}'::jsonb, 'demo', false, 'updatedAt', ${at}, 'updatedBy', 'system')`);
    await insert('buyers', BUYERS, `'BB' || lpad(g::text, 8, '0')`,
      `jsonb_build_object('shopId', '${SHOP}', 'nick', 'tb_买家' || g, 'tier', 'normal', 'tags', '[]'::jsonb, 'phoneMasked', '137****' || lpad((g % 10000)::text, 4, '0'), 'addressMasked', '浙江省杭州市**区***', 'contactSecret', null, 'notes', '', 'updatedAt', ${at} + g, 'updatedBy', 'system')`);
    await insert('orders', ORDERS, `'BO' || lpad(g::text, 9, '0')`,
      `jsonb_build_object('orderNo', '39' || lpad(g::text, 17, '0'), 'shopId', '${SHOP}', 'buyerId', 'BB' || lpad((1 + g % ${BUYERS})::text, 8, '0'),
        'status', (ARRAY['paid','shipped','delivered','completed','closed'])[1 + g % 5], 'totalFen', 2000 + (g % 400) * 100,
        'items', jsonb_build_array(jsonb_build_object('title', '纯棉短袖T恤', 'sku', 'B-01', 'qty', 1, 'price', 2000 + (g % 400) * 100)),
        'createdAt', ${at} + g * 150, 'paidAt', ${at} + g * 150 + 600000, 'addressMasked', '浙江省杭州市**区***',
        'trackingNo', 'SF' || lpad(g::text, 12, '0'), 'carrier', null, 'flag', g % 6, 'updatedAt', ${at} + g * 150, 'updatedBy', 'system')`);
    await insert('conversations', CONVERSATIONS, `'BC' || lpad(g::text, 8, '0')`,
      `jsonb_build_object('shopId', '${SHOP}', 'buyerId', 'BB' || lpad((1 + g % ${BUYERS})::text, 8, '0'), 'status', 'closed', 'stage', 'presale',
        'lastBuyerAt', ${at} + g * 600, 'firstReplyAt', ${at} + g * 600 + 30000, 'lastPreview', '好的，谢谢', 'assignedTo', null, 'updatedAt', ${at} + g * 600, 'updatedBy', 'system')`);
    await insert('messages', MESSAGES, `'BM' || lpad(g::text, 9, '0')`,
      `jsonb_build_object('conversationId', 'BC' || lpad((1 + g % ${CONVERSATIONS})::text, 8, '0'), 'from', (ARRAY['buyer','agent'])[1 + g % 2],
        'text', (ARRAY['亲，这款有现货吗？','有的亲，今天下单明天发货','尺码偏大还是偏小？','建议按平时尺码拍哦'])[1 + g % 4], 'at', ${at} + g * 30,
        'agentId', null, 'updatedAt', ${at} + g * 30, 'updatedBy', 'system')`);
    await client.query('UPDATE teams SET version = $2 WHERE id = $1', [team, version]);
    await client.query('ANALYZE records');
    return { rows: version, head: version };
  } finally {
    await client.end();
  }
}

/** EXPLAIN ANALYZE of the query a pull page runs (server/sync/pull.ts), from `cursor`: its plan and time. */
async function pagePlan(s: ShopServer, teamName: string, cursor: number): Promise<string> {
  const client = new pg.Client(s.database);
  await client.connect();
  try {
    const team = (await client.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [teamName])).rows[0]?.id;
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      'EXPLAIN (ANALYZE, BUFFERS) SELECT tbl, id, version, fields::text AS fields, deleted_at FROM records WHERE team_id = $1 AND version > $2 ORDER BY version LIMIT $3',
      [team, cursor, MAX_PULL_ROWS + 1],
    );
    return plan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n');
  } finally {
    await client.end();
  }
}

const RAW_PAGE = 5000;

/**
 * What a first sync must do at the least, in raw IndexedDB on the same origin and machine, now:
 * pages of RAW_PAGE chat messages, each put with its shadow (the server's copy) in one strict
 * transaction. Rows/s — the ceiling the app's figure is read against (the machine is shared).
 */
function rawPageWrites(page: Page): Promise<number> {
  return page.evaluate(async (size) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('raw-first-sync', 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore('messages', { keyPath: 'id' }).createIndex('byConversation', ['conversationId', 'at']);
        r.result.createObjectStore('shadows', { keyPath: ['table', 'id'] });
      };
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const t = performance.now();
    for (let p = 0; p < 2; p++) {
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(['messages', 'shadows'], 'readwrite', { durability: 'strict' });
        for (let i = 0; i < size; i++) {
          const id = `M${p}-${i}`;
          const at = 1_700_000_000_000 + i;
          const fields = { conversationId: `C${i % 300}`, from: 'buyer', text: '亲，这款有现货吗？', at, agentId: null, updatedAt: at, updatedBy: 'system' };
          tx.objectStore('messages').put({ ...fields, id, deletedAt: null });
          tx.objectStore('shadows').put({ table: 'messages', id, version: i, fields, deletedAt: null });
        }
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
    }
    const rowsPerS = (2 * size) / ((performance.now() - t) / 1000);
    db.close();
    indexedDB.deleteDatabase('raw-first-sync');
    return rowsPerS;
  }, RAW_PAGE);
}

/** The renderer's JS heap now (MB), from Chromium's own counters. */
async function heapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1_048_576;
}

/**
 * BENCH_SYNC_PROFILE=<seconds>: a CPU profile of the renderer that long, once the sync is under
 * way, printed as the functions with the most time of their own (where a first sync spends it).
 */
async function profile(cdp: CDPSession, seconds: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[] } };
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of p.samples) {
    const f = byNode.get(id)?.callFrame;
    const name = f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + 1);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`renderer CPU profile, ${seconds} s, ${p.samples.length} samples:\n${top.map(([n, c]) => `  ${((100 * c) / p.samples.length).toFixed(1)}%  ${n}`).join('\n')}`);
}

/**
 * The store's sync cursor and, when asked, its row counts, read raw (the app's own reads would
 * be timed too). Counting is left to the end: IndexedDB counts a million messages by walking
 * them, and a count every half second competed with the very writes being timed.
 */
function storeFacts(page: Page, counts: boolean): Promise<{ cursor: number; orders: number; messages: number }> {
  return page.evaluate(async (withCounts) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('xiaoer-desk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const ask = <T,>(req: (tx: IDBTransaction) => IDBRequest): Promise<T> => new Promise((res, rej) => {
      const r = req(db.transaction(withCounts ? ['syncState', 'orders', 'messages'] : ['syncState']));
      r.onsuccess = () => res(r.result as T);
      r.onerror = () => rej(r.error);
    });
    const cursor = await ask<{ value: number } | undefined>((tx) => tx.objectStore('syncState').get('cursor'));
    const orders = withCounts ? await ask<number>((tx) => tx.objectStore('orders').count()) : -1;
    const messages = withCounts ? await ask<number>((tx) => tx.objectStore('messages').count()) : -1;
    db.close();
    return { cursor: cursor?.value ?? 0, orders, messages };
  }, counts);
}

test('first sync of a year-long store to a new PC', async ({ browser }) => {
  test.setTimeout((DEADLINE_S + 600) * 1000);
  server = await startShopServer();
  const code = await server.enrolCode('压测团队');
  const seedStart = Date.now();
  const { rows, head } = await seed(server, '压测团队');
  const seedMs = Date.now() - seedStart;
  console.log(`seeded ${rows} rows on the server in ${(seedMs / 1000).toFixed(1)} s`);
  console.log(`the pull's page query half way through the store:\n${await pagePlan(server, '压测团队', Math.floor(rows / 2))}`);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const pc = new TeamPage(await context.newPage());
  await pc.setUpShop('压测新电脑', '小新', 'KF77');
  const cdp = await context.newCDPSession(pc.page);
  await cdp.send('Performance.enable');
  let peak = await heapMb(cdp);
  let progressSeen = false;

  const raw = await rawPageWrites(pc.page);
  console.log(`raw IndexedDB on this box now: a row and its shadow, ${RAW_PAGE} per transaction: ${Math.round(raw)} rows/s`);
  const t0 = Date.now();
  await pc.join(server.url, code);
  let facts: Awaited<ReturnType<typeof storeFacts>>;
  let finished = false;
  let logged = t0;
  const profileSeconds = Number(process.env.BENCH_SYNC_PROFILE ?? 0);
  let profiled = profileSeconds === 0;
  for (;;) {
    if (!profiled && Date.now() - t0 > 20_000) {
      profiled = true;
      await profile(cdp, profileSeconds);
    }
    peak = Math.max(peak, await heapMb(cdp));
    facts = await storeFacts(pc.page, false);
    const state = await pc.indicator().getAttribute('data-state');
    if (state === 'initial') progressSeen = true;
    if (facts.cursor >= head && state === 'synced') {
      finished = true;
      break;
    }
    if (Date.now() - logged > 10_000) {
      logged = Date.now();
      console.log(`  ${((logged - t0) / 1000).toFixed(0)} s: cursor ${facts.cursor} of ${head}, header "${await pc.indicator().textContent()}", heap ${peak.toFixed(0)} MB`);
    }
    if (Date.now() - t0 > DEADLINE_S * 1000) break;
    await pc.page.waitForTimeout(500);
  }
  const seconds = (Date.now() - t0) / 1000;
  // Where the renderer's first sync spent its time: waiting for pages (server + host hop) or storing them.
  const split = await pc.page.evaluate(() => {
    const sum = (name: string): number => performance.getEntriesByName(name).reduce((t, e) => t + e.duration, 0) / 1000;
    return { wait: sum('team-sync:wait'), store: sum('team-sync:store'), pages: performance.getEntriesByName('team-sync:store').length };
  });
  console.log(`pages: ${split.pages}; waiting for pages ${split.wait.toFixed(1)} s, storing them ${split.store.toFixed(1)} s`);
  // Rows stored so far: the cursor is a version, one per seeded row (the PC's own shop comes after).
  const stored = Math.min(facts.cursor, rows);
  if (finished) {
    facts = await storeFacts(pc.page, true);
    expect(facts.orders).toBeGreaterThanOrEqual(ORDERS);
    expect(facts.messages).toBe(MESSAGES);
  }
  console.log(`first sync: ${stored} of ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(stored / seconds)} rows/s)${finished ? '' : ' — NOT finished'}, peak JS heap ${peak.toFixed(0)} MB, progress shown: ${progressSeen}`);

  const scale = `${ORDERS.toLocaleString('en')} orders, ${MESSAGES.toLocaleString('en')} messages, ${rows.toLocaleString('en')} rows in all`;
  const figures: Figure[] = [
    { scenario: 'first sync of a year-long store to a new PC: join → every row stored and 已同步', value: finished ? seconds : null, unit: 's', raw: null, note: finished ? scale : `${scale}; not finished after ${DEADLINE_S} s (${stored} rows stored)` },
    { scenario: 'first sync: rows stored per second', value: stored / seconds, unit: 'rows/s', raw, note: `${scale}; raw = a row and its shadow put in pages of ${RAW_PAGE}, measured just before` },
    { scenario: 'first sync: peak renderer JS heap', value: peak, unit: 'MB', raw: null, note: 'Chromium JSHeapUsedSize sampled every 0.5 s' },
    { scenario: 'first sync: seeding the server with bulk SQL', value: seedMs / 1000, unit: 's', raw: null, note: scale },
  ];
  recordFigures('team-sync', figures);
  await context.close();
});
