import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('a buyer is transferred to another agent with a reason and shows up first in that agent\'s queue', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  const nick = (await app.chatNick().textContent()) ?? '';
  const me = ((await page.getByTestId('current-agent').textContent()) ?? '').split(' · ')[0]!;

  // A modal dialog: focus moves in, Esc closes it and gives the focus back to the reply box.
  await app.composer().focus();
  await app.press('Alt+t'); // the same as the 转交 button
  const dialog = page.getByRole('dialog', { name: '转交给同事' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(page.getByLabel('转交给', { exact: true })).toBeFocused();
  await app.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(app.composer()).toBeFocused();
  await app.press('Alt+t');
  await expect(page.getByLabel('转交给', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: '确认转交' }).click();
  await expect(page.getByRole('alert')).toHaveText('请选择要转交的客服');
  // The error belongs to its field: the list is marked invalid and described by the message.
  await expect(page.getByLabel('转交给', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('转交给', { exact: true })).toHaveAccessibleDescription('请选择要转交的客服');
  const select = page.getByLabel('转交给', { exact: true });
  const target = await select.locator('option').nth(1).textContent();
  const targetName = (target ?? '').split('（')[0]!;
  const targetNo = (target ?? '').match(/（(.+)）/)?.[1] ?? '';
  await select.selectOption({ index: 1 });
  await page.getByRole('button', { name: '确认转交' }).click();
  await expect(page.getByRole('alert')).toHaveText('请写明转交原因，方便同事接手');
  await page.getByLabel('转交原因').fill('买家想找主管谈价格');
  await page.getByRole('button', { name: '确认转交' }).click();
  await expect(page.getByTestId('chat-notice')).toHaveText(`已转交给 ${targetName}`);
  await expect(page.locator('.msg--system').last()).toContainText(`${me} 转交给 ${targetName}：买家想找主管谈价格`);
  // Gone from my queue.
  await expect(page.locator('.queue-item__nick', { hasText: nick })).toHaveCount(0);

  // The colleague signs in and finds the buyer at the top of the queue, with the reason.
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByTestId(`sign-in-${targetNo}`).click();
  await expect(page.getByTestId('current-agent')).toContainText(targetName);
  const first = app.waitingItems().first();
  await expect(first.locator('.queue-item__nick')).toHaveText(nick);
  await expect(first.getByTestId('queue-transfer')).toHaveText(`由 ${me} 转来：买家想找主管谈价格`);
  await app.shot('presale-transfer');
});
