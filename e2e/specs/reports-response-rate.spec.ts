import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

// 14:00 in Shanghai: inside the 09:00–23:00 window the rate counts, whatever hour CI runs at.
const AFTERNOON = new Date('2026-11-20T06:00:00Z');

test('报表 shows the 3-minute manual response rate, and a quick reply to a fresh buyer raises it', async ({ page }) => {
  await page.clock.setFixedTime(AFTERNOON);
  const app = new ConsolePage(page);
  await app.startDemo();

  await app.tab('报表').click();
  const total = page.getByTestId('response-rate-total');
  await expect(total).toContainText('%');
  await expect(page.getByTestId('response-rate-table').locator('tbody tr').first()).toBeVisible();
  const before = (await total.locator('.kpi__label').textContent()) ?? '';
  const [within, rounds] = before.match(/\d+/g)!.map(Number) as [number, number];
  await app.shot('reports');

  // 催付成功率 for the same period: the demo's reminders of the last 7 days, per agent.
  await page.getByLabel('时间范围').selectOption('week');
  await expect(page.getByTestId('payment-rate-total')).toContainText(/\d+ \/ [1-9]\d* 单催付后付款，挽回 ¥/);
  await expect(page.getByTestId('payment-rate-table').locator('tbody tr').first()).toBeVisible();
  await page.getByTestId('payment-report').scrollIntoViewIfNeeded();
  await app.shot('reports-payments');
  await page.getByLabel('时间范围').selectOption('today');

  // The freshest waiting buyer (last in the queue) is still inside 3 minutes: answer at once.
  await app.tab('接待').click();
  await app.waitingItems().last().click();
  await page.getByTestId('composer').fill('您好，马上为您查看～');
  await page.keyboard.press('Enter');

  await app.tab('报表').click();
  await expect(total.locator('.kpi__label')).toHaveText(`${within + 1} / ${rounds + 1} 轮在 3 分钟内人工回复`);
});
