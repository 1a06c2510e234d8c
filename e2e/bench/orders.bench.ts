import { expect, test, type Page } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';
import { recordFigures, type Figure } from './figures';

/**
 * Orders bench (printed, never asserted): seeds 200,000 orders (50,000 of them unpaid, with
 * 20,000 sent 催付 reminders) straight into the app's IndexedDB in Chromium, then measures
 * through the real UI: the 订单 grid's filter/sort/search times at 200,000 orders, and the 催付
 * scheduler over the 50,000 unpaid orders. The console stays open while seeding (the demo
 * simulator keeps writing: its off switch is written raw, which the running app does not see).
 * Grid figures sit beside raw IndexedDB reading the same index keys. Figures go to
 * test-results/bench/figures/orders.json. Run: npm run bench -- orders
 *   (or: E2E_PORT=5320 npx playwright test -c e2e/bench/playwright.bench.config.ts orders.bench)
 */
const TOTAL = 200_000;
const UNPAID = 50_000;
const SENT = 20_000;

async function seed(page: Page): Promise<void> {
  await page.evaluate(async ({ total, unpaid, sent }) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('xiaoer-desk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = <T,>(store: string): Promise<T[]> => new Promise((res) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => res(r.result as T[]);
    });
    const buyers = await all<{ id: string; shopId: string; addressMasked: string }>('buyers');
    const now = Date.now();
    const statuses = ['paid', 'shipped', 'delivered', 'completed', 'closed', 'refunding'];
    const titles = ['纯棉短袖T恤', '高腰直筒牛仔裤', '宝宝软底学步鞋', '六层纱布浴巾', '法式碎花连衣裙'];
    const put = (store: string, rows: unknown[]): Promise<void> => new Promise((res, rej) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const r of rows) os.put(r);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    // Keep the simulator off so live queries measure the bench, not background writes.
    await put('settings', [{ key: 'demo.simulator', value: false, updatedAt: now, updatedBy: 'system' }]);
    let x = 12345;
    const rnd = (n: number): number => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
    const chunk = 10_000;
    for (let start = 0; start < total; start += chunk) {
      const orders = [];
      const reminders = [];
      for (let i = start; i < Math.min(total, start + chunk); i++) {
        const b = buyers[rnd(buyers.length)]!;
        const isUnpaid = i < unpaid;
        const createdAt = isUnpaid ? now - 15 * 60_000 - rnd(20 * 3_600_000) : now - rnd(365 * 86_400_000);
        const status = isUnpaid ? 'unpaid' : statuses[rnd(statuses.length)]!;
        const price = (rnd(400) + 20) * 100;
        const id = `BENCH${String(i).padStart(9, '0')}`;
        orders.push({
          id, orderNo: `9${String(i).padStart(8, '0')}${String(rnd(1e10)).padStart(10, '0')}`, shopId: b.shopId, buyerId: b.id, status,
          totalFen: price, items: [{ title: titles[rnd(titles.length)]!, sku: 'B-01', qty: 1, price }], createdAt,
          paidAt: status === 'unpaid' || (status === 'closed' && rnd(2) === 0) ? null : createdAt + 600_000,
          addressMasked: b.addressMasked, trackingNo: status === 'shipped' || status === 'delivered' || status === 'completed' ? `SF${String(i).padStart(12, '0')}` : null,
          carrier: null, flag: rnd(10) === 0 ? rnd(6) : 0, latestRemark: rnd(8) === 0 ? '#核对尺码 —小王 03-10 14:05' : '',
          updatedAt: now, updatedBy: 'system', deletedAt: null,
        });
        if (isUnpaid && i < sent) {
          reminders.push({ id: `BENCHR${String(i).padStart(9, '0')}`, kind: 'payment', subjectId: id, buyerId: b.id, shopId: b.shopId, label: 'bench', dueAt: createdAt + 600_000, attempt: 1, channel: 'chat', state: 'done', outcome: 'sent', updatedAt: createdAt + 600_000, updatedBy: 'system', deletedAt: null });
        }
      }
      await put('orders', orders);
      if (reminders.length) await put('reminders', reminders);
    }
    db.close();
  }, { total: TOTAL, unpaid: UNPAID, sent: SENT });
}

