import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';

test('an agent switches, opens and closes tabs with the keyboard only', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();

  const order = ['接待', '催付', '订单', '售后', '评价', '交接', '笔记', '知识库', '报表'];
  for (const [i, name] of order.entries()) {
    await app.press(`Control+${i + 1}`);
    await expect(app.activeTab()).toHaveText(name);
  }
  await app.press('Control+1');
  await expect(app.activeTab()).toHaveText('接待');

  // Ctrl+K → a tab by name → Enter.
  let input = await app.openPalette();
  await input.pressSequentially('设置');
  await page.keyboard.press('Enter');
  await expect(app.activeTab()).toHaveText('设置');

  // Ctrl+K → a buyer → Enter opens the buyer's chat in a tab, ready to type; Ctrl+W closes it; fixed tabs stay.
  await app.press('Control+1');
  const nick = (await page.locator('.queue-item__nick').first().textContent()) ?? '';
  input = await app.openPalette();
  await input.pressSequentially(nick);
  await expect(page.locator('.palette__item').first()).toContainText(nick);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(app.activeTab()).toContainText(`会话 ${nick}`);
  await expect(page.getByTestId('composer')).toBeFocused();
  await app.press('Control+w');
  await expect(page.locator('.tab--entity')).toHaveCount(0);
  await expect(app.activeTab()).toHaveText('接待');
  await app.press('Control+w');
  await expect(app.tabBar().getByRole('tab')).toHaveCount(10);

  // Escape leaves the palette without opening anything.
  input = await app.openPalette();
  await page.keyboard.press('Escape');
  await expect(input).toHaveCount(0);

  // F1 shows every shortcut on one sheet; Esc closes it; Ctrl+/ opens it too.
  await app.press('F1');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toContainText('下一位等待的买家');
  await expect(help).toContainText('Alt+N');
  await app.shot('shortcut-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await app.press('Control+/');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
