import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

// Issue 16, job 1: take the next buyer and answer a sizing question with a phrase (/cm). 8 keys before; goal ≤ 4.
test('keyboard only: the next buyer, "/cm", a sizing question answered in at most 4 keys', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();
  await app.phrasesReady();
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  const nick = (await app.activeNick().textContent()) ?? '';
  await keys.press('/');
  await expect(app.picker()).toBeFocused();
  await keys.type('cm');
  await expect(page.getByTestId('phrase-option').first()).toContainText('身高');
  await keys.press('Enter');
  await expect(app.composer()).toHaveValue(/身高、体重和平时穿的尺码/);
  await keys.press('Enter');
  await expect(app.lastAgentMessage()).toContainText('身高、体重和平时穿的尺码');
  await expect(page.locator('.queue-item__nick', { hasText: new RegExp(`^${nick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toHaveCount(0);

  console.log(`[keys-job-phrase] ${keys.toString()}`);
  expect(keys.presses).toBeLessThanOrEqual(4);
  expect(await clicks()).toBe(0);
});
