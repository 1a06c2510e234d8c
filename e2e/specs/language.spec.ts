import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

test('the agent switches the whole UI to English in 设置 without a restart, and it stays after reload', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await app.tab('设置').click();
  await page.getByText('English', { exact: true }).click();
  await expect(app.tab('Chats')).toBeVisible();
  await expect(app.tab('Settings')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Agents sharing this PC' })).toBeVisible();
  await app.shot('settings-en');
  await page.reload();
  await expect(app.tab('Payments')).toBeVisible();
  await page.getByText('简体中文', { exact: true }).click();
  await expect(app.tab('接待')).toBeVisible();
});
