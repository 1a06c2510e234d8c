import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('revealing a buyer\'s phone asks why and writes an audit entry', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  const phone = page.getByTestId('buyer-phone');
  await expect(phone).toHaveText(/^1\d{2}\*{4}\d{4}$/);
  await page.getByTestId('buyer-panel').getByRole('button', { name: '查看完整' }).first().click();
  await page.getByRole('button', { name: '确认查看' }).click();
  // The refusal stands under the reason field, and the field names it to a screen reader.
  await expect(page.getByRole('alert')).toHaveText('不能为空');
  await expect(page.getByLabel('查看原因（会记入审计）')).toHaveAccessibleDescription(/不能为空/);
  await expect(phone).toHaveText(/\*{4}/);
  await page.getByLabel('查看原因（会记入审计）').fill('电话核对收货地址');
  await page.getByRole('button', { name: '确认查看' }).click();
  await expect(phone).toHaveText(/^1\d{10}$/);

  // The audit entry is in the store (who, when, why) and listed under the contact.
  const me = ((await page.getByTestId('current-agent').textContent()) ?? '').split(' · ')[0]!;
  await page.getByText(/查看记录（1）/).click();
  await expect(page.getByTestId('reveal-log')).toContainText(`${me} · 手机 · 电话核对收货地址`);
  const entries = await page.evaluate(() => new Promise<{ action: string; reason: string; agentId: string }[]>((resolve, reject) => {
    const open = indexedDB.open('xiaoer-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('audit').objectStore('audit').getAll();
      req.onsuccess = () => resolve(req.result as { action: string; reason: string; agentId: string }[]);
    };
  }));
  expect(entries.filter((e) => e.action === 'reveal:phone' && e.reason === '电话核对收货地址')).toHaveLength(1);
  await app.shot('presale-reveal');
});
