import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';
import { GROUPS, WORDS } from './yearStore';
import { percentile, recordFigures } from './figures';

/**
 * Presale figures (printed, never asserted):
 * - phrase search per keystroke over a 5,000-phrase library, measured in the UI path (input
 *   event → results committed to the DOM, `phrase-search` performance measures);
 * - conversation switch with 200 messages (click → history painted, `conversation-switch`).
 * - a queue of 10,000 waiting buyers: reload → count shown, and frame times while scrolling it.
 * Figures go to test-results/bench/figures/presale.json (npm run bench collects them).
 * Run: npm run bench -- presale   (or: npx vite build … && E2E_PORT=5310 npx playwright test -c e2e/bench/playwright.bench.config.ts presale.bench)
 */
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1);
  return `n=${s.length} median=${q(0.5)} ms p95=${q(0.95)} ms max=${s[s.length - 1]!.toFixed(1)} ms`;
};


test('search per keystroke over 5,000 phrases, and switching to a 200-message conversation', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.phrasesReady();

  // 5,000 phrases through the real import path.
  const phrases = Array.from({ length: 5000 }, (_, i) => ({
    group: GROUPS[i % GROUPS.length], title: `${WORDS[i % WORDS.length]}${i}`, shortcut: `b${i}`,
    text: `亲，关于${WORDS[(i * 7) % WORDS.length]}的说明第${i}条：{买家}您好，这里是{店铺}，${WORDS[(i * 3) % WORDS.length]}请放心。`, keywords: [WORDS[(i * 5) % WORDS.length]],
  }));
  await app.openPhraseLibrary();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('phrases-import').click();
  await (await chooser).setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ phrases })) });
  await expect(page.getByTestId('import-report')).toContainText('导入了 5000 条短语', { timeout: 60_000 });
  await page.getByRole('button', { name: '返回接待' }).click();

  await app.waitingItems().first().click();
  await app.composer().focus();
  await page.evaluate(() => performance.clearMeasures('phrase-search'));
  for (const q of ['hy', 'fhsj', 'cm', 'by', '尺码', 'thh', 'wlcx', 'b4999', 'mlsm', 'zp']) {
    await page.keyboard.press('/');
    await expect(app.picker()).toBeFocused();
    for (const ch of q) {
      await page.keyboard.type(ch);
    }
    await page.waitForTimeout(50);
    await page.keyboard.press('Escape');
  }
  const search = await page.evaluate(() => performance.getEntriesByName('phrase-search').map((e) => e.duration));
  console.log(`[bench] phrase search per keystroke, 5,000 imported + starter phrases in the picker (input → results in DOM): ${stats(search)}`);
  recordFigures('presale', [
    { scenario: 'phrase search per keystroke, input → results in DOM (median)', value: percentile(search, 0.5), unit: 'ms', raw: null, note: `5,000 imported + starter phrases; n=${search.length}; data-only figure in the foundation rows` },
    { scenario: 'phrase search per keystroke, input → results in DOM (p95)', value: percentile(search, 0.95), unit: 'ms', raw: null },
  ]);

  // The first two buyers in the queue get 200 messages each, written straight into IndexedDB.
  const ids = await app.waitingItems().evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-conversation-id') ?? ''));
  await page.evaluate((convIds) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('xiaoer-desk');
    open.onsuccess = () => {
      const tx = open.result.transaction('messages', 'readwrite');
      const store = tx.objectStore('messages');
      const start = Date.now() - 3 * 86_400_000;
      for (const c of convIds) {
        for (let i = 0; i < 200; i++) {
          const at = start + i * 20 * 60_000;
          store.put({ id: `bench-${c}-${i}`, conversationId: c, from: i % 2 ? 'agent' : 'buyer', text: `第${i}条：这件衣服的面料怎么样，会不会起球，洗了会缩水吗？`.repeat(1 + (i % 3)), at, agentId: null, updatedAt: at, updatedBy: 'bench', deletedAt: null });
        }
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  }), ids);
  // Raw writes bypass Dexie's live-query cache: reload, then start from a third buyer.
  await page.reload();
  await app.waitingItems().nth(2).click();
  await page.evaluate(() => performance.clearMeasures('conversation-switch'));
  for (let round = 0; round < 10; round++) {
    for (const id of round % 2 ? [...ids].reverse() : ids) {
      await page.locator(`[data-conversation-id="${id}"]`).click();
      await expect(page.locator('.chat__head strong')).not.toBeEmpty();
      // The newest message is on screen (a long history renders only the rows in view).
      await expect(page.getByTestId('history').locator('.msg').filter({ hasText: '第199条' })).toBeVisible();
    }
  }
  const switches = await page.evaluate(() => performance.getEntriesByName('conversation-switch').map((e) => e.duration));
  console.log(`[bench] conversation switch with 200 messages (click → history painted): ${stats(switches)}`);
  // Raw counterpart: reading the same 200 messages off the same index, the floor under a switch.
  const rawRead = await page.evaluate((convIds) => new Promise<number[]>((resolve) => {
    const open = indexedDB.open('xiaoer-desk');
    open.onsuccess = async () => {
      const db = open.result;
      const times: number[] = [];
      for (let i = 0; i < 21; i++) {
        const c = convIds[i % convIds.length]!;
        const t0 = performance.now();
        await new Promise((r) => { db.transaction('messages').objectStore('messages').index('[conversationId+at]').getAll(IDBKeyRange.bound([c, -Infinity], [c, Infinity])).onsuccess = r; });
        times.push(performance.now() - t0);
      }
      db.close();
      resolve(times.slice(1));
    };
  }), ids);
  recordFigures('presale', [
    { scenario: 'conversation switch, 200 messages, click → history painted (median)', value: percentile(switches, 0.5), unit: 'ms', raw: percentile(rawRead, 0.5), note: `n=${switches.length}; raw = reading the 200 messages off [conversationId+at]` },
    { scenario: 'conversation switch, 200 messages, click → history painted (p95)', value: percentile(switches, 0.95), unit: 'ms', raw: percentile(rawRead, 0.95) },
  ]);
});

