import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ShiftPage } from '../pages/ShiftPage';

test('agent A signs out with two notes; agent B sees the handover at sign-in, acknowledges one, and the other stays visible', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  const a = (await page.getByTestId('current-agent').textContent())?.split(' ')[0] ?? '';
  await app.openHandover();
  const outgoing = page.getByTestId('handover-outgoing');
  await expect(outgoing.getByTestId('handover-item').first()).toBeVisible();
  await page.getByTestId('handover-new-item').fill('请回访买家退款进度');
  await page.keyboard.press('Enter');
  await page.getByTestId('handover-new-item').fill('仓库明早补发两件');
  await page.getByTestId('handover-add-item').click();
  await expect(page.getByTestId('handover-free-item')).toHaveCount(2);
  await page.getByTestId('handover-free-notes').fill('今天大促，催付量大');
  await app.shot('shift-handover-outgoing');
  await page.getByTestId('handover-sign-out').click();

  // B signs in: the 交接 tab opens by itself with A's handover.
  await page.getByTestId('sign-in-KF1002').click();
  await expect(app.activeTab()).toHaveText('交接');
  const incoming = page.getByTestId('handover-incoming');
  await expect(incoming).toContainText(`${a} 于`);
  await expect(incoming.getByTestId('handover-notes')).toHaveText('今天大促，催付量大');
  const first = incoming.getByTestId('handover-item').filter({ hasText: '请回访买家退款进度' });
  const second = incoming.getByTestId('handover-item').filter({ hasText: '仓库明早补发两件' });
  await first.getByTestId('handover-ack').click();
  await expect(first.getByTestId('handover-item-state')).toHaveText('阿杰 已知悉');
  await app.shot('shift-handover-incoming');
  await expect(second.getByTestId('handover-ack')).toBeVisible();
  await incoming.getByTestId('handover-sign-in').click();
  await expect(incoming).toBeHidden();

  // The unacknowledged one stays visible with who left it — also after a reload.
  const unack = page.getByTestId('handover-unacknowledged');
  const left = unack.getByTestId('handover-item').filter({ hasText: '仓库明早补发两件' });
  await expect(left).toContainText(`${a} 留下`);
  await expect(unack.getByTestId('handover-item').filter({ hasText: '请回访买家退款进度' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('handover-unacknowledged').getByTestId('handover-item').filter({ hasText: '仓库明早补发两件' })).toBeVisible();

  // History: searchable, exportable as Markdown.
  await page.getByTestId('handover-history-search').fill('补发两件');
  await expect(page.getByTestId('handover-history-entry')).toHaveCount(1);
  await expect(page.getByTestId('handover-history-entry')).toContainText(`${a} → 阿杰`);
  await page.getByTestId('handover-history-search').fill('没有这种内容');
  await expect(page.getByTestId('handover-history-entry')).toHaveCount(0);
  await page.getByTestId('handover-history-search').fill('补发两件');
  const download = page.waitForEvent('download');
  await page.getByTestId('handover-export-md').click();
  const md = readFileSync((await (await download).path())!, 'utf8');
  expect(md).toContain('仓库明早补发两件');
  expect(md).toContain('- [已知悉] 请回访买家退款进度');
  expect(md).toContain('今天大促，催付量大');
  // PDF goes through the host's print (window.print in the browser host) with only this handover shown.
  await page.evaluate(() => {
    (window as unknown as { printed: string[] }).printed = [];
    window.print = () => (window as unknown as { printed: string[] }).printed.push(document.querySelector('.history-entry--open')?.textContent ?? '');
  });
  await page.getByRole('button', { name: '打印 / PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.join())).toContain('仓库明早补发两件');
  await app.shot('shift-handover-after');
});

test('the daily checklist shows live counts that open their tab, and progress is kept per agent', async ({ page }) => {
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.openHandover();
  const checklist = page.getByTestId('checklist');
  await expect(checklist.getByTestId('checklist-item')).toHaveCount(7);
  await expect.poll(async () => Number(await page.getByTestId('checklist-count-unpaid').textContent())).toBeGreaterThan(0);
  await checklist.getByTestId('checklist-item').filter({ hasText: '未付款订单' }).getByRole('checkbox').click();
  await expect(checklist.getByTestId('checklist-item').filter({ hasText: '未付款订单' }).getByRole('checkbox')).toBeChecked();
  await expect(checklist.getByRole('heading', { name: /今日工作清单/ })).toContainText('1/7');

  // The checklist is configurable: a shop's own item is added for everyone.
  await page.getByTestId('checklist-edit').click();
  await page.getByTestId('checklist-new').fill('关店前核对发票申请');
  await page.keyboard.press('Enter');
  await expect(checklist.getByTestId('checklist-item')).toHaveCount(8);
  await page.getByTestId('checklist-edit').click();
  await page.getByTestId('checklist-count-unpaid').click();
  await expect(app.activeTab()).toHaveText('催付');
  await app.switchTo('KF1002');
  await app.openHandover();
  await expect(page.getByTestId('checklist').getByRole('heading', { name: /今日工作清单/ })).toContainText('0/8');
  await expect(page.getByTestId('checklist')).toContainText('关店前核对发票申请');
  // Back to the first agent: their progress for today is still there.
  await app.switchTo('KF1001');
  await app.openHandover();
  await expect(page.getByTestId('checklist').getByRole('heading', { name: /今日工作清单/ })).toContainText('1/8');
});
