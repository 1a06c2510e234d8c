import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';

test('a command is found in Ctrl+K by its Chinese label or its pinyin initials and runs on the screen on view; F1 lists every key', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();

  // 笔记: "xjbj" finds 新建笔记 (Alt+N), and Enter runs it: a new note opens in the editor.
  await app.openNotes();
  const before = await app.noteItems().count();
  let input = await app.openPalette();
  await input.pressSequentially('xjbj');
  const hit = page.locator('.palette__item').first();
  await expect(hit).toContainText('新建笔记');
  await expect(hit).toContainText('Alt+N');
  await app.shot('palette-command');
  await page.keyboard.press('Enter');
  await expect(input).toHaveCount(0);
  await expect(app.noteItems()).toHaveCount(before + 1);
  await expect(app.noteBody()).toBeVisible();

  // 待核实: a command of the list runs on the order chosen there, as its key C would.
  await app.tab('催付').click();
  await page.getByTestId('payments-view-verify').click();
  const first = page.getByTestId('verify-item').first();
  await expect(first).toBeVisible();
  const orderNo = (await first.getAttribute('data-order-no')) ?? '';
  input = await app.openPalette();
  await input.pressSequentially('买家已确认');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verify-notice')).toContainText(`订单 ${orderNo} 已核实`);

  // The list's own keys: J moves down, K up; in the new-address field A and C are just letters.
  await page.getByTestId('verify-list').focus();
  const items = page.getByTestId('verify-item');
  await expect(items.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('j');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(items.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('a');
  await expect(page.getByTestId('new-address')).toBeFocused();
  await page.keyboard.type('ca');
  await expect(page.getByTestId('new-address')).toHaveValue('ca');
  await expect(page.getByTestId('verify-notice')).toContainText(`订单 ${orderNo} 已核实`);

  // A command the screen on view does not have is not offered.
  await app.tab('接待').click();
  input = await app.openPalette();
  await input.pressSequentially('买家已确认');
  await expect(page.locator('.palette__item')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The sheet itself is a command too; it lists the list keys J and K beside the arrows.
  input = await app.openPalette();
  await input.pressSequentially('快捷键');
  await page.keyboard.press('Enter');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toBeVisible();
  await expect(help.locator('[data-command="payments:next"]')).toContainText('↓ · J');
  await expect(help.locator('[data-command="payments:prev"]')).toContainText('↑ · K');
  await expect(help.locator('[data-command="handover:keepPromise"]')).toContainText('K');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await app.press('F1');
  await expect(help.locator('[data-command="verify:next"]')).toContainText('↓ · J');
});
