import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { TAOBAO_FULL_HEADER, taobaoFullExport, taobaoFullRow, type TaobaoOrder } from '../fixtures/orderExport';
import { OrdersPage } from '../pages/OrdersPage';

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now (the 核实 list shows the last week's payments). */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const order = (no: string, over: Partial<TaobaoOrder>): TaobaoOrder => ({
  orderNo: no, nick: '导入的小林', status: '买家已付款，等待卖家发货', goods: '118.00', postage: '10.00', paid: '128.00',
  receiver: '林女士', address: '浙江省杭州市西湖区文三路1号', phone: '13812340001', createdAt: shanghai(90), paidAt: shanghai(88),
  title: '加绒连帽卫衣', shopName: '青禾衣舍旗舰店', ...over,
});

test("a real Taobao export (GBK, full columns): each order keeps its own recipient for reveal and 核实, 买家留言 is shown, a doubled row is refused by row", async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openGrid();

  const home = order('3987654321098765501', { buyerNote: '请发顺丰', memo: '老客户 送小样' });
  const gift = order('3987654321098765502', { receiver: '林妈妈', address: '江苏省南京市鼓楼区中山路2号', phone: '13900000002', createdAt: shanghai(80), paidAt: shanghai(79) });
  const twice = order('3987654321098765503', { nick: '重复的', receiver: '某人' });
  const file = taobaoFullExport([home, gift, twice, { ...twice, paid: '1.00' }]);
  expect(TAOBAO_FULL_HEADER.length).toBeGreaterThan(40);
  expect(taobaoFullRow(home)).toContain("'13812340001");

  await page.getByTestId('orders-import-open').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('order-import-pick').click();
  await (await chooser).setFiles({ name: 'ExportOrderList.csv', mimeType: 'text/csv', buffer: file });
  await expect(page.getByTestId('order-import-preview')).toContainText('共 4 行。将新增 2 单');
  // Into the Pinduoduo shop first shown, the file is warned about before anything is written.
  if ((await page.getByTestId('order-import-shop').locator('option:checked').textContent()) !== '青禾衣舍旗舰店') {
    await expect(page.getByTestId('order-import-mismatch')).toContainText('这像是淘宝/天猫的导出文件');
    await expect(page.getByTestId('order-import-confirm')).toBeDisabled();
    await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
  }
  await expect(page.getByTestId('order-import-mismatch')).toHaveCount(0);
  await expect(page.getByTestId('order-import-problem')).toHaveText(['第 5 行 · 订单编号：订单编号 3987654321098765503 与第 4 行相同，两行都未导入：请核对文件后重新导出']);
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 2 单');
  // The refused row stays listed after the import, ready to be saved.
  await expect(page.getByTestId('order-import-problem')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByTestId('order-import-save-problems').click();
  const saved = await (await download).path();
  const csv = readFileSync(saved, 'utf8');
  expect(csv).toContain('行号,列,原因');
  expect(csv).toContain('5,订单编号,订单编号 3987654321098765503 与第 4 行相同');

  // The order tab: 买家留言 and the platform's own memo (not a signed remark); its own recipient, revealed.
  await app.openOrder(home.orderNo);
  await expect(page.getByTestId('order-buyer-note')).toHaveText('请发顺丰');
  await expect(page.getByTestId('order-platform-memo')).toHaveText('老客户 送小样');
  await expect(page.getByTestId('address-current')).toHaveText('浙江省杭州市西湖区文三路****');
  await app.revealAddress('核实收货信息');
  await expect(page.getByTestId('order-address')).toContainText('林女士');
  await expect(page.getByTestId('address-current')).toHaveText('浙江省杭州市西湖区文三路1号');

  await app.openOrder(gift.orderNo);
  await app.revealAddress('核实收货信息');
  await expect(page.getByTestId('order-address')).toContainText('林妈妈');
  await expect(page.getByTestId('order-address')).toContainText('13900000002');
  await expect(page.getByTestId('address-current')).toHaveText('江苏省南京市鼓楼区中山路2号');

  // 核实 sends each order's own recipient, and repeats the buyer's note.
  for (const [o, name] of [[home, '林女士'], [gift, '林妈妈']] as const) {
    await app.openPayments('verify');
    const item = page.locator(`[data-testid="verify-item"][data-order-no="${o.orderNo}"]`);
    await item.click();
    if (o.buyerNote) await expect(page.getByTestId('verify-buyer-note')).toContainText('请发顺丰');
    await page.getByTestId('send-verify').click();
    await expect(page.getByTestId('verify-notice')).toContainText('核实消息已发给');
    await app.openOrder(o.orderNo);
    const sent = page.locator('.ochat__msg--agent').last();
    await expect(sent).toContainText(`收件人：${name}`);
    if (o.buyerNote) await expect(sent).toContainText('您的留言：请发顺丰');
  }

  // The chat's buyer panel lists the orders with the buyer's note.
  await page.getByRole('button', { name: '打开会话' }).click();
  await expect(page.getByTestId('buyer-panel-buyer-note')).toContainText('请发顺丰');
  await app.shot('orders-import-real');
});
