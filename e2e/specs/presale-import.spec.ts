import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { PresalePage } from '../pages/PresalePage';

const CSV = [
  '分组,标题,内容,快捷码,关键词',
  '议价,满两件包邮,亲，拍两件就能包邮啦～,yjby,包邮',
  '快递,顺丰说明,,kdsf,顺丰',
  '跟进,会员日提醒,{买家}您好，本周{会员日}有活动哦,gjhy,会员',
].join('\r\n');

test('a phrase file with a bad row reports that row, keeps the good ones, and flags unknown variables', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.openPhraseLibrary();
  await expect(page.getByTestId('phrase-row').first()).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('phrases-import').click();
  // Saved by a Chinese Excel: GBK, no BOM.
  await (await chooser).setFiles({ name: 'phrases.csv', mimeType: 'text/csv', buffer: iconv.encode(CSV, 'gbk') });
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('从 phrases.csv 导入了 2 条短语');
  await expect(page.getByTestId('import-problem')).toHaveText(['第 3 行 · 内容：不能为空']);
  await expect(report).toContainText('第 4 行 · 内容：未知变量 {会员日}');

  await page.getByLabel('筛选短语').fill('满两件包邮');
  await expect(page.getByTestId('phrase-row')).toHaveCount(1);
  await page.getByLabel('筛选短语').fill('顺丰说明');
  await expect(page.getByTestId('phrase-row')).toHaveCount(0);
  await page.getByLabel('筛选短语').fill('会员日提醒');
  await expect(page.getByTestId('phrase-row').getByTestId('phrase-unknown')).toHaveText('未知变量 {会员日}');

  // The editor flags an unknown variable as the agent types and names the empty field on save.
  await page.getByRole('button', { name: '新建短语' }).click();
  await page.locator('#ph-text').fill('{买家}您好，{优惠券}已经发到您的账户');
  await expect(page.getByTestId('unknown-variables')).toHaveText('未知变量 {优惠券}');
  await page.getByRole('button', { name: '保存短语' }).click();
  await expect(page.getByTestId('phrase-editor').getByRole('alert')).toHaveText('不能为空');
  await expect(page.getByTestId('phrase-editor').locator('.field--error label')).toHaveText('标题');
  await app.shot('presale-import');
  await page.getByRole('button', { name: '取消' }).click();

  // Reorder inside a group: the second 招呼 phrase moves above the first.
  await page.getByLabel('筛选短语').fill('');
  const titles = () => page.getByTestId('phrase-row').locator('td:nth-child(2)').allTextContents();
  const [a, b] = await titles();
  await page.getByRole('button', { name: `下移 ${a}` }).click();
  await expect.poll(async () => (await titles()).slice(0, 2)).toEqual([b, a]);

  // Export as CSV through the host's save: the file has the Chinese header and the imported phrase.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^分组,标题,内容,快捷码,关键词/);
  expect(csv).toContain('满两件包邮');
});
