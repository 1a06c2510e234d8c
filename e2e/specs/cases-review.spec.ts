import { expect, test, type Page } from '@playwright/test';
import { CasesPage, localInput } from '../pages/CasesPage';
import { DesktopNotifications } from '../pages/DesktopNotifications';

const DAY = 86_400_000;

/** An order number from the demo's review register (every demo review has an order). */
async function someOrderNo(page: Page, cases: CasesPage): Promise<string> {
  await cases.openTab('评价');
  await page.getByTestId('reviews-view-register').click();
  const cell = page.getByTestId('review-grid-row').first().getByRole('cell').nth(5);
  await expect(cell).toHaveText(/^\d{6,}$/);
  const no = (await cell.textContent()) ?? '';
  await expect(page.getByTestId('summary-modification')).toContainText('%');
  await cases.app.shot('cases-review-register');
  await page.getByTestId('reviews-view-queue').click();
  await expect(page.getByTestId('review-item').first()).toBeVisible();
  await cases.app.shot('cases-review-queue');
  return no;
}

async function registerReview(page: Page, orderNo: string, text: string, cause: string, postedOffsetMs: number): Promise<void> {
  await page.getByTestId('review-new').click();
  await page.getByTestId('review-order').fill(orderNo);
  await page.getByTestId('review-text').fill(text);
  await page.getByTestId('review-posted').fill(localInput(postedOffsetMs));
  await page.getByTestId('review-new-cause').selectOption({ label: cause });
  await page.getByTestId('review-register').click();
  await expect(page.getByTestId('review-case')).toBeVisible();
}

test('a 差评 with cause 心情 cannot be contacted the day it is posted, and the screen says from when', async ({ page }) => {
  const cases = new CasesPage(page);
  await cases.app.startDemo();
  const orderNo = await someOrderNo(page, cases);
  await registerReview(page, orderNo, '收到了，没什么感觉，不喜欢', '心情', -60_000);
  const tomorrow = new Date(Date.now() + 8 * 3_600_000 + DAY).toISOString().slice(5, 10);
  await expect(page.getByTestId('contact-blocked')).toHaveText(`心情类评价当天不联系，最早 ${tomorrow} 09:00 再联系买家`);
  await expect(page.getByTestId('contact-add')).toBeDisabled();
  await expect(page.getByTestId('review-status')).toHaveText('待联系');
  await expect(page.getByTestId('cause-suggestion')).toContainText('心情');
  await cases.app.shot('cases-review-mood');
});

test('a review near the end of its 30-day window appears in the tray summary even after a contact planned for later', async ({ page }) => {
  test.setTimeout(90_000);
  // Record notifications the browser host raises for newly due tray items.
  await page.context().grantPermissions(['notifications']);
  const toasts = new DesktopNotifications(page);
  await toasts.install();
  const cases = new CasesPage(page);
  await cases.app.startDemo();
  const orderNo = await someOrderNo(page, cases);
  const text = `线头很多做工粗糙-${Date.now() % 100000}`;
  // Posted 28 days ago: the window ends in 2 days, so the 3-days-before reminder has passed.
  await registerReview(page, orderNo, text, '质量', -28 * DAY);
  await expect(page.getByTestId('explain-countdown')).toContainText('还剩 1天');
  await toasts.forget();
  await cases.logContact('旺旺', '留言了，买家暂未回复', localInput(36 * 3_600_000));
  await expect(page.getByTestId('review-status')).toHaveText('联系中');
  // The next contact is a day and a half away, but the deadline reminder keeps the review due in the tray.
  const notes = async () => (await toasts.all()).filter((n) => n.title === '中差评该联系了').map((n) => `${n.title}|${n.body}`);
  await expect.poll(async () => (await notes()).some((n) => n.includes(text)), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => cases.overdueCases()).toBeGreaterThan(0);
  await cases.app.shot('cases-review-deadline');
});
