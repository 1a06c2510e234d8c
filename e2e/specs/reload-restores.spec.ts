import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

test('a reload keeps the signed-in agent, the open tabs, the active tab and the data', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  const agent = await page.getByTestId('current-agent').textContent();
  const nick = (await page.locator('.queue-item__nick').first().textContent()) ?? '';
  const input = await app.openPalette();
  await input.fill(nick);
  await expect(page.locator('.palette').getByRole('option').first()).toContainText(nick);
  // A buyer hit opens the buyer's chat in its own tab.
  await page.keyboard.press('Enter');
  await expect(app.activeTab()).toContainText(`会话 ${nick}`);
  await app.tab('订单').click();

  await page.reload();
  await expect(page.getByTestId('current-agent')).toHaveText(agent ?? '');
  await expect(app.activeTab()).toHaveText('订单');
  await expect(page.locator('.tab--entity')).toContainText(nick);
  await page.locator('.tab--entity .tab__label').click();
  await expect(app.activeTab()).toContainText(`会话 ${nick}`);
  await expect(page.getByTestId('composer')).toBeVisible();
  await app.press('Control+1');
  await expect(app.waitingItems().first()).toBeVisible();
});
