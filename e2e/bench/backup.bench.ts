import { expect, test, type Page } from '@playwright/test';
import { SettingsPage } from '../pages/SettingsPage';

/**
 * Backup bench (printed, never asserted): a year-long store — 20,000 buyers, 110,000 orders,
 * 30,000 chats with 300,000 messages and one change-log line per record — seeded straight into
 * Chromium's IndexedDB, then through the real UI: 立即备份 (snapshot + OPFS write + rotation),
 * the file size, and restoring that backup onto the same store (every record compared, none
 * written). Run: E2E_PORT=5320 npx playwright test -c e2e/bench/playwright.bench.config.ts backup.bench
 */
const SCALE = { buyers: 20_000, orders: 110_000, conversations: 30_000, messagesPerConversation: 10 };

async function seed(page: Page): Promise<number> {
  return page.evaluate(async (scale) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('xiaoer-desk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const now = Date.now();
    const put = (rows: [string, Record<string, unknown>][]): Promise<void> => new Promise((res, rej) => {
      const tx = db.transaction(['buyers', 'orders', 'conversations', 'messages', 'changes', 'settings'], 'readwrite');
      for (const [store, row] of rows) {
        tx.objectStore(store).put(row);
        if (store !== 'settings') tx.objectStore('changes').add({ table: store, id: row['id'], op: 'put', at: row['updatedAt'], agent: 'system' });
      }
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    const track = (id: string, at: number) => ({ id, updatedAt: at, updatedBy: 'system', deletedAt: null });
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const shops = ['SHOP-A', 'SHOP-B'];
    let batch: [string, Record<string, unknown>][] = [['settings', { key: 'demo.simulator', value: false, updatedAt: now, updatedBy: 'system' }]];
    let total = 0;
    const add = async (store: string, row: Record<string, unknown>): Promise<void> => {
      batch.push([store, row]);
      total++;
      if (batch.length >= 10_000) { await put(batch); batch = []; }
    };
    for (let i = 0; i < scale.buyers; i++) await add('buyers', { ...track(`B${pad(i, 7)}`, now), shopId: shops[i % 2], nick: `buyer_${pad(i, 6)}`, tier: 'normal', tags: [], phoneMasked: '138****0000', addressMasked: '浙江省杭州市****', contactSecret: null, notes: '' });
    for (let i = 0; i < scale.orders; i++) {
      const createdAt = now - (i % 365) * 86_400_000;
      await add('orders', { ...track(`O${pad(i, 8)}`, createdAt), orderNo: `3${pad(i, 18)}`, shopId: shops[i % 2], buyerId: `B${pad(i % scale.buyers, 7)}`, status: 'completed', totalFen: 9900, items: [{ title: '压测商品', sku: 'SKU-1', qty: 1, price: 9900 }], createdAt, paidAt: createdAt + 60_000, addressMasked: '浙江省杭州市****', trackingNo: `YT${pad(i, 12)}`, carrier: null, flag: 0, latestRemark: '' });
    }
    for (let i = 0; i < scale.conversations; i++) {
      const last = now - (i % 365) * 86_400_000;
      const id = `C${pad(i, 7)}`;
      await add('conversations', { ...track(id, last), shopId: shops[i % 2], buyerId: `B${pad(i % scale.buyers, 7)}`, status: 'closed', stage: 'presale', lastBuyerAt: last, firstReplyAt: last + 30_000, lastPreview: '在吗', assignedTo: null });
      for (let m = 0; m < scale.messagesPerConversation; m++) {
        const at = last - (10 - m) * 45_000;
        await add('messages', { ...track(`M${pad(i, 7)}${pad(m, 4)}`, at), conversationId: id, from: m % 2 ? 'agent' : 'buyer', text: m % 2 ? '亲，这款是纯棉的，建议拍大一码哦' : '这件衣服偏大还是偏小？', at, agentId: m % 2 ? 'system' : null });
      }
    }
    await put(batch);
    db.close();
    return total;
  }, SCALE);
}

test('backup and restore of a year-long store', async ({ page }) => {
  test.setTimeout(900_000);
  const app = new SettingsPage(page);
  await app.startDemo();
  const s0 = Date.now();
  const seeded = await seed(page);
  console.log(`[bench] seeded ${seeded} records (+ as many log lines) in ${Date.now() - s0} ms`);
  await page.reload();
  await expect(page.getByRole('tablist')).toBeVisible();
  await app.openSettings();

  const t0 = Date.now();
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-notice')).toBeVisible({ timeout: 600_000 });
  const backupMs = Date.now() - t0;
  const notice = await page.getByTestId('backup-notice').textContent();
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);

  const t1 = Date.now();
  page.once('dialog', (d) => void d.accept());
  await app.backupRows().first().getByRole('button', { name: '恢复此备份' }).click();
  await expect(page.getByTestId('backup-counts')).toBeVisible({ timeout: 600_000 });
  const restoreMs = Date.now() - t1;
  console.log(`[bench] 立即备份 click → done: ${backupMs} ms (${notice})`);
  console.log(`[bench] JS heap after backup: ${Math.round(heap / 1024 / 1024)} MB`);
  console.log(`[bench] restore same backup (confirm → counts): ${restoreMs} ms: ${await page.getByTestId('backup-counts').textContent()}`);
});
