import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { ShiftPage } from './ShiftPage';

/** 设置 as an agent uses it, mostly 备份与恢复 (and the first-start restore card). */
export class SettingsPage extends ShiftPage {
  constructor(page: Page) {
    super(page);
  }

  async openSettings(): Promise<void> {
    await this.tab('设置').click();
    await expect(this.backupSection()).toBeVisible();
  }

  backupSection(): Locator {
    return this.page.getByTestId('backup-section');
  }

  /** The kept backups, newest first (in 设置, or on the first-start screen). */
  backupRows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  /** 设置 with the simulated buyers stopped, so "nothing changed" and exact counts can be checked. */
  async openSettingsQuiet(): Promise<void> {
    await this.tab('设置').click();
    await this.page.getByTestId('simulator-toggle').click();
    await expect(this.page.getByTestId('simulator-toggle')).not.toBeChecked();
  }

  async backupNow(): Promise<void> {
    await this.page.getByTestId('backup-now').click();
    await expect(this.page.getByTestId('backup-notice')).toContainText('已备份');
  }

  /** Restores a kept backup, accepting the confirmation; returns the confirmation's text. */
  async restoreRow(row: Locator): Promise<string> {
    await row.getByRole('button', { name: '恢复此备份' }).click();
    return this.answerConfirm(true);
  }

  /** 导出到文件: the backup file as the browser downloads it, after saying why (the export is audited). */
  async exportBackup(reason = '换电脑，拷到新电脑上恢复'): Promise<{ name: string; text: string }> {
    const wait = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出到文件' }).click();
    const why = this.page.getByTestId('export-why');
    await why.getByRole('textbox').fill(reason);
    await why.getByRole('button', { name: '导出到文件' }).click();
    const d = await wait;
    return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
  }

  /** 从文件恢复 with the given content; a good file is then asked about (`answerConfirm`). */
  async restoreFile(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('backup-restore-file').click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** The local store is lost (the database deleted), as a broken disk or a wiped profile would leave it; the page reloads. */
  async wipeStore(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          // The app's open connection closes itself on versionchange, so the delete is not blocked for long.
          const req = indexedDB.deleteDatabase('xiaoer-desk');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(new Error('the store could not be deleted'));
        }),
    );
    await this.page.reload();
  }

  /** Row counts of some tables and one shop's name, read straight from IndexedDB. */
  async storeFacts(): Promise<{ counts: Record<string, number>; shopNames: string[] }> {
    return this.page.evaluate(
      () =>
        new Promise<{ counts: Record<string, number>; shopNames: string[] }>((resolve) => {
          const req = indexedDB.open('xiaoer-desk');
          req.onsuccess = () => {
            const db = req.result;
            const names = ['shops', 'orders', 'messages', 'notes', 'changes'];
            const tx = db.transaction(names);
            const counts: Record<string, number> = {};
            for (const n of names) {
              const c = tx.objectStore(n).count();
              c.onsuccess = () => { counts[n] = c.result; };
            }
            const shops = tx.objectStore('shops').getAll();
            tx.oncomplete = () => {
              db.close();
              resolve({ counts, shopNames: (shops.result as { name: string }[]).map((s) => s.name).sort() });
            };
          };
        }),
    );
  }
}