test('a queue of 10,000 waiting buyers: load time and scroll frame times', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();
  // Switch the simulator off so the figures are about the queue alone.
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('xiaoer-desk');
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('buyers').objectStore('buyers').getAll();
      read.onsuccess = () => {
        const buyers = read.result as { id: string; shopId: string }[];
        const tx = db.transaction('conversations', 'readwrite');
        const store = tx.objectStore('conversations');
        const now = Date.now();
        for (let i = 0; i < 10_000; i++) {
          const b = buyers[i % buyers.length]!;
          const at = now - (i % 900) * 1000;
          store.put({ id: `bench-q-${i}`, shopId: b.shopId, buyerId: b.id, status: 'waiting', stage: i % 4 ? 'presale' : 'aftersale', lastBuyerAt: at, firstReplyAt: null, lastPreview: `第${i}位买家：这款还有货吗？`, assignedTo: null, updatedAt: at, updatedBy: 'bench', deletedAt: null, lastAutoAt: at });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    };
  }));
  const t0 = Date.now();
  await page.reload();
  await app.tab('接待').click();
  await expect.poll(() => app.waitingCount(), { timeout: 60_000 }).toBeGreaterThanOrEqual(10_000);
  const loadMs = Date.now() - t0;
  await expect(app.waitingItems().first()).toBeVisible();
  const rowsMs = Date.now() - t0;
  const domRows = await app.waitingItems().count();
  const idle = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const out: number[] = [];
    let last = performance.now();
    const step = (): void => {
      const t = performance.now();
      out.push(t - last);
      last = t;
      if (out.length < 120) requestAnimationFrame(step);
      else resolve(out.slice(1));
    };
    requestAnimationFrame(step);
  }));
  const frames = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const list = document.querySelector<HTMLElement>('[data-testid="queue-list"]')!;
    const out: number[] = [];
    let last = performance.now();
    let n = 0;
    const step = (): void => {
      const t = performance.now();
      out.push(t - last);
      last = t;
      list.scrollTop += 1200;
      if (++n < 120) requestAnimationFrame(step);
      else resolve(out.slice(1));
    };
    requestAnimationFrame(step);
  }));
  console.log(`[bench] queue of 10,000 (the foundation query caps there): reload → count shown ${loadMs} ms, rows ${rowsMs} ms; ${domRows} rows in the DOM; idle frame ${stats(idle)}; scroll frame ${stats(frames)}`);
  // Raw counterpart of the load: the 10,000 waiting conversations off the same index.
  const rawQueue = await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('xiaoer-desk');
    open.onsuccess = () => {
      const t0 = performance.now();
      const req = open.result.transaction('conversations').objectStore('conversations').index('[status+lastBuyerAt]').getAll(IDBKeyRange.bound(['waiting', -Infinity], ['waiting', Infinity]));
      req.onsuccess = () => { resolve(performance.now() - t0); open.result.close(); };
    };
  }));
  recordFigures('presale', [
    { scenario: 'queue of 10,000 waiting: reload → count shown', value: loadMs, unit: 'ms', raw: rawQueue, note: 'raw = reading the 10,000 waiting chats (no page load)' },
    { scenario: 'queue of 10,000 waiting: reload → first rows with buyers shown', value: rowsMs, unit: 'ms', raw: null, note: `${domRows} rows in the DOM` },
    { scenario: 'queue of 10,000 waiting: scroll frame (p95)', value: percentile(frames, 0.95), unit: 'ms', raw: null, note: `idle frame p95 ${percentile(idle, 0.95).toFixed(1)} ms` },
  ]);
});
