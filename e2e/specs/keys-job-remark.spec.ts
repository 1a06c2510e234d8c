import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';
import { KeyCount, forbidClicks, storeRows } from '../fixtures/keys';

// Issue 16, job 3: add a remark to an order found with Ctrl+K by its 订单编号. 42 keys before (20 Tabs); goal ≤ 6.
test('keyboard only: Ctrl+K, the 订单编号, Alt+B lands in the remark box, Ctrl+Enter saves it', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  // What the agent knows: the number the buyer sent (read from the store, not from the screen).
  const orders = await storeRows<{ orderNo: string; deletedAt: number | null }>(page, 'orders', 20);
  const orderNo = orders.find((o) => o.deletedAt === null)?.orderNo ?? '';
  expect(orderNo).toMatch(/^\d{10,}$/);
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await keys.type(orderNo);
  // The order hit offers its jobs in place, each on one key.
  const actions = page.getByTestId('palette-order-actions');
  await expect(actions).toContainText('备注');
  await expect(actions).toContainText('Alt+B');
  await expect(actions).toContainText('催付');
  await expect(actions).toContainText('登记售后');
  await app.shot('keys-palette-order');
  await keys.press('Alt+b');
  await expect(app.activeTab()).toContainText(orderNo);
  await expect(page.getByTestId('remark-input')).toBeFocused();
  await keys.type('买家来电：周五之后再发货');
  await keys.press('Control+Enter');
  await expect(page.getByTestId('remarks')).toContainText('买家来电：周五之后再发货');
  await expect(page.getByTestId('remark-input')).toHaveValue('');

  // On the order's tab the remark box is one key away from anywhere (it sits below the fold).
  await page.getByTestId('remark-input').blur();
  await keys.press('Alt+b');
  await expect(page.getByTestId('remark-input')).toBeFocused();

  console.log(`[keys-job-remark] ${keys.toString()}`);
  expect(keys.presses - 1).toBeLessThanOrEqual(6);
  expect(await clicks()).toBe(0);
});
