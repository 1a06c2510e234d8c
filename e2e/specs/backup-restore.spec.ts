import { expect, test } from '@playwright/test';
import { SettingsPage } from '../pages/SettingsPage';
import { linesBackupText, readBackupText, type BackupContent, type EditableBackup } from '../fixtures/backupFile';

test('a note backed up by 立即备份 comes back after the local store is lost, and signing out takes another backup', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();
  await app.openNotes();
  await app.newNote();
  await page.getByTestId('note-title').fill('备份演练');
  await app.noteBody().fill('顾客要求周五前发货，已经答应');
  await app.expectSaved();

  await app.openSettings();
  await expect(page.getByTestId('backup-last')).toHaveText('还没有备份。');
  await app.backupNow();
  await expect(app.backupRows()).toHaveCount(1);
  await expect(page.getByTestId('backup-last')).toContainText(/上次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（[\d.]+ (KB|MB)）/);
  await app.shot('backup-settings');

  // A bad day: the local store is lost, the note with it (清除演示数据 keeps an agent's notes, so
  // the whole database goes; the kept backups live apart from it).
  await app.wipeStore();
  await expect(page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  expect((await app.storeFacts()).counts['notes']).toBe(0);

  // The first-start screen offers the kept backup.
  const restore = page.getByTestId('welcome-restore');
  await expect(restore.getByTestId('backup-row')).toHaveCount(1);
  await app.shot('backup-welcome-restore');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const question = await app.restoreRow(restore.getByTestId('backup-row').first());
  expect(question).toContain('在备份之后修改或删除的内容会保留');
  // Read in pieces and checked off the console's thread, in the restore worker.
  expect(workers.some((url) => url.includes('restore.worker'))).toBe(true);

  // Everything is back and the agent is in the console again, with the counts shown.
  await expect(page.getByRole('tablist')).toBeVisible();
  const counts = page.getByTestId('backup-counts');
  // Added: the lost records; skipped: nothing the store still had (it had nothing).
  await expect(counts).toContainText(/恢复完成：新增 [1-9]\d* 条，更新 0 条，保留较新的 0 条，相同跳过 \d+ 条；同步日志新增 [1-9]\d* 条/);
  await app.openNotes();
  await expect(app.noteItems().filter({ hasText: '备份演练' })).toHaveCount(1);
  await app.noteItems().filter({ hasText: '备份演练' }).click();
  await expect(app.noteBody()).toHaveValue('顾客要求周五前发货，已经答应');
  await app.shot('backup-restored');
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(counts).toBeHidden();

  // Switching agent backs up what changed since: the note, edited after the restore.
  await app.openNotes();
  await app.noteItems().filter({ hasText: '备份演练' }).click();
  await app.noteBody().fill('顾客要求周五前发货，已经答应；已和仓库确认');
  await app.expectSaved();
  const agentName = (await page.getByTestId('current-agent').textContent())?.split(' · ')[0] ?? '';
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: new RegExp(agentName) }).first().click();
  await app.openSettings();
  await expect(app.backupRows()).toHaveCount(2);
});

test('a backup file with a bad field is refused naming table, row and field, and nothing changes', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();
  await app.openSettingsQuiet();
  const file = await app.exportBackup();
  expect(file.name).toMatch(/^xiaoer-backup-\d{8}-\d{6}\.json$/);

  // A file that would rename a shop (a newer record) — but its third message has a number as text.
  const backup = readBackupText(file.text) as unknown as EditableBackup;
  const shop = backup.tables['shops']![0]!;
  shop['name'] = '不该出现的店名';
  shop['updatedAt'] = (shop['updatedAt'] as number) + 3_600_000;
  backup.tables['messages']![2]!['text'] = 12345;
  const before = await app.storeFacts();

  await app.restoreFile(file.name, linesBackupText(backup as BackupContent));
  const problems = page.getByTestId('backup-problems');
  await expect(problems).toContainText('这个备份文件有问题，没有恢复任何内容');
  await expect(problems).toContainText('第 3 行 · 回复内容：应为文字');
  await app.backupSection().scrollIntoViewIfNeeded();
  await app.shot('backup-bad-file');
  expect(await app.storeFacts()).toEqual(before);
  expect(before.shopNames).not.toContain('不该出现的店名');

  // A file from another program is refused as such.
  await app.restoreFile('other.json', JSON.stringify({ format: 'someone-else', tables: {} }));
  await expect(problems).toContainText('这不是小二工作台的备份文件');
  expect(await app.storeFacts()).toEqual(before);
});

