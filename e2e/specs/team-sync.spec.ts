import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { startShopServer, type ShopServer } from '../fixtures/shopServer';
import { startTcpProxy, type TcpProxy } from '../fixtures/tcpProxy';
import { closePcs, openPc } from '../fixtures/pcs';

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now. */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const UNPAID = '3987654321098761001';
const PAID = '3987654321098761002';
/** One Taobao 订单报表 (GBK), imported on both PCs. */
const EXPORT = iconv.encode([
  '订单报表',
  '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司',
  `="${UNPAID}",tb_团队小满,128.00,等待买家付款,赵小满,广东省深圳市南山区科技园南路8号,13712345678,${shanghai(30)},,加绒连帽卫衣,1,,`,
  `="${PAID}",tb_团队小满,59.90,"买家已付款，等待卖家发货",赵小满,广东省深圳市南山区科技园南路8号,13712345678,${shanghai(60)},${shanghai(58)},纯棉袜子三双装,1,,`,
].join('\r\n'), 'gbk');

/** What the spec holds on to: the server, B's cable, both PCs. */
let server: ShopServer | null = null;
let cable: TcpProxy | null = null;

test.afterEach(async () => {
  await closePcs();
  await cable?.close();
  await server?.stop();
  cable = null;
  server = null;
});

const pc = openPc;

/** A change made on A shows on B within 2 s, with nobody touching B. */
const LIVE = { timeout: 2_000 };

