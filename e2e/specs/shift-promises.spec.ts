import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';

/** A datetime-local value (Shanghai wall clock) `ms` from now. */
const shanghaiInput = (ms: number): string => new Date(Date.now() + ms + 8 * 3600_000).toISOString().slice(0, 16);

test('a promise recorded from the composer reaches the tray when due and the next handover; a past due time asks first', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  const nick = (await page.locator('.chat__head strong').textContent()) ?? '';

  // A reply that promises something: the offer suggests tomorrow 10:00; Alt+P records it.
  await page.getByTestId('composer').fill('亲，这个问题我问下仓库，明天给您答复');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('promise-offer')).toContainText('稍后答复');
  await expect(page.getByTestId('promise-due')).toHaveValue(/T10:00$/);
  await expect(page.getByTestId('promise-what')).toHaveValue('明天给您答复');
  await page.keyboard.press('Alt+p');
  await expect(page.getByTestId('promise-saved')).toBeVisible();

  // A plain reply offers nothing.
  await page.getByTestId('composer').fill('好的亲');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('promise-offer')).toHaveCount(0);

  // A callback promise whose due time is set in the past: asked first, then recorded and due at once.
  await expect.poll(() => app.trayFollowUps()).toBeGreaterThanOrEqual(0);
  const before = await app.trayFollowUps();
  await page.getByTestId('composer').fill('稍后给您回电话');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('promise-offer')).toContainText('回电');
  await page.getByTestId('promise-due').fill(shanghaiInput(-2 * 3600_000));
  await page.getByTestId('promise-record').click();
  await expect(page.getByTestId('promise-past-confirm')).toContainText('分钟');
  await expect(page.getByTestId('promise-saved')).toHaveCount(0);
  await app.shot('shift-promise-past-confirm');
  await page.getByTestId('promise-past-yes').click();
  await expect(page.getByTestId('promise-saved')).toBeVisible();
  await expect.poll(() => app.trayFollowUps(), { timeout: 15_000 }).toBe(before + 1);

  // Both are open in the 交接 tab; the overdue one is in the handover compiled for the next shift.
  await app.openHandover();
  await expect(page.getByTestId('promise-row')).toHaveCount(2);
  await expect(page.getByTestId('promise-row').filter({ hasText: '稍后给您回电话' })).toContainText('已超时');
  const outgoing = page.getByTestId('handover-outgoing');
  await expect(outgoing.getByTestId('handover-item').filter({ hasText: `${nick}：稍后给您回电话` })).toBeVisible();
  await app.shot('shift-promises');
  await page.getByTestId('handover-sign-out').click();
  await page.getByTestId('sign-in-KF1002').click();
  await expect(page.getByTestId('handover-incoming').getByTestId('handover-item').filter({ hasText: `${nick}：稍后给您回电话` })).toBeVisible();

  // Keeping it is one key on the focused row; the tray count drops again.
  const row = page.getByTestId('promise-row').filter({ hasText: '稍后给您回电话' });
  await row.focus();
  await page.keyboard.press('k');
  await expect(row).toHaveCount(0);
  await expect.poll(() => app.trayFollowUps(), { timeout: 15_000 }).toBe(before);
});

test('a promise added by hand needs a known buyer and what was promised', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  const nick = (await page.locator('.queue-item__nick').first().textContent()) ?? '';
  await app.openHandover();
  await page.getByTestId('promise-form-buyer').fill('没有这个人');
  await page.getByTestId('promise-form-what').fill('补寄发票');
  await page.getByTestId('promise-form-save').click();
  await expect(page.getByTestId('promises-panel').getByRole('alert')).toContainText('找不到买家');
  await page.getByTestId('promise-form-buyer').fill(nick);
  await page.getByTestId('promise-form-save').click();
  await expect(page.getByTestId('promise-row').filter({ hasText: '补寄发票' })).toBeVisible();
});
