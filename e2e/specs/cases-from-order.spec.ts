import { expect, test } from '@playwright/test';
import { CasesPage } from '../pages/CasesPage';

test('a case registered from an order tab, and one by hand from an order number, are prefilled from the order and queued by due time', async ({ page }) => {
  const cases = new CasesPage(page);
  await cases.app.startDemo();

  // An order number from a demo case in the 售后 queue.
  await cases.openTab('售后');
  await page.getByTestId('ticket-item').first().click();
  const orderNo = (await page.locator('.detail__facts dd').nth(1).textContent())?.match(/\d{6,}/)?.[0] ?? '';
  expect(orderNo).toMatch(/^\d{6,}$/);
  const product = (await page.locator('.detail__facts dd').nth(2).textContent())?.trim() ?? '';

  // From the order's own tab.
  const input = await cases.app.openPalette();
  await input.fill(orderNo);
  await expect(page.locator('.palette__item').first()).toContainText(orderNo);
  await page.keyboard.press('Enter');
  await page.getByTestId('case-from-order').click();
  await page.getByTestId('case-type').selectOption({ label: '少发' });
  await page.getByTestId('case-summary').fill('少了一条腰带');
  await page.getByTestId('case-create').click();
  await expect(page.getByTestId('ticket-case')).toContainText('少发');
  await expect(page.locator('.detail__facts')).toContainText(orderNo);
  await expect(page.locator('.detail__facts')).toContainText(product);

  // By hand in the 售后 tab (Alt+N): typing the order number fills in the rest.
  await cases.openTab('售后');
  await page.keyboard.press('Alt+n');
  await page.getByTestId('case-type').selectOption({ label: '查件' });
  await page.getByTestId('case-order-no').fill(orderNo);
  await expect(page.getByTestId('case-prefill')).toContainText(product);
  // A summary that a spreadsheet would run as a formula.
  await page.getByTestId('case-summary').fill('=SUM(1,2) 物流三天没更新');
  await page.getByTestId('case-create').click();
  await expect(page.getByTestId('ticket-case')).toContainText('查件');

  // Both wait in the queue, ordered by due time, overdue ones first and highlighted.
  await cases.openTab('售后');
  const items = page.getByTestId('ticket-item');
  await expect(items.filter({ hasText: '少了一条腰带' })).toHaveCount(1);
  await expect(items.filter({ hasText: '物流三天没更新' })).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-overdue', 'true');
  await expect(items.first()).toHaveClass(/case-row--over/);
  await cases.app.shot('cases-queue');

  // In the exported register it stays text: a leading apostrophe, read back as one cell.
  await page.getByTestId('aftersale-view-register').click();
  const csv = await cases.download(() => cases.exportWithReason('ticket-export-csv', 'register-export-why'));
  const line = csv.bytes.toString('utf8').split('\r\n').find((l) => l.includes('物流三天没更新')) ?? '';
  expect(line).toContain(`,"'=SUM(1,2) 物流三天没更新",`);
});
