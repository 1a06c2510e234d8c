import { expect, test } from '@playwright/test';
import { SettingsPage } from '../pages/SettingsPage';
import { linesBackupText, readBackupText, type BackupContent, type EditableBackup } from '../fixtures/backupFile';

test('a store several pieces big is exported to a file in pieces, and 从文件恢复 of that file finds every row the same', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();
  await app.openSettingsQuiet();
  const small = await app.exportBackup();

  // Grow the store by 1,500 long chats (about 10 MB of UTF-8) through a restore.
  const backup = readBackupText(small.text) as unknown as EditableBackup;
  const model = backup.tables['messages']![0]!;
  const big = Array.from({ length: 1500 }, (_, i) => ({ ...model, id: `BIG-${String(i).padStart(5, '0')}`, text: `亲，第 ${i} 位买家问尺码，建议拍大一码哦😀`.repeat(100) }));
  backup.tables['messages']!.push(...big);
  await app.restoreFile(small.name, linesBackupText(backup as BackupContent));
  await app.answerConfirm(true);
  await expect(page.getByTestId('backup-counts')).toContainText(/恢复完成：新增 1500 条/, { timeout: 60_000 });
  await page.getByRole('button', { name: '知道了' }).click();

  // The export is now more than two 2 M-character pieces long, and every grown row is in it byte for byte.
  const exported = await app.exportBackup();
  expect(exported.text.length).toBeGreaterThan(2 * 2 * 1024 * 1024);
  // Exported as JSON lines: a row per line, so a restore reads it a piece at a time.
  expect(exported.text.split('\n', 1)[0]).toContain('"layout":"lines"');
  const back = readBackupText(exported.text) as unknown as EditableBackup;
  const grown = back.tables['messages']!.filter((m) => String(m['id']).startsWith('BIG-'));
  expect(JSON.stringify(grown)).toBe(JSON.stringify(big));

  // Restoring that very file checks it whole and finds nothing new: the round trip lost nothing.
  await app.restoreFile(exported.name, exported.text);
  const question = await app.answerConfirm(true);
  await expect(page.getByTestId('backup-counts')).toContainText(/恢复完成：新增 0 条，更新 0 条，保留较新的 0 条，相同跳过 [1-9]\d* 条/, { timeout: 60_000 });
  const rows = Object.entries(back.tables).filter(([t]) => t !== 'changes').reduce((s, [, r]) => s + r.length, 0);
  expect(question).toContain(`共 ${rows} 条记录`);
  await app.shot('backup-large-export-round-trip');
});
