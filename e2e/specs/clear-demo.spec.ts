import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';

test('clearing the demo data removes the demo shop after a confirmation and returns to first start, keeping the note the agent wrote', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  // The agent writes a note while trying the demo.
  await app.openNotes();
  await app.newNote();
  await app.noteBody().fill('演示里记下的：大促前先核对库存');
  await app.expectSaved();
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();

  await page.getByRole('button', { name: '清除演示数据' }).click();
  expect(await app.answerConfirm(false)).toContain('你自己创建的店铺和记录不受影响');
  await expect(page.locator('.plain-list li')).toHaveCount(3);

  // The confirmation says what goes and what stays.
  await page.getByRole('button', { name: '清除演示数据' }).click();
  expect(await app.answerConfirm(true)).toContain('会保留：你写的所有笔记');
  await expect(page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  const left = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('xiaoer-desk');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['shops', 'orders', 'conversations', 'messages', 'buyers']);
          let total = 0;
          let pending = 5;
          for (const name of ['shops', 'orders', 'conversations', 'messages', 'buyers']) {
            const c = tx.objectStore(name).count();
            c.onsuccess = () => { total += c.result; if (--pending === 0) { db.close(); resolve(total); } };
          }
        };
      }),
  );
  expect(left).toBe(0);

  // A real shop started next finds the note, now a shared shop note.
  await page.getByLabel('店铺名称').fill('晴天小铺');
  await page.getByLabel('我的姓名').fill('王芳');
  await page.getByLabel('工号').fill('kf01');
  await page.getByRole('button', { name: '创建并开始' }).click();
  await app.skipSetup();
  await app.openNotes();
  await expect(app.noteItems()).toHaveCount(1);
  await expect(app.noteItems().first()).toContainText('大促前先核对库存');
});
