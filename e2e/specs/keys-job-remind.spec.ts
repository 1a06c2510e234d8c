import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

// Issue 16, job 2: send one due 催付 reminder after switching to 催付. 7 keys before (5 of them Tab); goal ≤ 2.
test('keyboard only: Ctrl+2 lands in the 催付 queue and Enter sends the first due reminder: 2 keys', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  // Set-up, not counted: no quiet hours (the test runs at any hour), and a reminder due.
  await app.removeQuietHours();
  await page.getByTestId('payments-view-queue').click();
  await expect(page.locator('[data-testid="payment-item"][data-state="due"]').first()).toBeVisible({ timeout: 30_000 });
  await app.press('Control+1');
  await expect(app.activeTab()).toHaveText('接待');
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Control+2');
  await expect(app.activeTab()).toHaveText('催付');
  // The focus lands in the queue at once: its keys work without a Tab.
  await expect(page.getByTestId('payment-queue')).toBeFocused();
  const chosen = page.locator('[data-testid="payment-item"][aria-selected="true"]');
  await expect(chosen).toHaveAttribute('data-state', 'due');
  const nick = (await chosen.locator('strong').textContent()) ?? '';
  await keys.press('Enter');
  await expect(page.getByTestId('payment-notice')).toContainText(`催付消息已发到 ${nick}`);

  console.log(`[keys-job-remind] ${keys.toString()}`);
  expect(keys.presses).toBeLessThanOrEqual(2);
  expect(await clicks()).toBe(0);
});
