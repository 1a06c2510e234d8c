import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';

test('a 催付 policy with a step after auto-close, negative minutes or overlapping quiet hours is refused naming the field; flag meanings show in the grid', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openPayments('policy');
  const errors = page.getByTestId('policy-errors');

  // Promotion preset (30 minutes), then a step 45 minutes after the order: after auto-close.
  await page.getByRole('button', { name: '用大促规则（30 分钟关单）' }).click();
  await expect(page.getByTestId('policy-autoClose')).toHaveValue('30');
  await page.getByTestId('policy-step-0').getByLabel('分钟数').fill('45');
  await page.getByTestId('policy-save').click();
  await expect(errors).toContainText('第 1 步 · 分钟数：下单后 45 分钟才催，已经到了或超过自动关闭时间（30 分钟）');
  await expect(errors).not.toContainText('steps.0');

  // Negative minutes.
  await page.getByTestId('policy-step-0').getByLabel('分钟数').fill('-5');
  await page.getByTestId('policy-save').click();
  await expect(errors).toContainText('第 1 步 · 分钟数：不能小于 1');

  // Overlapping quiet hours: 21:00–23:00 overlaps the default 22:00–08:00 window.
  await page.getByTestId('policy-step-0').getByLabel('分钟数').fill('10');
  await page.getByRole('button', { name: '加一个时段' }).click();
  const added = page.locator('[data-testid^="policy-quiet-"]').last();
  await added.getByLabel('开始').fill('21:00');
  await added.getByLabel('结束').fill('23:00');
  await page.getByTestId('policy-save').click();
  await expect(errors).toContainText('免打扰时段 3：和免打扰时段 1（20:00–22:00）重叠');
  await app.shot('payments-policy-errors');

  // Fixed: saved; the form kept everything typed.
  await added.getByRole('button', { name: '删除' }).click();
  await page.getByTestId('policy-save').click();
  await expect(errors).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('的催付规则已保存');
  await expect(page.getByTestId('policy-autoClose')).toHaveValue('30');

  // A shop's flag meaning is edited and the grid shows it.
  await page.getByTestId('flag-meaning-2').fill('等买家回复');
  await page.getByRole('button', { name: '保存旗帜含义' }).click();
  await expect(page.getByText('旗帜含义已保存')).toBeVisible();
  const shop = await page.getByTestId('policy-shop').locator('option:checked').textContent();
  await app.openGrid();
  await page.locator('.ofilters').getByLabel('店铺', { exact: true }).selectOption({ label: shop ?? '' });
  await page.locator('.ofilters').getByLabel('旗帜', { exact: true }).selectOption('2');
  await expect(app.count()).toHaveAttribute('data-index', 'sort:createdAt ∩ [shopId+createdAt] ∩ [flag+createdAt]');
  await expect(page.getByTestId('order-row-loading')).toHaveCount(0);
  const n = await app.rowCount();
  if (n > 0) await expect(app.rows().first().locator('.ogrid__td--flag')).toContainText('等买家回复');
});
