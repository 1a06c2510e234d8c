import { expect, test } from '@playwright/test';
import { CasesPage, localInput } from '../pages/CasesPage';
import { ShiftPage } from '../pages/ShiftPage';

test('a note about a buyer written in the buyer tab survives a reload and is found by 笔记 search', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  const nick = (await page.locator('.queue-item__nick').first().textContent()) ?? '';
  const detail = await app.openBuyer(nick);

  // Same editor as the memo book: the saved state shows only after the commit.
  await detail.getByTestId('subject-note-add').click();
  const text = '怕冷，下次发顺丰并附手写卡片';
  await detail.getByTestId('note-body').fill(text);
  await app.expectSaved();
  await app.shot('shift-buyer-note');

  await page.reload();
  await page.locator('.tab--entity .tab__label').filter({ hasText: `买家 ${nick}` }).click();
  await expect(page.getByTestId('buyer-detail').getByTestId('note-body')).toHaveValue(text);

  // 笔记 search finds it by pinyin initials of 手写卡片, labelled with the buyer.
  await app.openNotes();
  await page.getByTestId('notes-search').fill('sxkp');
  const hit = app.noteItems().filter({ hasText: `买家 ${nick}` });
  await expect(hit).toHaveCount(1);
  await hit.click();
  await expect(app.noteBody()).toHaveValue(text);
  // Without a query the memo book lists only the agent's and the shop's own notes.
  await page.getByTestId('notes-search').fill('');
  await expect(app.noteItems().filter({ hasText: `买家 ${nick}` })).toHaveCount(0);
});

test('a promise added by hand from a case is counted among the tray follow-ups', async ({ page }) => {
  const app = new ShiftPage(page);
  const cases = new CasesPage(page);
  await app.startDemo();
  await cases.createFromConversation('质量问题', '袖口开线');

  await page.getByTestId('subject-followups-toggle').click();
  const promises = page.getByTestId('subject-promises');
  await promises.getByTestId('promise-form-what').fill('三天内补寄一件新的');
  await promises.getByTestId('promise-form-due').fill(localInput(-30 * 60_000));
  await expect.poll(() => app.trayFollowUps()).toBeGreaterThanOrEqual(0);
  const before = await app.trayFollowUps();
  await promises.getByTestId('promise-form-save').click();
  // Already due: asked first, then recorded and counted at once.
  // The question is a modal dialog over the page (not inside the panel).
  await expect(page.getByTestId('promise-past-confirm')).toBeVisible();
  await page.getByTestId('promise-past-yes').click();
  await expect(promises.getByTestId('promise-row').filter({ hasText: '三天内补寄一件新的' })).toContainText('已超时');
  await expect.poll(() => app.trayFollowUps(), { timeout: 15_000 }).toBe(before + 1);
  await app.shot('shift-case-promise');

  // The 交接 tab lists it with the buyer's other promises.
  await app.openHandover();
  await expect(page.getByTestId('promises-panel').getByTestId('promise-row').filter({ hasText: '三天内补寄一件新的' })).toBeVisible();
});