/** Runs one grid action and returns [data-layer ms, wall ms until the new count is on screen]. */
async function timed(page: Page, action: () => Promise<void>): Promise<[number, number]> {
  const count = page.getByTestId('orders-count');
  const state = async (): Promise<string> => `${await count.textContent()}|${await count.getAttribute('data-ms')}|${await count.getAttribute('data-index')}`;
  const before = await state();
  const t0 = Date.now();
  await action();
  // Done when the full result (not the first page shown meanwhile) is on screen and differs from before.
  await expect
    .poll(async () => ((await count.getAttribute('data-ready')) === 'yes' ? state() : before), { timeout: 120_000, intervals: [20] })
    .not.toBe(before);
  const wall = Date.now() - t0;
  return [Number(await count.getAttribute('data-ms')), wall];
}

test('orders grid and 催付 scheduler at 200,000 orders', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  const s0 = Date.now();
  await seed(page);
  const seedMs = Date.now() - s0;
  console.log(`seeded ${TOTAL} orders (${UNPAID} unpaid, ${SENT} sent reminders) in ${seedMs} ms`);
  await page.reload();
  await expect(page.getByRole('tablist')).toBeVisible();

  const t0 = Date.now();
  await app.tab('订单').click();
  await expect(app.rows().first()).toBeVisible({ timeout: 120_000 });
  const firstRows = Date.now() - t0;
  await expect(app.count()).toHaveAttribute('data-ready', 'yes', { timeout: 120_000 });
  const results: [string, number, number][] = [
    ['open grid: first rows on screen', Number.NaN, firstRows],
    ['open grid: all ids known (count shown)', Number(await app.count().getAttribute('data-ms')), Date.now() - t0],
  ];
  const rows = await app.rowCount();
  const record = async (name: string, action: () => Promise<void>): Promise<void> => {
    const [ms, wall] = await timed(page, action);
    results.push([name, ms, wall]);
  };
  await record('filter status = 买家已付款', () => app.statusChip('买家已付款').click());
  await record('sort by amount (asc)', () => page.getByTestId('sort-amount').click());
  await record('sort by buyer (asc)', () => page.getByTestId('sort-buyer').click());
  await record('add status = 已发货', () => app.statusChip('卖家已发货').click());
  await record('clear filters', () => page.getByRole('button', { name: '清空条件' }).click());
  await record('sort all 200k by amount desc', async () => { await page.getByTestId('sort-amount').click(); await page.getByTestId('sort-amount').click(); });
  await record('filter flag = 1', async () => { await page.locator('.ofilters label', { hasText: '旗帜' }).locator('select').selectOption('1'); });
  await record('clear filters', () => page.getByRole('button', { name: '清空条件' }).click());
  const no = (await app.rows().nth(3).getAttribute('data-order-no')) ?? '';
  await record('search 19-digit 订单编号 with spaces', () => app.search().fill(` ${no.slice(0, 7)} ${no.slice(7)} `));
  await record('clear search', () => app.search().fill(''));
  // Scroll the virtualized grid: a jump to the bottom, then page-sized steps; each is timed until
  // the rows in view are loaded (no placeholder line left on screen).
  const grid = page.getByTestId('orders-grid');
  const settled = async (): Promise<void> => {
    await expect(page.getByTestId('order-row-loading')).toHaveCount(0, { timeout: 60_000 });
    await expect(app.rows().first()).toBeVisible();
  };
  const s1 = Date.now();
  await grid.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await settled();
  const scroll = Date.now() - s1;
  const steps: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = Date.now();
    await grid.evaluate((el, k) => { el.scrollTop = Math.floor(el.scrollHeight * (k / 20)); }, i);
    await settled();
    steps.push(Date.now() - t);
  }
  steps.sort((a, b) => a - b);

  await app.tab('催付').click();
  const due = page.getByTestId('payment-due-count');
  await expect(due).toHaveAttribute('data-plan-ms', /\d+/, { timeout: 120_000 });
  const plans: string[] = [];
  for (let i = 0; i < 3; i++) {
    plans.push(`unpaid=${await due.getAttribute('data-unpaid')} read=${await due.getAttribute('data-read-ms')}ms plan=${await due.getAttribute('data-plan-ms')}ms due=${await due.textContent()}`);
    await page.waitForTimeout(5_200); // the queue recomputes every 5 s
  }

  // Raw counterparts: the same index keys read with raw IndexedDB (median of 3), on the same store.
  const raw = await page.evaluate(async (no) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('xiaoer-desk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const keys = (index: string, range: IDBKeyRange | null, values = false): Promise<number> => new Promise((res) => {
      const ix = db.transaction('orders').objectStore('orders').index(index);
      const req = values ? ix.getAll(range) : ix.getAllKeys(range);
      req.onsuccess = () => res(req.result.length);
    });
    const timed = async (fn: () => Promise<unknown>): Promise<number> => {
      const t: number[] = [];
      for (let i = 0; i < 3; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
      return t.sort((a, b) => a - b)[1]!;
    };
    const status = (s: string): IDBKeyRange => IDBKeyRange.bound([s, -Infinity], [s, Infinity]);
    const out = {
      all: await timed(() => keys('createdAt', null)),
      paid: await timed(() => keys('[status+createdAt]', status('paid'))),
      paidShipped: await timed(() => Promise.all([keys('[status+createdAt]', status('paid')), keys('[status+createdAt]', status('shipped')), keys('totalFen', null)])),
      amount: await timed(() => keys('totalFen', null)),
      flag: await timed(() => keys('[flag+createdAt]', IDBKeyRange.bound([1, -Infinity], [1, Infinity]))),
      search: await timed(() => keys('orderNo', IDBKeyRange.bound(no, `${no}\uffff`), true)),
      unpaid: await timed(() => keys('[status+createdAt]', IDBKeyRange.bound(['unpaid', Date.now() - 86_400_000], ['unpaid', Infinity]), true)),
    };
    db.close();
    return out;
  }, no);
  const rawFor: Record<string, number> = {
    'open grid: all ids known (count shown)': raw.all, 'filter status = 买家已付款': raw.paid, 'sort by amount (asc)': raw.amount, 'add status = 已发货': raw.paidShipped,
    'sort all 200k by amount desc': raw.amount, 'filter flag = 1': raw.flag, 'search 19-digit 订单编号 with spaces': raw.search,
  };
  const figures: Figure[] = [{ scenario: `seed ${TOTAL} orders raw with the console open`, value: seedMs / 1000, unit: 's', raw: null, note: `${UNPAID} unpaid, ${SENT} sent reminders; the demo simulator and tray keep running` }];
  const named = new Set<string>();
  for (const [first, ms, wall] of results) {
    const name = named.has(first) ? `${first} (again)` : first;
    named.add(name);
    figures.push({ scenario: `grid ${name}: query`, value: Number.isNaN(ms) ? null : ms, unit: 'ms', raw: rawFor[name] ?? null, note: rawFor[name] === undefined ? '' : 'raw = the same index keys, getAllKeys' });
    figures.push({ scenario: `grid ${name}: on screen`, value: wall, unit: 'ms', raw: null });
  }
  figures.push({ scenario: 'grid: 20 jumps across the grid until rows loaded (median)', value: steps[10] ?? null, unit: 'ms', raw: null });
  const read = Number(await due.getAttribute('data-read-ms'));
  figures.push({ scenario: '催付 queue: read the open unpaid orders and history', value: read, unit: 'ms', raw: raw.unpaid, note: `${await due.getAttribute('data-unpaid')} open unpaid orders; raw = getAll of the same [status+createdAt] range` });
  figures.push({ scenario: '催付 queue: plan (pure scheduler)', value: Number(await due.getAttribute('data-plan-ms')), unit: 'ms', raw: null });
  recordFigures('orders', figures);

  console.log(`\nOrders grid at ${rows} orders (Chromium, IndexedDB via Dexie):`);
  for (const [name, ms, wall] of results) console.log(`  ${name.padEnd(40)} query ${String(ms).padStart(6)} ms   on screen ${String(wall).padStart(6)} ms`);
  console.log(`  scroll to bottom until its rows are loaded ${scroll} ms`);
  console.log(`  20 jumps across the grid until rows loaded: median ${steps[10]} ms, max ${steps[19]} ms`);
  console.log(`催付 scheduler (3 runs):\n  ${plans.join('\n  ')}`);
});
