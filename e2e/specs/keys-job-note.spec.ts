import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

// Issue 16, job 5: write a note right after switching to 笔记. 30 keys before; goal ≤ 3 + text.
test('keyboard only: Ctrl+7, Alt+N, and what the agent types is the new note', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Control+7');
  await expect(app.activeTab()).toHaveText('笔记');
  await expect(page.getByTestId('notes-search')).toBeFocused();
  await keys.press('Alt+n');
  await expect(app.noteBody()).toBeFocused();
  await expect(app.noteBody()).toHaveValue('');
  await keys.type('下午三点前给王女士回电话，确认换货尺码');
  await expect(app.noteBody()).toHaveValue('下午三点前给王女士回电话，确认换货尺码');
  await app.expectSaved();
  await expect(app.noteItems().first()).toContainText('下午三点前给王女士回电话');

  // Alt+N from inside the search box: the new note takes the focus, not the search.
  await page.getByTestId('notes-search').focus();
  await keys.press('Alt+n');
  await expect(app.noteBody()).toBeFocused();
  await expect(app.noteBody()).toHaveValue('');

  console.log(`[keys-job-note] ${keys.toString()}`);
  expect(keys.presses - 1).toBeLessThanOrEqual(3);
  expect(await clicks()).toBe(0);
});
