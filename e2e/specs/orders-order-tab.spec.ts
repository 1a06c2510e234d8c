import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';

test('the order tab keeps a shared note about the order and records a promise about it for its buyer', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openGrid();
  const orderNo = (await app.rows().first().getAttribute('data-order-no')) ?? '';
  await app.openOrder(orderNo);

  // The note about this order: the shift area's editor, autosaved, still there after a reload.
  const notes = page.getByTestId('order-notes');
  await notes.getByTestId('subject-note-add').click();
  await notes.getByTestId('note-title').fill('这单的包装');
  await notes.getByTestId('note-body').fill('买家要求礼盒包装，不放价签');
  await expect(notes.getByTestId('note-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  await page.reload();
  await app.tab(`订单 ${orderNo}`).click();
  await expect(page.getByTestId('order-notes').getByTestId('note-body')).toHaveValue('买家要求礼盒包装，不放价签');

  // A promise about this order: buyer and order are fixed by the tab, no number to type.
  const promise = page.getByTestId('order-promise');
  await expect(promise.getByTestId('promise-form-buyer')).toHaveCount(0);
  await expect(promise.getByTestId('promise-form-order')).toHaveCount(0);
  await promise.getByTestId('promise-form-what').fill('周三前补寄赠品小袜子');
  await promise.getByTestId('promise-form-save').click();
  await expect(promise.getByTestId('promise-form-what')).toHaveValue('');
  await app.shot('orders-order-tab-notes');

  // It is now an open promise in the 交接 tab, and opening it leads back to this order.
  await app.tab('交接').click();
  const row = page.getByTestId('promise-row').filter({ hasText: '周三前补寄赠品小袜子' });
  await expect(row).toBeVisible();
  await row.getByRole('button').first().click();
  await expect(app.detail()).toContainText(orderNo);
});
