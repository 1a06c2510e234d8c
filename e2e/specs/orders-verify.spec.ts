import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';

test('核实: the confirmation goes to the buyer with one key and is marked confirmed; a changed address keeps the old one and who changed it', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openPayments('verify');
  await expect(app.verifyItems().first()).toBeVisible();
  const before = Number(await page.getByTestId('verify-count').textContent());

  // One key sends the confirmation message; C marks it confirmed and it leaves the list.
  const first = app.verifyItems().first();
  const firstNo = (await first.getAttribute('data-order-no')) ?? '';
  await first.click();
  await page.getByTestId('verify-list').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verify-notice')).toContainText('核实消息已发给');
  await expect(page.locator(`[data-testid="verify-item"][data-order-no="${firstNo}"]`)).toContainText('已发核实消息');
  await app.shot('payments-verify');
  await page.keyboard.press('c');
  await expect(page.getByTestId('verify-notice')).toContainText(`订单 ${firstNo} 已核实`);
  await expect(page.locator(`[data-testid="verify-item"][data-order-no="${firstNo}"]`)).toHaveCount(0);

  // The message in the buyer's chat lists the items with a masked phone.
  await app.openOrder(firstNo);
  const sent = page.locator('.ochat__msg--agent').last();
  await expect(sent).toContainText('麻烦帮忙核对一下收货信息');
  await expect(sent).toContainText(/电话：\d{3}\*{4}\d{4}/);
  await expect(page.locator('.detail__facts').first()).toContainText('买家已确认');

  // An address change: the new address shows as 修改后的收货地址 and the old one stays.
  await app.openPayments('verify');
  const second = app.verifyItems().first();
  const secondNo = (await second.getAttribute('data-order-no')) ?? '';
  await second.click();
  await page.getByTestId('change-address').click();
  await page.getByTestId('new-address').fill('   ');
  await page.getByRole('button', { name: '保存新地址' }).click();
  // The refusal stands under the field it is about, and the screen reader reads it there.
  await expect(page.getByTestId('new-address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('new-address')).toHaveAccessibleDescription('不能为空');
  await page.getByTestId('new-address').fill('江苏省苏州市工业园区星湖街218号创意产业园B座');
  await page.getByRole('button', { name: '保存新地址' }).click();
  await expect(page.getByTestId('verify-notice')).toContainText('新地址已保存');
  await expect(page.locator(`[data-testid="verify-item"][data-order-no="${secondNo}"]`)).toHaveCount(0);
  expect(Number(await page.getByTestId('verify-count').textContent())).toBeLessThanOrEqual(before);

  await app.openOrder(secondNo);
  const address = page.getByTestId('order-address');
  await expect(address).toContainText('修改后的收货地址');
  await expect(page.getByTestId('address-current')).toHaveText(/^江苏省苏州市工业园区星湖.*\*{4}$/);
  await expect(page.getByTestId('address-old')).toContainText('****');
  const agent = ((await page.getByTestId('current-agent').textContent()) ?? '').split(' · ')[0]!;
  await expect(address).toContainText(`${agent} 于`);
  // Revealing the full address is audited and shows the full new one.
  await app.revealAddress('核实收货信息');
  await expect(page.getByTestId('address-current')).toHaveText('江苏省苏州市工业园区星湖街218号创意产业园B座');
  await expect(page.getByText('已被查看 1 次')).toBeVisible();
  await page.getByText(/查看记录（1）/).click();
  await expect(page.getByTestId('order-reveal-log')).toContainText(`${agent} · 收货地址 · 核实收货信息`);
  await app.shot('orders-address-changed');
});
