import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('an empty reply cannot be sent and a 10,000-character message renders without freezing', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  await expect(page.locator('.msg').first()).toBeVisible();
  const before = await page.locator('.msg').count();
  await app.composer().fill(' \n ');
  await page.getByRole('button', { name: '发送', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('回复内容为空，不能发送');
  await expect(page.locator('.msg')).toHaveCount(before);

  const long = '这件衣服的面料说明如下。'.repeat(834).slice(0, 10_000);
  await app.composer().fill(long);
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect(app.lastAgentMessage()).toHaveText(long);
  // The page still answers input right after: typing into the composer shows up at once.
  await app.composer().fill('还在吗');
  await expect(app.composer()).toHaveValue('还在吗');
  console.log(`[presale-bad-input] 10,000-character message sent and rendered in ${Date.now() - started} ms`);
  await app.shot('presale-long-message');
});