test('two PCs of one shop share their work through the shop server, each keeps working offline, and they converge', async ({ browser }) => {
  test.setTimeout(300_000);
  server = await startShopServer();
  // PC B reaches the server through a cable the test can pull.
  cable = await startTcpProxy(server.port);
  const a = await pc(browser);
  const b = await pc(browser);
  await a.setUpShop('小鹿童装', '小王', 'KF01');
  await b.setUpShop('小鹿童装二号机', '小李', 'KF02');
  await expect(a.indicator()).toHaveText('单机');

  // Joining: a one-time code each, made on the server's command line.
  const codeA = await server.enrolCode('小鹿童装');
  await a.join(server.url, codeA);
  await a.expectSynced();
  await b.join(cable.url, await server.enrolCode('小鹿童装'));
  await b.expectSynced();
  await expect(b.page.getByTestId('team-name')).toHaveText('小鹿童装');
  await a.page.getByTestId('team-section').scrollIntoViewIfNeeded();
  await a.shot('team-settings');
  // A code is good once: a third PC typing A's is refused, and stays on its own.
  const c = await pc(browser);
  await c.setUpShop('隔壁店', '阿强', 'KF09');
  await c.openTeam();
  await c.page.locator('#teamServer').fill(server.url);
  await c.page.locator('#teamCode').fill(codeA);
  await c.page.getByTestId('team-join').click();
  await expect(c.page.getByTestId('team-error')).toHaveText('加入码不对、已经用过或已过期。请主管重新生成一个。');
  await expect(c.indicator()).toHaveText('单机');
  await c.page.context().close();

  // The same export imported on both PCs — B while its cable is out — is one record per order everywhere.
  await cable.cut();
  await expect(b.indicator()).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await a.importOrders('小鹿童装', '订单报表.csv', EXPORT);
  await b.importOrders('小鹿童装', '订单报表.csv', EXPORT);
  await expect(b.indicator()).toHaveText(/^离线（\d+ 条待上传）$/);
  await cable.restore();
  await a.expectSynced();
  await b.expectSynced();
  for (const p of [a, b]) {
    await p.openGrid();
    await expect.poll(() => p.rowCount()).toBe(2);
    for (const no of [UNPAID, PAID]) {
      await p.search().fill(no);
      await expect(p.rows()).toHaveCount(1);
    }
    await p.search().fill('');
  }

  // Live: a remark on A shows on B's open order tab.
  await b.openOrder(UNPAID);
  await a.openOrder(UNPAID);
  await a.addRemark('A：已核实地址，周五发货');
  await expect(b.remarks().filter({ hasText: 'A：已核实地址，周五发货' })).toHaveCount(1, LIVE);

  // Live: a 催付 attempt on A is in B's 催付 history of the order (quiet hours off so it runs at any hour).
  await a.openPayments('policy');
  await a.page.getByTestId('policy-shop').selectOption({ label: '小鹿童装' });
  while ((await a.page.locator('[data-testid^="policy-quiet-"]').count()) > 0) await a.page.locator('[data-testid^="policy-quiet-"]').first().getByRole('button', { name: '删除' }).click();
  await a.page.getByTestId('policy-save').click();
  await a.openPayments('queue');
  await a.page.locator(`[data-testid="payment-item"][data-order-no="${UNPAID}"]`).click();
  await a.page.getByTestId('send-reminder').click();
  await expect(a.page.getByTestId('payment-notice')).toContainText('催付');
  await expect(b.page.getByTestId('payment-history')).toContainText('旺旺消息', LIVE);

  // Live: an aftersale case and its next step.
  await b.tab('售后').click();
  await a.openOrder(UNPAID);
  await a.page.getByTestId('case-from-order').click();
  await a.page.getByTestId('case-type').selectOption({ label: '查件' });
  await a.page.getByTestId('case-summary').fill('物流三天没更新');
  await a.page.getByTestId('case-create').click();
  await expect(a.page.getByTestId('ticket-case')).toBeVisible();
  const bTicket = b.page.getByTestId('ticket-item').filter({ hasText: '物流三天没更新' });
  await expect(bTicket).toHaveCount(1, LIVE);
  await bTicket.click();
  await expect(b.currentStep()).toHaveText('安抚');
  await a.page.getByTestId('ticket-advance').click();
  await expect(a.currentStep()).toHaveText('核实');
  await expect(b.currentStep()).toHaveText('核实', LIVE);

  // Live: a handover note left on A waits for B.
  await b.tab('交接').click();
  await a.tab('交接').click();
  await a.page.getByTestId('handover-free-notes').fill('今晚大促，催付量大，留意 3987 那单');
  await a.page.getByTestId('handover-sign-out').click();
  await expect(b.page.getByTestId('handover-incoming').getByTestId('handover-notes')).toHaveText('今晚大促，催付量大，留意 3987 那单', LIVE);
  await a.page.getByTestId('sign-in-KF01').click();
  await expect(a.page.getByRole('tablist')).toBeVisible();

  // Live: a team phrase made on A is in B's phrase library.
  await b.tab('接待').click();
  await b.page.getByTestId('open-phrases').click();
  await a.tab('接待').click();
  await a.page.getByTestId('open-phrases').click();
  await a.page.getByTestId('phrase-manager').getByRole('button', { name: '新建' }).click();
  await a.page.locator('#ph-title').fill('团队欢迎语');
  await a.page.locator('#ph-text').fill('亲，欢迎光临小鹿童装，有什么可以帮您？');
  await a.page.getByTestId('phrase-editor').getByRole('button', { name: '保存' }).click();
  await expect(a.page.getByTestId('phrase-row').filter({ hasText: '团队欢迎语' })).toHaveCount(1);
  await expect(b.page.getByTestId('phrase-row').filter({ hasText: '团队欢迎语' })).toHaveCount(1, LIVE);

  // B loses the server; both edit the same case and remark the same order; nothing acknowledged is lost.
  await cable.cut();
  await expect(b.indicator()).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await a.openOrder(UNPAID);
  await a.addRemark('A：离线那会儿我这边也写了');
  await b.openOrder(UNPAID);
  await b.addRemark('B：断网时买家来电说周六在家');
  await a.tab('售后').click();
  await a.page.getByTestId('ticket-item').filter({ hasText: '物流三天没更新' }).click();
  await a.page.getByTestId('ticket-advance').click();
  await expect(a.currentStep()).toHaveText('联系处理');
  await b.tab('售后').click();
  await b.page.getByTestId('ticket-item').filter({ hasText: '物流三天没更新' }).click();
  await b.page.getByTestId('ticket-resolution').fill('联系快递加急派送');
  await b.page.getByTestId('ticket-save').click();
  // B's remark and the case: the order's own line only carried its latest remark, which each PC works out.
  await expect(b.indicator()).toHaveText('离线（2 条待上传）');
  await b.page.locator('.console__header').screenshot({ path: `${process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots'}/team-indicator-offline.png` });
  await b.shot('team-offline');

  await cable.restore();
  await b.expectSynced();
  await a.expectSynced();
  for (const p of [a, b]) {
    await p.openOrder(UNPAID);
    await expect(p.remarks().filter({ hasText: 'A：离线那会儿我这边也写了' })).toHaveCount(1);
    await expect(p.remarks().filter({ hasText: 'B：断网时买家来电说周六在家' })).toHaveCount(1);
    await expect(p.remarks().filter({ hasText: 'A：已核实地址，周五发货' })).toHaveCount(1);
    await p.tab('售后').click();
    await p.page.getByTestId('ticket-item').filter({ hasText: '物流三天没更新' }).click();
    await expect(p.currentStep()).toHaveText('联系处理');
    await expect(p.page.getByTestId('ticket-resolution')).toHaveValue('联系快递加急派送');
    // What the server acknowledged before the cable was pulled is all still there, once.
    await p.tab('接待').click();
    await p.page.getByTestId('open-phrases').click();
    await expect(p.page.getByTestId('phrase-row').filter({ hasText: '团队欢迎语' })).toHaveCount(1);
    await p.openGrid();
    await expect.poll(() => p.rowCount()).toBe(2);
    await expect(p.indicator()).toHaveText('已同步');
  }
  await a.page.locator('.console__header').screenshot({ path: `${process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots'}/team-indicator-synced.png` });
});

test('a store holding the demo shop cannot join a team, and says why', async ({ browser }) => {
  const p = await pc(browser);
  await p.startDemo();
  await p.openTeam();
  await p.page.locator('#teamServer').fill('http://127.0.0.1:9');
  await p.page.locator('#teamCode').fill('ABCD-EFGH-JKMN');
  await p.page.getByTestId('team-join').click();
  await expect(p.page.getByTestId('team-error')).toContainText('本机还有演示店铺的数据，不能加入团队');
  await expect(p.indicator()).toHaveText('单机');
});
