import { expect, test, type Browser } from '@playwright/test';
import iconv from 'iconv-lite';
import { startShopServer, type ShopServer } from '../fixtures/shopServer';
import { IngestPage } from '../pages/IngestPage';
import type { TeamPage } from '../pages/TeamPage';
import { closePcs, openPc } from '../fixtures/pcs';

/**
 * Issue 13's acceptance journey: a supervisor and two agents on three PCs (three browser
 * profiles) on a real shop server and PostgreSQL. Two tests, each with its own server: the
 * accounts (sign-in, lockout, supervisor-only writes, the shift change on one PC), then the
 * work across PCs (one 催付 for two Enters, a reassigned buyer, a handover from PC A to PC B,
 * a revoked PC).
 */

/** "YYYY-MM-DD HH:mm:ss" in Shanghai time, `minutesAgo` before now. */
const shanghai = (minutesAgo: number): string => new Date(Date.now() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const UNPAID = '3987654321098762001';
const EXPORT = iconv.encode([
  '订单报表',
  '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司',
  `="${UNPAID}",tb_抢单小满,128.00,等待买家付款,赵小满,广东省深圳市南山区科技园南路8号,13712345678,${shanghai(30)},,加绒连帽卫衣,1,,`,
].join('\r\n'), 'gbk');

const TEAM = '小鹿童装';
const PW = { boss: 'boss-pass-2026', jie: 'jie-pass-2026', li: 'li-pass-2026', zhou: 'zhou-pass-2026' };

let server: ShopServer | null = null;
test.afterEach(async () => {
  await closePcs();
  await server?.stop();
  server = null;
});

const pc = openPc;

/** A server with its first supervisor (from the command line: the password never on it) signed in on the boss's PC. */
async function teamWithSupervisor(browser: Browser): Promise<{ shop: ShopServer; boss: TeamPage }> {
  const shop = await startShopServer();
  server = shop;
  await shop.addAccount(TEAM, 'KF00', '王主管', 'supervisor', PW.boss);
  const boss = await pc(browser);
  await boss.setUpShop(TEAM, '王主管', 'KF00');
  await boss.joinWithAccounts(shop.url, await shop.enrolCode(TEAM));
  return { shop, boss };
}

test('accounts across PCs: passwords, the lockout, supervisor-only team phrases, a keyboard-only shift change', async ({ browser }) => {
  test.setTimeout(300_000);
  const { shop, boss } = await teamWithSupervisor(browser);
  // The agent PC does its first start before the team gets busy.
  const a = await pc(browser);
  await a.setUpShop('A 机', '阿杰', 'KF01');
  await boss.shot('team-sign-in');
  await boss.signIn('KF00', PW.boss);
  await boss.expectSynced(30_000);

  // The rest of the team: made by the supervisor on the team board.
  await boss.openTeamBoard();
  const accounts = boss.page.getByTestId('team-accounts');
  for (const [no, name, pw] of [['KF01', '阿杰', PW.jie], ['KF02', '小李', PW.li], ['KF03', '小周', PW.zhou]] as const) {
    await boss.page.locator('#newAccountNo').fill(no);
    await boss.page.locator('#newAccountName').fill(name);
    await boss.page.locator('#newAccountPassword').fill(pw);
    await boss.page.getByTestId('team-account-create').click();
    await expect(boss.page.getByTestId('team-account-message')).toContainText(`已为 ${name}（${no}）建好账号`);
  }
  await expect(accounts.getByTestId('team-account')).toHaveCount(4);

  await a.joinWithAccounts(shop.url, await shop.enrolCode(TEAM));

  // A wrong password is refused; five in a row lock the account, even against the right one.
  await a.typeSignIn('KF01', 'not-my-password');
  await expect(a.signInError()).toHaveText('工号或密码不对。');
  for (let i = 0; i < 4; i++) {
    await a.typeSignIn('KF03', `guess-${i}-xx`);
    await expect(a.signInError()).toHaveText('工号或密码不对。');
  }
  await a.typeSignIn('KF03', 'guess-last-x');
  await expect(a.signInError()).toContainText('这个工号已锁定');
  await a.typeSignIn('KF03', PW.zhou);
  await expect(a.signInError()).toContainText('这个工号已锁定');
  await a.shot('team-sign-in-locked');

  await a.signIn('KF01', PW.jie);
  // The supervisor sees who is signed in on which PC.
  await expect(accounts.locator('[data-employee-no="KF01"] [data-testid="team-account-presence"]')).toContainText('在线', { timeout: 15_000 });
  await expect(accounts.locator('[data-employee-no="KF03"] [data-testid="team-account-presence"]')).toHaveText('未登录');
  await boss.shot('team-accounts');

  // An agent PC's own shop from its first start is not the team's: the server says why.
  await a.openTeam();
  await expect(a.page.getByTestId('team-refusals')).toContainText('只有主管可以修改店铺设置', { timeout: 30_000 });

  // The supervisor's team phrase reaches the agents; an agent's edit of it is refused by the server.
  await boss.tab('接待').click();
  await boss.page.getByTestId('open-phrases').click();
  await boss.page.getByTestId('phrase-manager').getByRole('button', { name: '新建' }).click();
  await boss.page.locator('#ph-title').fill('团队欢迎语');
  await boss.page.locator('#ph-text').fill('亲，欢迎光临小鹿童装，有什么可以帮您？');
  await boss.page.getByTestId('phrase-editor').getByRole('button', { name: '保存' }).click();
  await a.tab('接待').click();
  await a.page.getByTestId('open-phrases').click();
  const aRow = a.page.getByTestId('phrase-row').filter({ hasText: '团队欢迎语' });
  await expect(aRow).toHaveCount(1, { timeout: 15_000 });
  await aRow.getByRole('button', { name: '编辑' }).click();
  await a.page.locator('#ph-text').fill('亲，我自己改的欢迎语');
  await a.page.getByTestId('phrase-editor').getByRole('button', { name: '保存' }).click();
  await a.openTeam();
  await expect(a.page.getByTestId('team-refusals')).toContainText('只有主管可以修改团队话术', { timeout: 30_000 });
  await a.shot('team-supervisor-only');
  // The edit is put back as the server holds it.
  await a.tab('接待').click();
  await a.page.getByTestId('open-phrases').click();
  await expect(a.page.getByTestId('phrase-row').filter({ hasText: '亲，欢迎光临小鹿童装' })).toHaveCount(1, { timeout: 15_000 });
  await a.page.keyboard.press('Escape');

  // Two shifts share PC A: 阿杰 signs out and 小李 signs in, keyboard only.
  const started = Date.now();
  await a.keyboardSignOut();
  await a.typeSignIn('KF02', PW.li);
  await expect(a.page.getByTestId('current-agent')).toContainText('小李', { timeout: 20_000 });
  test.info().annotations.push({ type: 'shift change (sign-out + sign-in, keyboard)', description: `${Date.now() - started} ms` });
  await boss.openTeamBoard();
  await expect(accounts.locator('[data-employee-no="KF01"] [data-testid="team-account-presence"]')).toHaveText('未登录', { timeout: 15_000 });
  await expect(accounts.locator('[data-employee-no="KF02"] [data-testid="team-account-presence"]')).toContainText('在线', { timeout: 15_000 });
});

test('work across PCs: one 催付 for two Enters, a reassigned buyer, a handover from PC A to PC B, a revoked PC', async ({ browser }) => {
  test.setTimeout(420_000);
  const { shop, boss } = await teamWithSupervisor(browser);
  const a = await pc(browser);
  const b = await pc(browser);
  await a.setUpShop('A 机', '阿杰', 'KF01');
  await b.setUpShop('B 机', '小李', 'KF02');
  await shop.addAccount(TEAM, 'KF01', '阿杰', 'agent', PW.jie);
  await shop.addAccount(TEAM, 'KF02', '小李', 'agent', PW.li);
  await boss.signIn('KF00', PW.boss);
  await a.joinWithAccounts(shop.url, await shop.enrolCode(TEAM));
  await b.joinWithAccounts(shop.url, await shop.enrolCode(TEAM));
  await a.signIn('KF01', PW.jie);
  await b.signIn('KF02', PW.li);

  // One due 催付 order, two agents pressing Enter on it at the same moment: one message goes out.
  await boss.openPayments('policy');
  await boss.page.getByTestId('policy-shop').selectOption({ label: TEAM });
  while ((await boss.page.locator('[data-testid^="policy-quiet-"]').count()) > 0) await boss.page.locator('[data-testid^="policy-quiet-"]').first().getByRole('button', { name: '删除' }).click();
  await boss.page.getByTestId('policy-save').click();
  await boss.importOrders(TEAM, '订单报表.csv', EXPORT);
  for (const p of [a, b]) {
    await p.openPayments('queue');
    const item = p.page.locator(`[data-testid="payment-item"][data-order-no="${UNPAID}"]`);
    await expect(item).toHaveCount(1, { timeout: 30_000 });
    await item.click();
    await p.page.getByTestId('payment-queue').focus();
  }
  await Promise.all([a.page.keyboard.press('Enter'), b.page.keyboard.press('Enter')]);
  const notices = [a.page.getByTestId('payment-notice'), b.page.getByTestId('payment-notice')];
  for (const n of notices) await expect(n).toBeVisible({ timeout: 15_000 });
  const texts = await Promise.all(notices.map((n) => n.innerText()));
  const held = texts.filter((t) => /正在催付这一单/.test(t));
  expect(held, texts.join(' | ')).toHaveLength(1);
  expect(held[0]).toMatch(/^(阿杰|小李) 正在催付这一单（/);
  await (held[0]?.startsWith('阿杰') ? b : a).shot('team-claim-held');
  for (const p of [a, b, boss]) {
    await p.openOrder(UNPAID);
    await expect(p.page.getByTestId('payment-history').locator('li')).toHaveCount(1, { timeout: 20_000 });
  }

  // A buyer writes in (the shop's bridge posts to the supervisor PC's loopback ingest); every PC sees them waiting.
  const ingest = new IngestPage(boss.page);
  const { url, token, shopId } = await ingest.connection();
  const now = Date.now();
  const posted = await ingest.post(url, token, JSON.stringify({ events: [{ eventId: `msg-${now}`, type: 'buyer.message', shopId, at: now, buyerNick: 'tb_改派小满', text: '这件卫衣有加大码吗？' }] }));
  expect(posted.status).toBe(202);
  for (const p of [a, b]) {
    await p.tab('接待').click();
    await expect(p.page.getByTestId('queue-item').filter({ hasText: 'tb_改派小满' })).toHaveCount(1, { timeout: 30_000 });
  }
  // The supervisor's board shows the waiting buyer; reassigned to 小李, it leaves A's queue and tops B's.
  await boss.openTeamBoard();
  const board = boss.page.getByTestId('team-board');
  await expect(board.locator('[data-testid="team-board-row"][data-agent=""] [data-testid="team-board-waiting"]')).toHaveText('1', { timeout: 15_000 });
  await boss.page.locator('#reassignBuyer').selectOption({ label: (await boss.page.locator('#reassignBuyer option', { hasText: 'tb_改派小满' }).innerText()).trim() });
  await boss.page.locator('#reassignTo').selectOption({ label: '小李' });
  await boss.page.getByTestId('team-reassign').click();
  await expect(boss.page.getByTestId('team-board-message')).toHaveText('已把 tb_改派小满 改派给 小李');
  await boss.shot('team-board');
  const bFirst = b.page.getByTestId('queue-item').first();
  await expect(bFirst).toContainText('tb_改派小满', { timeout: 20_000 });
  await expect(bFirst.getByTestId('queue-transfer')).toContainText('主管改派');
  await expect(a.page.getByTestId('queue-item').filter({ hasText: 'tb_改派小满' })).toHaveCount(0, { timeout: 20_000 });

  // Handover across PCs: 阿杰 signs out on PC A (the session ends there), 小李 takes it over on PC B.
  await b.tab('交接').click();
  await a.tab('交接').click();
  await a.page.getByTestId('handover-free-notes').fill('大促催付量大，tb_改派小满 问过加大码');
  await a.page.getByTestId('handover-sign-out').click();
  await expect(a.page.getByTestId('account-sign-in')).toBeVisible({ timeout: 20_000 });
  const incoming = b.page.getByTestId('handover-incoming');
  await expect(incoming.getByTestId('handover-notes')).toHaveText('大促催付量大，tb_改派小满 问过加大码', { timeout: 20_000 });
  await b.shot('team-handover-incoming');
  await incoming.getByTestId('handover-sign-in').click();
  await expect(b.page.getByTestId('handover-incoming')).toHaveCount(0);
  // The acknowledgement travels too: the supervisor's PC sees who took the shift over.
  await boss.tab('交接').click();
  await expect(boss.page.getByTestId('handover-history-entry').first()).toContainText('阿杰 → 小李', { timeout: 20_000 });

  // The supervisor revokes PC B in 团队 → 设备: its next push is refused and it says so.
  await b.openTeam();
  const device = (await b.page.getByTestId('team-device').textContent()) ?? '';
  await boss.openTeamTab();
  await boss.revokeDevice(device);
  await expect(b.indicator()).toHaveText('同步失败：本机已被主管移出团队', { timeout: 15_000 });
  await b.openOrder(UNPAID);
  await b.addRemark('吊销后写的备注');
  await b.openTeam();
  await expect(b.page.getByTestId('team-revoked')).toBeVisible();
  await expect(b.indicator()).toHaveText('同步失败：本机已被主管移出团队');
  await expect(b.page.getByTestId('team-pending')).not.toHaveText('0 条');
  await b.shot('team-revoked-agent');
});
