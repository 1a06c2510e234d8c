import { expect, test } from '@playwright/test';
import { startShopServer, type ShopServer } from '../fixtures/shopServer';
import { DesktopNotifications } from '../pages/DesktopNotifications';
import { IngestPage } from '../pages/IngestPage';
import { closePcs, openPc } from '../fixtures/pcs';

const TEAM = '小鹿童装';
const PW = { boss: 'boss-pass-2026', jie: 'jie-pass-2026' };
const LATE = 'tb_久等小满';
const CASE = 'tb_售后小米';

let server: ShopServer | null = null;
test.afterEach(async () => {
  await closePcs();
  await server?.stop();
  server = null;
});

const pc = openPc;

test('the supervisor’s 团队 tab: an agent online then away, a waiting buyer’s wait, a case reassigned, KPIs after a reply, a breach in the tray', async ({ browser }) => {
  test.setTimeout(180_000);
  server = await startShopServer();
  await server.addAccount(TEAM, 'KF00', '王主管', 'supervisor', PW.boss);

  const boss = await pc(browser);
  const tray = new DesktopNotifications(boss.page);
  await tray.install();
  const a = await pc(browser);
  await boss.setUpShop(TEAM, '王主管', 'KF00', 'supervisor');
  await a.setUpShop('A 机', '阿杰', 'KF01');

  // Only a supervisor signed in with the server has the tab; before that, nobody does.
  await expect(boss.tab('团队')).toHaveCount(0);
  await boss.joinWithAccounts(server.url, await server.enrolCode(TEAM));
  await boss.signIn('KF00', PW.boss);
  await expect(boss.tab('团队')).toBeVisible();
  await boss.openTeamTab();
  await boss.createAccount('KF01', '阿杰', PW.jie);

  await a.joinWithAccounts(server.url, await server.enrolCode(TEAM));
  await a.signIn('KF01', PW.jie);
  await expect(a.tab('团队')).toHaveCount(0);
  await a.page.keyboard.press('Control+Shift+M');
  await expect(a.page.getByTestId('team-screen')).toHaveCount(0);

  // 阿杰 online on his PC; then he steps away and the board says so.
  const jie = boss.boardRow('阿杰');
  await expect(jie).toHaveAttribute('data-presence', 'online', { timeout: 30_000 });
  await expect(jie.getByTestId('team-board-presence')).toContainText('在线');
  await a.setPresence('离开');
  await expect(jie).toHaveAttribute('data-presence', 'away', { timeout: 15_000 });
  await expect(jie.getByTestId('team-board-presence')).toContainText('离开');
  await a.setPresence('在线');
  await expect(jie).toHaveAttribute('data-presence', 'online', { timeout: 15_000 });

  // Two buyers write in (the shop's bridge posts to the supervisor PC): one has waited 4 minutes.
  const ingest = new IngestPage(boss.page);
  const { url, token, shopId } = await ingest.connection();
  const now = Date.now();
  const posted = await ingest.post(url, token, JSON.stringify({ events: [
    { eventId: `late-${now}`, type: 'buyer.message', shopId, at: now - 4 * 60_000, buyerNick: LATE, text: '在吗？这件卫衣有加大码吗' },
    { eventId: `case-${now}`, type: 'buyer.message', shopId, at: now, buyerNick: CASE, text: '收到的衣服开线了' },
  ] }));
  expect([200, 202]).toContain(posted.status);
  expect(posted.body.accepted).toHaveLength(2);

  // A case from the second buyer's chat (the supervisor owns it for now).
  await boss.tab('接待').click();
  await boss.waitingItems().filter({ hasText: CASE }).click();
  await boss.page.getByTestId('case-from-conversation').click();
  await boss.page.getByTestId('case-type').selectOption({ label: '质量问题' });
  await boss.page.getByTestId('case-summary').fill('袖口开线');
  await boss.page.getByTestId('case-create').click();
  await expect(boss.page.getByTestId('ticket-case')).toBeVisible();

  // The board: the buyers nobody holds yet, with the longest wait.
  await boss.openTeamTab();
  const shared = boss.board().locator('[data-testid="team-board-row"][data-agent=""]');
  await expect(shared.getByTestId('team-board-waiting')).toHaveText('2', { timeout: 15_000 });
  await expect(shared.getByTestId('team-board-longest')).toHaveText(/^[4-6]分/);

  // The supervisor hands the late buyer to 阿杰: his queue, his longest wait, and a breach on the supervisor's tray.
  await tray.forget();
  await boss.page.locator('#reassignBuyer').selectOption({ label: (await boss.page.locator('#reassignBuyer option', { hasText: LATE }).innerText()).trim() });
  await boss.page.locator('#reassignTo').selectOption({ label: '阿杰' });
  await boss.page.getByTestId('team-reassign').click();
  await expect(boss.page.getByTestId('team-board-message')).toHaveText(`已把 ${LATE} 改派给 阿杰`);
  await expect(jie.getByTestId('team-board-waiting')).toHaveText('1');
  await expect(jie.getByTestId('team-board-longest')).toHaveText(/^[4-6]分/);
  await expect.poll(async () => (await tray.titled(`阿杰 的买家 ${LATE}`)).length, { timeout: 15_000 }).toBe(1);

  // …and the case: it shows as 阿杰's on his PC.
  await boss.pick('team-case-pick', CASE);
  await boss.pick('team-case-to', '阿杰');
  await boss.page.getByTestId('team-reassign-case').click();
  await expect(boss.page.getByTestId('team-board-message')).toContainText('改派给 阿杰');
  await a.tab('售后').click();
  await expect(a.page.getByTestId('ticket-item').filter({ hasText: CASE })).toContainText('阿杰', { timeout: 30_000 });

  // 阿杰 answers on his PC: his replies move on the supervisor's board and the breach ends.
  await expect(jie.getByTestId('team-board-replies')).toHaveText('0');
  await a.tab('接待').click();
  await a.waitingItems().filter({ hasText: LATE }).click();
  await a.page.getByTestId('composer').fill('亲，在的，加大码有货哦');
  await a.page.keyboard.press('Enter');
  await expect(jie.getByTestId('team-board-replies')).toHaveText('1', { timeout: 30_000 });
  await expect(jie.getByTestId('team-board-waiting')).toHaveText('0');
  await expect.poll(async () => (await tray.titled(`阿杰 的买家 ${LATE}`)).every((n) => n.closed), { timeout: 15_000 }).toBe(true);

  await boss.shot('team-tab');

  // The same tab in English.
  await boss.tab('设置').click();
  await boss.page.getByText('English', { exact: true }).click();
  await expect(boss.tab('Team')).toBeVisible();
  await boss.openTeamTab();
  await expect(jie.getByTestId('team-board-presence')).toContainText('Online');
  await boss.shot('team-tab-en');

  await boss.page.context().close();
  await a.page.context().close();
});
