import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { OrdersPage } from '../pages/OrdersPage';

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now (an unpaid order must stay open). */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A Taobao 订单报表 as the platform exports it: a title line, then the header, in GBK. */
const EXPORT = [
  '订单报表',
  '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司',
  `="3987654321098765432",导入的小满,128.00,等待买家付款,赵小满,广东省深圳市南山区科技园南路8号,13712345678,${shanghai(20)},,加绒连帽卫衣,1,,`,
  `="3987654321098765433",导入的小满,59.90,"买家已付款，等待卖家发货",赵小满,广东省深圳市南山区科技园南路8号,13712345678,${shanghai(60)},${shanghai(58)},纯棉袜子三双装,1,,`,
  '3.98765E+18,被改坏的,10.00,交易成功,,,,2026-11-19 10:00:00,2026-11-19 10:01:00,袜子,1,,',
  '="3987654321098765434",状态不明,10.00,神秘状态,,,,2026-11-19 10:00:00,,袜子,1,,',
].join('\r\n');

test('a GBK Taobao export is previewed with every bad row named, imports the good orders once, and a wrong file is explained', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openGrid();
  const before = await app.rowCount();

  await page.getByTestId('orders-import-open').click();
  // A Taobao file goes into the Tmall shop (into the Pinduoduo one it would be warned about).
  await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
  const upload = async (name: string, bytes: Buffer): Promise<void> => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('order-import-pick').click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
  };
  await upload('订单报表.csv', iconv.encode(EXPORT, 'gbk'));

  // Nothing is written before the agent confirms; the preview says what will happen and why rows stay out.
  await expect(page.getByTestId('order-import-preview')).toContainText('订单报表.csv：共 4 行。将新增 2 单、更新 0 单，0 单没有变化，新建买家 1 位。');
  await expect(page.getByTestId('order-import-problem')).toHaveText([
    /^第 5 行 · 订单编号：已被 Excel 改成科学计数法（3\.98765E\+18）/,
    '第 6 行 · 订单状态：不认识的订单状态「神秘状态」',
  ]);
  expect(await app.rowCount()).toBe(before);
  await app.shot('orders-import-preview');

  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 2 单，更新 0 单');
  await expect.poll(() => app.rowCount()).toBe(before + 2);

  // The 19-digit numbers arrive intact, with the buyer, status and masked address.
  await app.search().fill('3987654321098765432');
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('导入的小满');
  await expect(app.rows().first()).toContainText('等待买家付款');
  await app.rows().first().locator('button.mono').click();
  await expect(app.detail()).toContainText('广东省深圳市南山区科技园****');
  await expect(app.detail()).not.toContainText('科技园南路8号');

  // The same file again changes nothing and offers nothing to import.
  await app.tab('订单').click();
  await page.getByTestId('orders-import-open').click();
  await upload('订单报表.csv', iconv.encode(EXPORT, 'gbk'));
  await expect(page.getByTestId('order-import-preview')).toContainText('将新增 0 单、更新 0 单，2 单没有变化');
  await expect(page.getByTestId('order-import-confirm')).toBeDisabled();

  // A file that is not an order export is named as such.
  await upload('快捷短语.csv', iconv.encode('分组,标题,内容\r\n招呼,欢迎,您好', 'gbk'));
  await expect(page.getByTestId('order-import-problem')).toHaveText(['整个文件 · 订单编号：前几行里没有“订单编号”列，这是订单导出文件吗？']);
  await expect(page.getByTestId('order-import-confirm')).toBeDisabled();
});
