import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { taobaoFullExport } from '../fixtures/orderExport';
import { OrdersPage } from '../pages/OrdersPage';

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now. */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

test('the watched export folder: a GBK export downloaded there is offered as "发现新导出", and imports with the same preview', async ({ page }) => {
  test.setTimeout(240_000);
  const folder = await mkdtemp(join(tmpdir(), 'xiaoer-downloads-'));
  const app = new OrdersPage(page);
  try {
    await app.startDemo();
    await app.tab('设置').click();
    const section = page.getByTestId('export-folder-section');
    // A folder that is not there is said so, by name.
    await section.getByTestId('export-folder-input').fill(join(folder, 'nowhere'));
    await section.getByTestId('export-folder-save').click();
    await expect(section.locator('.field__error')).toContainText('找不到文件夹');
    await section.getByTestId('export-folder-input').fill(folder);
    await section.getByTestId('export-folder-save').click();
    await expect(section.getByTestId('export-folder-state')).toHaveText(`正在监视：${folder}`);
    await section.scrollIntoViewIfNeeded();
    await app.shot('settings-export-folder');

    // The browser's download lands: first under its partial name, then renamed.
    const file = taobaoFullExport([{
      orderNo: '3987654321098765701', nick: '文件夹里的买家', status: '买家已付款，等待卖家发货', goods: '118.00', postage: '10.00', paid: '128.00', receiver: '林女士',
      address: '浙江省杭州市西湖区文三路1号', phone: '13812340001', createdAt: shanghai(60), paidAt: shanghai(59), title: '加绒连帽卫衣', shopName: '青禾衣舍旗舰店',
    }]);
    await writeFile(join(folder, 'ExportOrderList202611.csv'), file);
    await expect(page.getByTestId('export-notice-open')).toHaveText('发现新导出：ExportOrderList202611.csv · 导入?', { timeout: 30_000 });
    await app.shot('export-notice');
    await page.getByTestId('export-notice-open').click();

    // The 导入订单 panel opens on 订单 with the file's preview.
    await expect(page.getByTestId('order-import-preview')).toContainText('ExportOrderList202611.csv：共 1 行。将新增 1 单');
    await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
    await page.getByTestId('order-import-confirm').click();
    await expect(page.getByTestId('order-import-done')).toContainText('新增 1 单');
    // Once taken, the notice is gone and does not come back for the same file.
    await expect(page.getByTestId('export-notice')).toHaveCount(0);
    await page.waitForTimeout(6000);
    await expect(page.getByTestId('export-notice')).toHaveCount(0);
  } finally {
    // The browser host's watcher is shared by the run's tests: stop watching.
    await app.tab('设置').click();
    await page.getByTestId('export-folder-stop').click().catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
});
