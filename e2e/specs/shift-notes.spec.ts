import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';

test('a note autosaves, restores an earlier revision, undoes the restore, and is found by pinyin initials', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.openNotes();
  await app.newNote();

  await page.getByTestId('note-title').fill('退换货流程');
  await app.noteBody().fill('客户投诉尺码偏小，先道歉');
  await app.expectSaved();
  // The first change after a saved text keeps that text as a revision.
  await app.noteBody().fill('客户投诉尺码偏小，先道歉，再核实订单 #123456789 和 @不存在的买家');
  await app.expectSaved();
  await expect(page.getByTestId('note-revision')).toHaveCount(1);
  await expect(page.getByTestId('note-link-order')).toHaveText('#123456789');
  await page.getByTestId('note-link-buyer').click();
  await expect(page.getByRole('alert')).toContainText('没有买家');

  // Restore the earlier text, then undo: the newer text comes back and nothing is lost.
  await page.getByTestId('note-revision').first().getByRole('button', { name: '恢复此版本' }).click();
  await expect(app.noteBody()).toHaveValue('客户投诉尺码偏小，先道歉');
  await expect(page.getByTestId('note-restored')).toBeVisible();
  await app.shot('shift-notes-restored');
  await page.getByTestId('undo-restore').click();
  await expect(app.noteBody()).toHaveValue(/再核实订单/);
  await expect(page.getByTestId('note-restored')).toBeHidden();

  // A second note, then search by the pinyin initials of the first one's title.
  await app.newNote();
  await page.getByTestId('note-title').fill('发票抬头');
  await app.expectSaved();
  await expect(app.noteItems()).toHaveCount(2);
  await page.getByTestId('notes-search').fill('thh');
  await expect(app.noteItems()).toHaveCount(1);
  await expect(app.noteItems().first()).toContainText('退换货流程');
  await page.getByTestId('notes-search').fill('khts');
  await expect(app.noteItems()).toHaveCount(1);
  await page.getByTestId('notes-search').fill('fp');
  await expect(app.noteItems().first()).toContainText('发票抬头');
  await app.shot('shift-notes-search');
});

test('a 5 MB paste is refused with a message, the note keeps its text and the page stays responsive', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.openNotes();
  await app.newNote();
  await app.noteBody().fill('原来的内容');
  await app.expectSaved();
  await app.noteBody().focus();
  const ms = await page.evaluate(() => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-testid="note-body"]')!;
    const data = new DataTransfer();
    data.setData('text/plain', '大'.repeat(5 * 1024 * 1024 / 3) + 'x'.repeat(1024 * 1024));
    const t0 = performance.now();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return performance.now() - t0;
  });
  await expect(page.getByTestId('note-paste-problem')).toContainText('超出单条笔记');
  await expect(app.noteBody()).toHaveValue('原来的内容');
  expect(ms).toBeLessThan(1000);
  // Still typing normally right after.
  await app.noteBody().press('End');
  await page.keyboard.type('，继续');
  await expect(app.noteBody()).toHaveValue('原来的内容，继续');
  await app.expectSaved();
  await app.shot('shift-notes-paste');
});
