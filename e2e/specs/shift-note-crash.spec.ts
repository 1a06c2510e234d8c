import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchKillable, ShiftPage } from '../pages/ShiftPage';

const TYPED = '今天下午三点前要给老客户回电话确认换货地址然后把新单号发给仓库同时记得问一下赠品有没有备好';

test('typing in a note, killing the browser without unload and reopening shows the text up to the last second', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-crash-'));
  try {
    const first = await launchKillable(dir);
    const app = new ShiftPage(first.page);
    await app.startDemo();
    await app.openNotes();
    await app.newNote();
    await app.noteBody().click();
    // ~20 characters a second; the kill comes right after the last keystroke, with no pause.
    await first.page.keyboard.type(TYPED, { delay: 50 });
    first.kill();
    await first.context.close().catch(() => undefined);

    const second = await launchKillable(dir);
    const again = new ShiftPage(second.page);
    await second.page.goto('/');
    // The kill may also take the not-yet-flushed localStorage (who was signed in): sign in again.
    await again.signInIfAsked('KF1001');
    await again.openNotes();
    await expect(again.noteBody()).toBeVisible();
    const body = await again.noteBody().inputValue();
    // Everything but at most the last second of typing (20 characters) survives, in order.
    expect(TYPED.startsWith(body)).toBe(true);
    expect(body.length).toBeGreaterThanOrEqual(TYPED.length - 20);
    await again.shot('shift-notes-after-crash');
    await second.context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a renderer crash before the autosave loses nothing: the journal restores the note with a message', async ({ page, context }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.openNotes();
  await app.newNote();
  await app.noteBody().fill('已经保存的开头');
  await app.expectSaved();
  await app.noteBody().press('End');
  // Typed and crashed at once: the 400 ms autosave never runs, only the journal has the tail.
  await page.keyboard.type('，崩溃前刚打的字');
  const reopened = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = new ShiftPage(reopened);
  await reopened.goto('/');
  await expect(reopened.getByRole('tablist')).toBeVisible();
  await expect(again.activeTab()).toHaveText('笔记');
  await expect(reopened.getByTestId('note-recovered')).toContainText('崩溃日志');
  await expect(again.noteBody()).toHaveValue('已经保存的开头，崩溃前刚打的字');
  await again.shot('shift-notes-recovered');
});
