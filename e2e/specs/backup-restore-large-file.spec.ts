import { expect, test } from '@playwright/test';
import { SettingsPage } from '../pages/SettingsPage';
import { objectBackupText, readBackupText, type BackupContent, type EditableBackup } from '../fixtures/backupFile';

test('a backup file several pieces big, in the one-object layout of older versions, is restored from a file through the worker, showing how far it is', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();
  await app.openSettingsQuiet();
  const file = await app.exportBackup();

  // 1,500 long chats (about 10 MB of UTF-8, so five 2 MB pieces, cut inside Chinese characters).
  const backup = readBackupText(file.text) as unknown as EditableBackup;
  const model = backup.tables['messages']![0]!;
  for (let i = 0; i < 1500; i++) {
    backup.tables['messages']!.push({ ...model, id: `BIG-${String(i).padStart(5, '0')}`, text: `亲，第 ${i} 位买家问尺码，建议拍大一码哦😀`.repeat(100) });
  }
  // Written as every backup was before the lines layout: one JSON object, the log after the records.
  const text = objectBackupText(backup as BackupContent);
  expect(text.startsWith('{"format":"xiaoer-backup"')).toBe(true);
  expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 2 * 1024 * 1024);
  const before = await app.storeFacts();

  // Every progress line the screen shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="backup-progress"]')?.textContent;
      if (t && seen[seen.length - 1] !== t) seen.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await app.restoreFile(file.name, text);
  const question = await app.answerConfirm(true);

  await expect(page.getByTestId('backup-counts')).toContainText(/恢复完成：新增 1500 条/, { timeout: 60_000 });
  expect(question).toContain(`共 ${Object.entries(backup.tables).filter(([t]) => t !== 'changes').reduce((s, [, r]) => s + r.length, 0)} 条记录`);
  expect(workers.some((url) => url.includes('restore.worker'))).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(seen.some((t) => /^正在读取并检查备份… \d+%$/.test(t))).toBe(true);
  expect(seen.some((t) => /^正在恢复… \d+%$/.test(t))).toBe(true);
  await expect(page.getByTestId('backup-progress')).toBeHidden();
  await app.shot('backup-large-file-restored');

  const after = await app.storeFacts();
  expect(after.counts['messages']).toBe(before.counts['messages']! + 1500);
  expect(after.counts['shops']).toBe(before.counts['shops']);
});
