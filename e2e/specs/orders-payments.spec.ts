import { expect, test, type Page } from '@playwright/test';
import { DesktopNotifications } from '../pages/DesktopNotifications';
import { IngestPage } from '../pages/IngestPage';
import { OrdersPage } from '../pages/OrdersPage';

const num = async (page: Page, testId: string, attr: string): Promise<number> => Number(await page.getByTestId(testId).getAttribute(attr));

test('a due 催付 reminder is sent with one key into the chat, the buyer pays, the order leaves the queue and the success rate rises', async ({ page }) => {
  test.setTimeout(180_000);
  const toasts = new DesktopNotifications(page);
  await toasts.install();
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.removeQuietHours();

  await app.openPayments('queue');
  await expect(app.dueItems().first()).toBeVisible();
  // Each reminder that became due raised its own notification through the tray provider.
  await expect.poll(async () => (await toasts.all()).filter((n) => n.title.includes('催付') || n.body.includes('催付')).length).toBeGreaterThan(0);
  const notes = (await toasts.all()).map((n) => n.tag);
  expect(new Set(notes).size).toBe(notes.length);
  await app.shot('payments-queue');

  const paidBefore = await num(page, 'rate-mine', 'data-paid');
  const remindedBefore = await num(page, 'rate-mine', 'data-reminded');
  // The shop's ERP connection: where a payment the demo buyer does not make is reported from.
  const ingest = new IngestPage(page);
  const { url, token } = await ingest.connection();
  const shops = (await ingest.section().locator('.ingest__shop').allTextContents()).map((t) => t.trim().split(/\s+/)) as [string, string][];
  await app.openPayments('queue');
  await expect(app.firstTimeDueItems().first()).toBeVisible();

  // An order not reminded before: one already credited to this agent today would not add to the count.
  const item = app.firstTimeDueItems().first();
  const orderId = (await item.getAttribute('data-order-id')) ?? '';
  const orderNo = (await item.getAttribute('data-order-no')) ?? '';
  const itemText = (await item.textContent()) ?? '';
  await item.click();
  const preview = (await page.getByTestId('payment-preview').textContent()) ?? '';
  await page.getByTestId('payment-queue').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('payment-notice')).toContainText('催付消息已发到');
  await expect(page.locator(`[data-testid="payment-item"][data-order-id="${orderId}"][data-state="due"]`)).toHaveCount(0);
  await expect.poll(() => num(page, 'rate-mine', 'data-reminded')).toBe(remindedBefore + 1);
  // The reminder is in the buyer's conversation, signed by this agent, and in the order's 催付 history.
  await app.openOrder(orderNo);
  await expect(page.locator('.ochat__msg--agent').last()).toContainText(preview.slice(0, 12));
  await expect(page.getByTestId('payment-history')).toContainText('旺旺消息');
  await app.shot('payments-order-history');
  // Three in five demo buyers pay a few seconds after a reminder; for the others the platform's
  // payment comes in through the shop's ERP (the ingest endpoint), as it would for a real shop.
  const paidBySimulatedBuyer = await expect(page.getByTestId('order-status')).toHaveText('买家已付款', { timeout: 20_000 }).then(() => true, () => false);
  if (!paidBySimulatedBuyer) {
    const shopId = shops.find(([name]) => itemText.includes(name))?.[1] ?? '';
    const at = Date.now();
    const answer = await ingest.post(url, token, JSON.stringify({ events: [{ eventId: `pay-${orderNo}`, type: 'order.paid', shopId, at, orderNo, paidAt: at }] }));
    expect(answer.body.rejected).toEqual([]);
    await expect(page.getByTestId('order-status')).toHaveText('买家已付款', { timeout: 20_000 });
  }
  await app.tab('催付').click();
  await expect(page.locator(`[data-testid="payment-item"][data-order-id="${orderId}"]`)).toHaveCount(0);
  // An order reminded earlier may also have paid meanwhile: at least this one counts.
  await expect.poll(() => num(page, 'rate-mine', 'data-paid')).toBeGreaterThan(paidBefore);
  await expect(app.successRate()).toContainText('催付成功率');
  // The day picker: the last 7 days include today's reminders; yesterday's window excludes them.
  const today = Number(await app.successRate().getAttribute('data-reminded'));
  await page.getByTestId('rate-span').selectOption('week');
  await expect(app.successRate()).toHaveAttribute('data-span', 'week');
  await expect.poll(async () => Number(await app.successRate().getAttribute('data-reminded'))).toBeGreaterThanOrEqual(today);
  await page.getByTestId('rate-span').selectOption('yesterday');
  await expect(app.successRate()).toHaveAttribute('data-span', 'yesterday');
  await expect(page.getByTestId('rate-span')).toHaveValue('yesterday');
  await page.getByTestId('rate-span').selectOption('today');
  await expect.poll(async () => Number(await app.successRate().getAttribute('data-reminded'))).toBeGreaterThanOrEqual(today);
  await app.shot('payments-after-pay');
});