test('when the disk refuses the backup taken at sign-out, the agent sees it on screen', async ({ page }) => {
  // A full disk: the private file system refuses every write.
  await page.addInitScript(() => {
    FileSystemFileHandle.prototype.createWritable = () => Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'));
  });
  const app = new SettingsPage(page);
  await app.startDemo();
  await page.getByRole('button', { name: '换人' }).click();
  const alert = page.getByTestId('backup-failed');
  await expect(alert).toContainText('自动备份失败');
  // The step that failed, in Chinese; the browser's English stays out of the screen.
  await expect(alert).toContainText('系统没有完成这一步（backup:');
  await expect(alert).not.toContainText('The disk is full.');
  await app.shot('backup-failed');
  await alert.getByRole('button', { name: '知道了' }).click();
  await expect(alert).toBeHidden();
});

test('after a change the next backup is a small incremental, and restoring it brings back the full backup with the change', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  await app.backupNow();
  await expect(page.getByTestId('backup-kind')).toHaveText(['完整']);

  await app.openNotes();
  await app.newNote();
  await page.getByTestId('note-title').fill('增量演练');
  await app.noteBody().fill('这一条只在增量备份里');
  await app.expectSaved();
  // Names have second precision: the next backup must not share the first one's second.
  await page.waitForTimeout(1100);
  await app.openSettings();
  await app.backupNow();
  await expect(page.getByTestId('backup-kind')).toHaveText(['增量', '完整']);
  const sizes = await app.backupRows().locator('td.num').allTextContents();
  const bytes = (s: string) => parseFloat(s) * (s.includes('MB') ? 1024 * 1024 : s.includes('KB') ? 1024 : 1);
  expect(bytes(sizes[0]!)).toBeLessThan(bytes(sizes[1]!) / 5);
  await app.backupSection().scrollIntoViewIfNeeded();
  await app.shot('backup-incremental');

  // The incremental file picked by hand, alone, is refused naming the full backup it needs.
  const inc = await page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
    for await (const [name, h] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
      if (name.includes('-inc-')) return { name, text: await (await h.getFile()).text() };
    }
    throw new Error('no incremental backup kept');
  });
  await app.restoreFile(inc.name, inc.text);
  await expect(page.getByTestId('backup-problems')).toContainText(/这是一个增量备份，只包含 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 那次完整备份之后的改动/);

  await page.getByRole('button', { name: '清除演示数据' }).click();
  await app.answerConfirm(true);
  await expect(page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  const restore = page.getByTestId('welcome-restore');
  await expect(restore.getByTestId('backup-kind')).toHaveText(['增量', '完整']);
  // The incremental alone holds one note; its chain brings the whole shop back.
  const question = await app.restoreRow(restore.getByTestId('backup-row').first());
  expect(Number(/共 (\d+) 条记录/.exec(question)?.[1])).toBeGreaterThan(50);
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(page.getByTestId('backup-counts')).toContainText(/恢复完成：新增 [1-9]\d* 条/);
  await app.openNotes();
  await app.noteItems().filter({ hasText: '增量演练' }).click();
  await expect(app.noteBody()).toHaveValue('这一条只在增量备份里');
  expect((await app.storeFacts()).counts['orders']).toBeGreaterThan(0);
});
