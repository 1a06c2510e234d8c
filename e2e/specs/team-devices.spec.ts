import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { startShopServer, type ShopServer } from '../fixtures/shopServer';
import { startTcpProxy, type TcpProxy } from '../fixtures/tcpProxy';
import { closePcs, openPc } from '../fixtures/pcs';

const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
/** One unpaid Taobao order (GBK), so the PC has something to push. */
const EXPORT = iconv.encode([
  '订单报表',
  '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司',
  `="3987654321098769001",tb_吊销测试,88.00,等待买家付款,钱小多,浙江省杭州市西湖区文三路1号,13812345678,${shanghai(30)},,针织开衫,1,,`,
].join('\r\n'), 'gbk');

const servers: ShopServer[] = [];
let cable: TcpProxy | null = null;
test.afterEach(async () => {
  await closePcs();
  await cable?.close();
  cable = null;
  for (const s of servers.splice(0)) await s.stop();
});

const pc = openPc;

test('a PC joins over HTTPS with the code that names the server certificate, and refuses another server at the same address', async ({ browser }) => {
  test.setTimeout(420_000);
  const shop = await startShopServer();
  servers.push(shop);
  const impostor = await startShopServer();
  servers.push(impostor);
  cable = await startTcpProxy(shop.port);
  const a = await pc(browser);
  await a.setUpShop('小鹿童装', '小王', 'KF01');

  // A code made by another server names another certificate: refused before the code is sent.
  await a.openTeam();
  await a.page.locator('#teamServer').fill(cable.url);
  await a.page.locator('#teamCode').fill(await impostor.enrolCode('小鹿童装'));
  await a.page.getByTestId('team-join').click();
  await expect(a.page.getByTestId('team-error')).toContainText('服务器证书与加入码不符');

  await a.join(cable.url, await shop.enrolCode('小鹿童装'));
  await a.expectSynced();
  await expect(a.page.getByTestId('team-certificate')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

  // Same address, another machine behind it.
  await cable.retarget(impostor.port);
  await a.page.getByTestId('team-sync-now').click();
  await expect(a.indicator()).toHaveText('同步失败：服务器证书与加入时不一致', { timeout: 15_000 });
  await expect(a.page.getByTestId('team-mismatch')).toBeVisible();
  await a.shot('team-certificate-mismatch');

  // The shop's own server back: sync goes on.
  await cable.retarget(shop.port);
  await a.page.getByTestId('team-sync-now').click();
  await a.expectSynced();
  await a.page.context().close();
});

test('the supervisor makes a join code in 团队 → 设备, a second PC joins with it, and revoking it there tells that PC it was removed', async ({ browser }) => {
  test.setTimeout(120_000);
  const shop = await startShopServer();
  servers.push(shop);
  await shop.addAccount('小鹿童装', 'KF00', '王主管', 'supervisor', 'boss-pass-2026');
  await shop.addAccount('小鹿童装', 'KF01', '阿杰', 'agent', 'jie-pass-2026');
  const boss = await pc(browser);
  await boss.setUpShop('小鹿童装', '王主管', 'KF00');
  await boss.joinWithAccounts(shop.url, await shop.enrolCode('小鹿童装'));
  await boss.signIn('KF00', 'boss-pass-2026');
  await boss.openTeamTab();
  const code = await boss.makeEnrolCode();
  await expect(boss.page.getByTestId('team-devices-code-valid')).toContainText('只能让一台电脑加入一次');

  // The second PC joins with the code made in the app (it names the server's certificate).
  const a = await pc(browser);
  await a.setUpShop('小鹿童装', '阿杰', 'KF01');
  await a.joinWithAccounts(shop.url, code);
  await a.signIn('KF01', 'jie-pass-2026');
  await a.openTeam();
  const device = (await a.page.getByTestId('team-device').textContent()) ?? '';
  await expect(boss.deviceRow(device)).toBeVisible({ timeout: 15_000 });
  await expect(boss.deviceRow(device).getByTestId('team-devices-who')).toHaveText('阿杰', { timeout: 15_000 });
  await boss.page.getByTestId('team-devices').scrollIntoViewIfNeeded();
  await boss.shot('team-devices');

  // Revoked from the panel (after the confirmation): the PC is told at once.
  await boss.revokeDevice(device, 'team-devices-revoke-confirm');
  await expect(boss.deviceRow(device).getByTestId('team-devices-state')).toContainText('已撤销');
  await boss.shot('team-devices-revoked');
  await expect(a.indicator()).toHaveText('同步失败：本机已被主管移出团队', { timeout: 15_000 });
  await expect(a.page.getByTestId('team-revoked')).toBeVisible();
  await boss.page.context().close();
  await a.page.context().close();
});

test('a revoked PC is refused at once, says so in the header and 设置 → 团队, and keeps saying so after a reload', async ({ browser }) => {
  test.setTimeout(420_000);
  const shop = await startShopServer();
  servers.push(shop);
  const a = await pc(browser);
  await a.setUpShop('小鹿童装', '小王', 'KF01');
  await a.join(shop.url, await shop.enrolCode('小鹿童装'));
  await a.expectSynced();
  const device = (await a.page.getByTestId('team-device').textContent()) ?? '';
  expect(await shop.devices('小鹿童装')).toContain(device);

  // The supervisor revokes this PC: its live link is cut and it is told at once, without any edit.
  await shop.revoke(device);
  await expect(a.indicator()).toHaveText('同步失败：本机已被主管移出团队', { timeout: 10_000 });
  await expect(a.page.getByTestId('team-revoked')).toBeVisible();

  // Its next push is refused: the work stays here, waiting, and the state stays said.
  await a.importOrders('小鹿童装', '订单报表.csv', EXPORT);
  await a.openTeam();
  await expect(a.indicator()).toHaveText('同步失败：本机已被主管移出团队');
  await expect(a.page.getByTestId('team-pending')).not.toHaveText('0 条');
  await a.shot('team-revoked');
  // After a reload (the host remembers) it is still refused.
  await a.page.reload();
  await expect(a.indicator()).toHaveText('同步失败：本机已被主管移出团队', { timeout: 15_000 });

  await a.page.context().close();
});
