import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';
import { OrdersPage } from '../pages/OrdersPage';

test('first start opens the demo shop and every tab shows its screen', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.openFresh();
  await app.shot('welcome');
  await page.getByTestId('start-demo').click();

  // 接待: the waiting queue across both demo shops, with live timers.
  await expect(app.tab('接待')).toHaveAttribute('aria-selected', 'true');
  await expect(app.waitingItems().first()).toBeVisible();
  expect(await app.waitingCount()).toBeGreaterThan(0);
  await expect(page.locator('.badge--tmall').first()).toBeVisible();
  await expect(page.locator('.badge--pdd').first()).toBeVisible();
  await expect(page.locator('.msg--buyer').first()).toBeVisible();
  await app.shot('presale');

  // Every tab shows its area's screen.
  for (const name of ['催付', '订单', '售后', '评价', '交接', '笔记', '知识库', '报表']) {
    await app.tab(name).click();
    await expect(app.activeTab()).toHaveText(name);
    await expect(app.panel()).not.toBeEmpty();
  }

  // 设置: the demo agents sharing this PC.
  await app.tab('设置').click();
  await expect(page.getByText('共用这台电脑的客服')).toBeVisible();
  await expect(page.locator('.plain-list li')).toHaveCount(3);
  await app.shot('settings');
});

test('the palette opens an order by its 19-digit number and a buyer by nick in their own tabs', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  const nick = (await page.locator('.queue-item__nick').first().textContent()) ?? '';

  // A buyer hit opens the buyer's chat in its own tab, ready to type.
  const input = await app.openPalette();
  await input.fill(nick);
  await expect(page.locator('.palette').getByRole('option').first()).toContainText(nick);
  await page.keyboard.press('Enter');
  await expect(app.activeTab()).toContainText(`会话 ${nick}`);
  await expect(page.getByTestId('composer')).toBeFocused();

  await app.openGrid();
  const orderNo = (await app.rows().first().getAttribute('data-order-no')) ?? '';
  expect(orderNo).toMatch(/^\d{19}$/);
  const again = await app.openPalette();
  await again.fill(` ${orderNo.slice(0, 6)} ${orderNo.slice(6)} `);
  await expect(page.locator('.palette').getByRole('option').first()).toContainText(orderNo);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-detail')).toContainText(orderNo);
  await app.shot('order-tab');
});
