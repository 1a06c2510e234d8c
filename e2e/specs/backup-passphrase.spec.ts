import { expect, test, type Page } from '@playwright/test';
import { SettingsPage } from '../pages/SettingsPage';

/** Every buyer's and order's contact as IndexedDB holds it: null, or sealed text — never a phone in clear. */
async function storedContacts(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const req = indexedDB.open('xiaoer-desk');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['buyers', 'orders'], 'readonly');
      const out: string[] = [];
      const read = (name: string, field: string) => new Promise<void>((done) => {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => {
          for (const row of r.result as Array<Record<string, unknown>>) if (row[field] !== null && row[field] !== undefined) out.push(typeof row[field] === 'string' ? (row[field] as string).slice(0, 4) : JSON.stringify(row[field]));
          done();
        };
      });
      void Promise.all([read('buyers', 'contactSecret'), read('orders', 'recipient')]).then(() => { db.close(); resolve(out); });
    };
  }));
}

test('a backup exported under the supervisor’s passphrase restores only with it; a wrong one changes nothing', async ({ page }) => {
  const app = new SettingsPage(page);
  await app.startDemo();

  // Contact secrets are sealed in the store (the browser host's key), masked copies beside them.
  const contacts = await storedContacts(page);
  expect(contacts.length).toBeGreaterThan(0);
  expect(contacts.every((c) => c === 'xs1:')).toBe(true);

  await app.openSettingsQuiet();
  // No passphrase yet: where backups are made, a warning says the files hold buyers' phones in clear.
  await expect(page.getByTestId('backup-protection')).toContainText('还没有设置备份密码');
  await expect(page.getByTestId('backup-passphrase')).toContainText('只有主管可以设置');
  await page.getByTestId('backup-protection').scrollIntoViewIfNeeded();
  await app.shot('backup-passphrase-unset');

  await app.switchTo('ZG2001');
  await app.openSettings();
  const form = page.getByTestId('backup-passphrase');
  await form.getByLabel('新的备份密码').fill('qinghe-2026');
  await form.getByLabel('再输入一次').fill('qinghe-2027');
  await page.getByTestId('backup-passphrase-save').click();
  await expect(form.getByLabel('再输入一次')).toHaveAccessibleDescription('两次输入的备份密码不一致');
  await form.getByLabel('再输入一次').fill('qinghe-2026');
  await page.getByTestId('backup-passphrase-save').click();
  await expect(page.getByTestId('backup-passphrase-state')).toContainText('已设置备份密码', { timeout: 15_000 });
  await expect(page.getByTestId('backup-protection')).toContainText('备份已用备份密码加密');
  await form.scrollIntoViewIfNeeded();
  await app.shot('backup-passphrase-setting');

  const file = await app.exportBackup();
  expect(file.text.startsWith('{"format":"xiaoer-sealed-backup"')).toBe(true);
  expect(file.text).not.toContain('"buyers"');
  expect(file.text).not.toContain('contactSecret');
  // The export is audited: who, which file, why.
  await expect(page.getByTestId('export-log')).toContainText(`备份文件 · ${file.name} · 换电脑，拷到新电脑上恢复`);
  const before = await app.storeFacts();

  // Wrong passphrase: refused with a clear message, nothing read, nothing changed.
  await app.restoreFile(file.name, file.text);
  const unlock = page.getByTestId('backup-unlock');
  await expect(unlock).toBeVisible();
  await app.shot('backup-restore-passphrase');
  await unlock.locator('input').fill('qinghe-2025');
  await unlock.getByRole('button', { name: '解锁并检查' }).click();
  await expect(page.getByTestId('backup-problems')).toContainText('备份密码不对', { timeout: 15_000 });
  await app.backupSection().scrollIntoViewIfNeeded();
  await app.shot('backup-restore-wrong-passphrase');
  expect(await app.storeFacts()).toEqual(before);

  // Cancelled: nothing happens either.
  await app.restoreFile(file.name, file.text);
  await page.getByTestId('backup-unlock').getByRole('button', { name: '取消' }).click();
  expect(await app.storeFacts()).toEqual(before);

  // The right one: checked, asked about, restored.
  await app.restoreFile(file.name, file.text);
  await page.getByTestId('backup-unlock').locator('input').fill('qinghe-2026');
  await page.getByTestId('backup-unlock').getByRole('button', { name: '解锁并检查' }).click();
  const question = await app.answerConfirm(true);
  expect(question).toContain('恢复');
  await expect(page.getByTestId('backup-counts')).toContainText('恢复完成', { timeout: 30_000 });
  expect((await storedContacts(page)).every((c) => c === 'xs1:')).toBe(true);
});
