import { expect, test, type Page } from '@playwright/test';
import { gbkFile, taobaoFullExport, type TaobaoOrder } from '../fixtures/orderExport';
import { PDD_AFTERSALE_HEADER, taobaoRefundLines, type TaobaoRefund } from '../../shared/domain/refundImport/fixtures/refundExports';
import { OrdersPage } from '../pages/OrdersPage';

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now. */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('order-import-pick').click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

const order: TaobaoOrder = {
  orderNo: '3987654321098765601', nick: '退款的小林', status: '交易成功', goods: '118.00', postage: '10.00', paid: '128.00', receiver: '林女士',
  address: '浙江省杭州市西湖区文三路1号', phone: '13812340001', createdAt: shanghai(3000), paidAt: shanghai(2990), title: '加绒连帽卫衣', shopName: '青禾衣舍旗舰店',
};
const refund = (over: Partial<TaobaoRefund> = {}): TaobaoRefund => ({
  refundNo: '201234567890123456', orderNo: order.orderNo, nick: order.nick, paid: '128.00', amount: '64.00', needsReturn: '是', appliedAt: shanghai(60),
  timeoutAt: shanghai(-2000), status: '买家已经申请退款，等待卖家同意', reason: '质量问题', explanation: '袖口开线', title: '加绒连帽卫衣', shopName: '青禾衣舍旗舰店', ...over,
});

test('a GBK Taobao 退款报表 through the 导入订单 panel creates aftersale cases linked to their order; a newer file moves them forward; a bad row is named', async ({ page }) => {
  test.setTimeout(240_000);
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.tab('订单').click();
  await page.getByTestId('orders-import-open').click();
  await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
  await pickFile(page, 'ExportOrderList.csv', taobaoFullExport([order]));
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 1 单');

  // The refund file, picked in the same panel, is told by its header and previewed as cases.
  const other = refund({ refundNo: '201234567890123457', orderNo: '3987654321098765699', nick: '没下过单的', reason: '少件/漏发', needsReturn: '否', amount: '20.00' });
  const bad = refund({ refundNo: '201234567890123458', status: '神秘状态' });
  await pickFile(page, '退款报表.csv', gbkFile(taobaoRefundLines([refund(), other, bad])));
  await expect(page.getByTestId('order-import-kind')).toContainText('这是退款/售后导出');
  await expect(page.getByTestId('order-import-preview')).toContainText('退款报表.csv：共 3 行。将新建售后 2 个、更新 0 个，0 个没有变化，新建买家 1 位。');
  await expect(page.getByTestId('order-import-problem')).toHaveText(['第 4 行 · 退款状态：不认识的退款/售后状态「神秘状态」']);
  await app.shot('orders-import-refunds');
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('已导入售后：新建 2 个');

  // The case is in 售后, linked to the order, with the platform's refund beside the agent's work.
  await app.tab('售后').click();
  await page.getByTestId('ticket-item').filter({ hasText: '退款的小林' }).first().click();
  await expect(page.getByTestId('ticket-case')).toContainText('质量问题 · 袖口开线');
  await expect(page.getByTestId('ticket-case')).toContainText(order.orderNo);
  await expect(page.getByTestId('ticket-platform-refund')).toHaveText('买家已经申请退款，等待卖家同意 · 退款编号 201234567890123456 · ¥64.00');

  // A newer export: the refund went through; the case is resolved, never sent back by the older file.
  await app.tab('订单').click();
  await page.getByTestId('orders-import-open').click();
  await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
  await pickFile(page, '退款报表2.csv', gbkFile(taobaoRefundLines([refund({ status: '退款成功' })])));
  await expect(page.getByTestId('order-import-preview')).toContainText('将新建售后 0 个、更新 1 个，0 个没有变化');
  await page.getByTestId('order-import-confirm').click();
  await pickFile(page, '退款报表.csv', gbkFile(taobaoRefundLines([refund()])));
  await expect(page.getByTestId('order-import-preview')).toContainText('将新建售后 0 个、更新 0 个，1 个没有变化');
});

test('JD and Pinduoduo order exports through the same panel; Pinduoduo’s split address is one address; its 售后 file names an order not imported yet', async ({ page }) => {
  test.setTimeout(240_000);
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.tab('订单').click();
  await page.getByTestId('orders-import-open').click();

  await page.getByTestId('order-import-shop').selectOption({ label: '小豆芽母婴优选' });
  await pickFile(page, 'pdd-orders.csv', gbkFile([
    '订单号,商品,订单状态,用户实付金额(元),商品数量(件),收货人,手机,省,市,区,街道,详细地址,订单成交时间,支付时间,用户昵称',
    `261120-398765432101,婴儿保温杯,待发货,59.90,1,王先生,13900001111,浙江省,杭州市,西湖区,文新街道,文三路1号3幢,${shanghai(90)},${shanghai(89)},pdd_导入的王`,
  ]));
  await expect(page.getByTestId('order-import-mismatch')).toHaveCount(0);
  await expect(page.getByTestId('order-import-preview')).toContainText('将新增 1 单');
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 1 单');

  // JD into the Tmall shop: warned as another platform's file, imported once the agent confirms.
  await page.getByTestId('order-import-shop').selectOption({ label: '青禾衣舍旗舰店' });
  await pickFile(page, 'jd-orders.csv', gbkFile([
    '订单号,下单帐号,应付金额,订单状态,下单时间,商品名称,购买数量,京东价,客户姓名,联系电话,客户地址',
    `398765432102,jd_导入的李,100.00,等待出库,${shanghai(80)},上衣,1,60.00,李女士,13700002222,北京市朝阳区建国路1号`,
    `398765432102,jd_导入的李,100.00,等待出库,${shanghai(80)},裤子,1,40.00,李女士,13700002222,北京市朝阳区建国路1号`,
  ]));
  await expect(page.getByTestId('order-import-mismatch')).toContainText('这像是京东的导出文件');
  await page.getByTestId('order-import-mismatch-ack').check();
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 1 单');

  // Pinduoduo's 售后 file names no buyer: a row whose order is not here yet is refused by row.
  await page.getByTestId('order-import-shop').selectOption({ label: '小豆芽母婴优选' });
  await pickFile(page, 'pdd-aftersale.csv', gbkFile([PDD_AFTERSALE_HEADER,
    `8800112233,261120-398765432101,婴儿保温杯,仅退款,待商家处理,19.90,少件/漏发,${shanghai(30)},小豆芽母婴优选`,
    `8800112234,261120-398765432199,婴儿保温杯,仅退款,待商家处理,19.90,少件/漏发,${shanghai(30)},小豆芽母婴优选`,
  ]));
  await expect(page.getByTestId('order-import-preview')).toContainText('将新建售后 1 个');
  await expect(page.getByTestId('order-import-problem')).toHaveText(['第 3 行 · 订单编号：订单 261120398765432199 还不在工作台里，文件也没有写买家：请先导入这家店的订单，再导入这份售后文件']);
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新建 1 个');

  await app.openOrder('261120398765432101');
  await app.revealAddress('核对拼多多分列地址');
  await expect(page.getByTestId('address-current')).toHaveText('浙江省杭州市西湖区文新街道文三路1号3幢');
});
