import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('typing "绝对保证不掉色" shows the lint warning with a suggestion, and the reply can still be sent', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  await app.composer().click();
  await page.keyboard.type('绝对保证不掉色');
  const warnings = page.getByTestId('lint-warnings');
  await expect(warnings).toContainText('绝对承诺');
  await expect(warnings).toContainText('「保证」是绝对化的承诺');
  await expect(page.getByTestId('lint-suggestion').first()).not.toBeEmpty();
  await expect(page.getByTestId('lint-rewrite')).toHaveText('尽量不掉色');
  await app.shot('presale-lint');

  // Warnings never block: Enter sends the text as typed.
  await page.keyboard.press('Enter');
  await expect(app.lastAgentMessage()).toHaveText('绝对保证不掉色');
  await expect(warnings).toHaveCount(0);

  // The suggested rewrite is one click away.
  await app.composer().fill('这款保证不掉色');
  await page.getByRole('button', { name: '采用建议' }).first().click();
  await expect(app.composer()).not.toHaveValue(/保证/);
});
