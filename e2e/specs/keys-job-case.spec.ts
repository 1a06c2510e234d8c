import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

// Issue 16, job 4: register an aftersale case from a chat. 12 keys before (Enter did not submit); goal ≤ 6.
test('keyboard only: from the chat, Alt+A opens 登记售后 on its first field, ↓ picks the type, Ctrl+Enter registers', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  await expect(page.getByTestId('case-from-conversation')).toBeVisible();
  await keys.press('Alt+a');
  const type = page.getByTestId('case-type');
  await expect(type).toBeFocused();
  const before = await type.inputValue();
  await keys.press('ArrowDown');
  await expect(type).not.toHaveValue(before);
  const label = (await type.locator('option:checked').textContent()) ?? '';
  await keys.press('Control+Enter');
  await expect(page.getByTestId('new-case')).toHaveCount(0);
  await expect(app.activeTab()).toContainText(label);

  console.log(`[keys-job-case] ${keys.toString()}`);
  expect(keys.presses).toBeLessThanOrEqual(6);
  expect(await clicks()).toBe(0);
});
