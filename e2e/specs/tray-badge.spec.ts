import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

test('the title and favicon badge show the unanswered count; a reply lowers it and the simulator raises it', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await expect.poll(() => app.trayCount()).toBeGreaterThan(0);
  const start = await app.trayCount();
  await expect(page).toHaveTitle(`(${start}) 小二工作台`);
  expect(await app.faviconBadge()).toBe(String(start));

  // Answer the longest-waiting buyer: the queue, the title and the badge drop by one.
  await app.waitingItems().first().click();
  await page.getByTestId('composer').fill('您好，在的，请问有什么可以帮您？');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.trayCount()).toBe(start - 1);
  await expect(page).toHaveTitle(`(${start - 1}) 小二工作台`);
  expect(await app.faviconBadge()).toBe(String(start - 1));

  // The simulator keeps buyers coming: the count rises again without anyone touching the page.
  await expect.poll(() => app.trayCount(), { timeout: 45_000, intervals: [1000] }).toBeGreaterThan(start - 1);
  await expect(page).toHaveTitle(/^\(\d+\) 小二工作台$/);
});

test('an empty reply is refused with a message and nothing is sent', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  await expect(page.locator('.msg').first()).toBeVisible();
  const before = await page.locator('.msg').count();
  await page.getByTestId('composer').fill('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('回复内容为空，不能发送');
  await expect(page.locator('.msg')).toHaveCount(before);
});
