import { expect, test } from '@playwright/test';
import { IngestPage } from '../pages/IngestPage';
import { OrdersPage } from '../pages/OrdersPage';

const ORDER_NO = '3920118822334455667';

test('a shop ERP posts buyer messages and orders to the loopback endpoint; bad events are named, a wrong token changes nothing', async ({ page }) => {
  const app = new IngestPage(page);
  await app.startDemo();
  // Quiet the demo buyers so every change on screen comes from the ERP.
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  const { url, token, shopId } = await app.connection();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/events$/);
  expect(token).toMatch(/^[0-9a-f]{64}$/);

  await app.tab('接待').click();
  const trayBefore = await app.trayCount();
  const now = Date.now();
  const first = await app.post(url, token, JSON.stringify({
    events: [
      { eventId: `msg-${now}`, type: 'buyer.message', shopId, at: now, buyerNick: 'tb_接入新客', text: '你好，这条围巾今天能发货吗？' },
      { eventId: `ord-${now}`, type: 'order.created', shopId, at: now, orderNo: ORDER_NO, buyerNick: 'tb_接入新客', items: [{ title: '羊绒围巾 灰色', sku: 'WJ-GR', qty: 1, priceFen: 25900 }], totalFen: 25900, createdAt: now },
      { eventId: `pay-${now}`, type: 'order.paid', shopId, at: now + 1000, orderNo: ORDER_NO, paidAt: now + 1000 },
    ],
  }));
  expect(first).toEqual({ status: 202, body: { accepted: [`msg-${now}`, `ord-${now}`, `pay-${now}`], duplicates: [], rejected: [] } });

  // The new buyer waits in 接待 and the tray count rises, with nobody touching the page.
  await expect(app.waitingItems().filter({ hasText: 'tb_接入新客' })).toHaveCount(1);
  await expect.poll(() => app.trayCount()).toBe(trayBefore + 1);
  await app.waitingItems().filter({ hasText: 'tb_接入新客' }).click();
  await expect(page.locator('.msg').filter({ hasText: '你好，这条围巾今天能发货吗？' })).toHaveCount(1);
  await app.shot('ingest-queue');

  // The order is in 订单, paid, with all 19 digits of its 订单编号.
  const orders = new OrdersPage(page);
  await orders.openGrid();
  await orders.search().fill(ORDER_NO);
  await expect(orders.rows()).toHaveCount(1);
  await expect(orders.rows().first()).toHaveAttribute('data-order-no', ORDER_NO);
  await expect(orders.rows().first()).toContainText('买家已付款');
  await expect(orders.rows().first()).toContainText(ORDER_NO);

  // A batch with two bad events: the good one lands, the bad ones are named by index and field.
  const mixed = await app.post(url, token, `{"events": [
    {"eventId": "good-${now}", "type": "buyer.message", "shopId": "${shopId}", "at": ${now + 2000}, "buyerNick": "tb_第二位", "text": "请问有优惠吗"},
    {"eventId": "num-${now}", "type": "order.created", "shopId": "${shopId}", "at": ${now}, "orderNo": 3920118822334455668, "buyerNick": "tb_第二位", "items": [{"title": "围巾", "qty": 1, "priceFen": 100}], "totalFen": 100, "createdAt": ${now}},
    {"eventId": "notext-${now}", "type": "buyer.message", "shopId": "${shopId}", "at": ${now}, "buyerNick": "tb_第二位"}
  ]}`);
  expect(mixed.status).toBe(207);
  expect(mixed.body.accepted).toEqual([`good-${now}`]);
  expect(mixed.body.rejected).toEqual([
    { index: 1, eventId: `num-${now}`, field: 'orderNo', reason: 'must be a string of digits (a JSON number loses digits)' },
    { index: 2, eventId: `notext-${now}`, field: 'text', reason: 'required' },
  ]);
  await app.tab('接待').click();
  await expect(app.waitingItems().filter({ hasText: 'tb_第二位' })).toHaveCount(1);
  await expect.poll(() => app.trayCount()).toBe(trayBefore + 2);

  // A wrong token is refused and nothing changes.
  const wrong = await app.post(url, '0'.repeat(64), JSON.stringify({ events: [{ eventId: `x-${now}`, type: 'buyer.message', shopId, at: now, buyerNick: 'tb_冒名', text: '你好' }] }));
  expect(wrong).toMatchObject({ status: 401, body: { error: 'wrong token', accepted: [] } });

  // 设置 shows what arrived and what was refused, for the person fixing the bridge.
  await app.openSettings();
  await expect(app.counts()).toHaveText('今日收到 4 条 · 待处理 0 条 · 今日已写入 4 条 · 等待订单 0 条');
  const rejections = page.getByTestId('ingest-rejections');
  await expect(rejections.locator(':scope > li').nth(0)).toContainText('401');
  await expect(rejections.locator(':scope > li').nth(0)).toContainText('令牌缺失或错误，没有事件被接收');
  await expect(rejections.locator(':scope > li').nth(0)).toContainText('wrong token');
  await expect(rejections.locator(':scope > li').nth(1)).toContainText('207');
  await expect(rejections).toContainText(`第 1 条（num-${now}）字段 orderNo：must be a string of digits`);
  await expect(rejections).toContainText(`第 2 条（notext-${now}）字段 text：required`);
  await app.tab('接待').click();
  await expect(app.waitingItems().filter({ hasText: 'tb_冒名' })).toHaveCount(0);
  expect(await app.trayCount()).toBe(trayBefore + 2);
  await app.tab('设置').click();
  await app.section().scrollIntoViewIfNeeded();
  await app.shot('ingest-settings');
});
