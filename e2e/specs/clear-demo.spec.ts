import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

test('clearing the demo data removes the demo shop after a confirmation and returns to first start', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();

  await page.getByRole('button', { name: '清除演示数据' }).click();
  expect(await app.answerConfirm(false)).toContain('你自己创建的店铺和记录不受影响');
  await expect(page.locator('.plain-list li')).toHaveCount(3);

  await page.getByRole('button', { name: '清除演示数据' }).click();
  await app.answerConfirm(true);
  await expect(page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  const left = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('xiaoer-desk');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['shops', 'orders', 'conversations', 'messages', 'buyers']);
          let total = 0;
          let pending = 5;
          for (const name of ['shops', 'orders', 'conversations', 'messages', 'buyers']) {
            const c = tx.objectStore(name).count();
            c.onsuccess = () => { total += c.result; if (--pending === 0) { db.close(); resolve(total); } };
          }
        };
      }),
  );
  expect(left).toBe(0);
});
