import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';

test('the orders grid filters by status and finds an order by its 19-digit number pasted with spaces or ="…"', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openGrid();
  const total = await app.rowCount();
  expect(total).toBeGreaterThan(250);
  await expect(app.rows().first()).toBeVisible();
  // Virtualized: far fewer rows in the DOM than orders in the store.
  expect(await app.rows().count()).toBeLessThan(80);
  await app.shot('orders-grid');
  // Scrolling to the end loads just the rows that come into view.
  await page.getByTestId('orders-grid').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(page.getByTestId('order-row-loading')).toHaveCount(0);
  await expect.poll(async () => Number(await app.rows().last().getAttribute('aria-rowindex'))).toBeGreaterThanOrEqual(total + 1);
  expect(await app.rows().count()).toBeLessThan(80);
  await page.getByTestId('orders-grid').evaluate((el) => { el.scrollTop = 0; });

  await app.statusChip('买家已付款').click();
  // Keys come off the status index; only the rows in view are loaded.
  await expect(app.count()).toHaveAttribute('data-index', '[status+createdAt]');
  await expect(app.rows().first()).toBeVisible();
  const paid = await app.rowCount();
  expect(paid).toBeGreaterThan(0);
  expect(paid).toBeLessThan(total);
  for (const cell of await app.rows().locator('.ogrid__td--status').allTextContents()) expect(cell).toBe('买家已付款');

  // Sort by amount, ascending then descending.
  await page.getByTestId('sort-amount').click();
  await expect(page.locator('[role="columnheader"][aria-sort="ascending"]')).toContainText('金额');
  // One status sorted by amount is one index, read a window at a time (perf, Dexie v8).
  await expect(app.count()).toHaveAttribute('data-index', '[status+totalFen]');
  await expect(page.getByTestId('order-row-loading')).toHaveCount(0);
  const amounts = (await app.rows().locator('.ogrid__td--amount').allTextContents()).map((s) => Number(s.replace(/[^\d.]/g, '')));
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b));

  const orderNo = (await app.rows().first().getAttribute('data-order-no')) ?? '';
  expect(orderNo).toMatch(/^\d{19}$/);
  for (const typed of [` ${orderNo.slice(0, 6)} ${orderNo.slice(6, 12)} ${orderNo.slice(12)} `, `="${orderNo}"`]) {
    await app.search().fill(typed);
    await expect(app.count()).toContainText('共 1 单');
    await expect(app.rows()).toHaveCount(1);
    await expect(app.rows().first()).toHaveAttribute('data-order-no', orderNo);
  }

  // Column chooser hides a column and keeps the choice after a reload.
  await page.getByTestId('column-chooser').click();
  const goods = page.getByRole('menuitemcheckbox', { name: '商品', exact: true });
  await expect(goods).toHaveAttribute('aria-checked', 'true');
  await goods.click();
  await expect(goods).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  await expect(page.locator('[role="columnheader"]', { hasText: '商品' })).toHaveCount(0);
  await page.reload();
  await app.openGrid();
  await expect(page.locator('[role="columnheader"]', { hasText: '最新备注' })).toHaveCount(1);
  await expect(page.locator('[role="columnheader"]', { hasText: '商品' })).toHaveCount(0);

  // Keyboard: Enter on the grid opens the row under the cursor in its own tab.
  await app.search().fill(`="${orderNo}"`);
  await expect(app.rows()).toHaveCount(1);
  await page.getByTestId('orders-grid').focus();
  await page.keyboard.press('Enter');
  await expect(app.detail()).toContainText(orderNo);
  await app.shot('orders-order-tab');
});
