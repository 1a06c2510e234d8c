import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';
import { ShiftPage } from '../pages/ShiftPage';

test('a supervisor sets shifts, auto-reply texts, tier thresholds and a shop’s own phrase version in 设置; refusals are named by field; the shop’s words reach its buyers', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = new PresalePage(page);
  await app.startDemo();
  const shopName = (await app.waitingItems().first().locator('.queue-item__shop').textContent()) ?? '';
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();

  // The demo signs in an agent (小雅): the shop rules are there to read, only a supervisor changes them.
  await expect(page.getByTestId('settings-rules-read-only')).toHaveText('店铺规则只有主管可以修改：周敏。您可以查看，需要调整时请联系主管。');
  await expect(page.getByTestId('shifts-section').getByLabel('白班结束')).toBeDisabled();
  await expect(page.getByTestId('shops-section').getByRole('button').first()).toBeDisabled();
  await app.shot('settings-read-only');
  await page.getByTestId('settings-open-phrases').click();
  await page.getByLabel('筛选短语').fill('zh1');
  await expect(page.getByTestId('phrase-row').filter({ hasText: '欢迎问好' }).getByTestId('phrase-variant')).toHaveCount(0);
  await page.getByTestId('phrases-section').getByRole('button', { name: '返回接待' }).click();

  // The supervisor 周敏 signs in: the same sections are editable.
  await app.switchTo('ZG2001');
  await app.tab('设置').click();
  await expect(page.getByTestId('settings-rules-read-only')).toHaveCount(0);

  // 店铺: the demo shops with their auto-close rule.
  const shops = page.getByTestId('shops-section');
  await shops.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('shop-row')).toHaveCount(2);
  await app.shot('settings-shops');

  // 班次: overlapping shifts are refused at the night start, then saved.
  const shifts = page.getByTestId('shifts-section');
  await shifts.getByLabel('白班结束').fill('19:00');
  await shifts.getByRole('button', { name: '保存' }).click();
  await expect(shifts.locator('.field--error')).toHaveText(/夜班开始.*和白班（09:00–19:00）时间重叠/);
  await shifts.getByLabel('夜班开始').fill('19:00');
  await shifts.getByLabel('夜班结束').fill('02:00');
  await shifts.getByRole('button', { name: '保存' }).click();
  await expect(shifts.getByRole('status')).toHaveText('已保存');

  // 自动回复: a variable an unattended reply cannot fill is refused; the shop’s words are saved.
  const auto = page.getByTestId('auto-reply-section');
  await auto.getByLabel('店铺').selectOption({ label: shopName });
  await auto.getByLabel('忙碌时').fill('{买家}您好，订单{订单号}我们在看');
  await auto.getByRole('button', { name: '保存' }).click();
  await expect(auto.locator('.field--error .field__error')).toHaveText('自动回复用不了 {订单号}，只能用 {店铺} {客服} {买家}');
  await auto.getByLabel('忙碌时').fill('{买家}您好，{店铺}的客服马上就来，请稍等片刻～');
  await auto.getByRole('button', { name: '保存' }).click();
  await expect(auto.getByRole('status')).toHaveText('已保存');
  await auto.scrollIntoViewIfNeeded();
  await app.shot('settings-shifts-auto-reply');

  // 会员等级: VIP easier than 高级 is refused by field.
  const tiers = page.getByTestId('tiers-section');
  await tiers.getByLabel('VIP：订单数').fill('2');
  await tiers.getByRole('button', { name: '保存' }).click();
  await expect(tiers.locator('.field--error .field__error')).toHaveText('VIP 的门槛不能低于高级会员');
  await tiers.getByLabel('VIP：订单数').fill('8');
  await tiers.getByRole('button', { name: '保存' }).click();
  await expect(tiers.getByRole('status')).toHaveText('已保存');
  await page.getByTestId('bargain-section').scrollIntoViewIfNeeded();
  await app.shot('settings-tiers-bargain');

  // 快捷短语: this shop’s own version of the team greeting zh1.
  const phrases = page.getByTestId('phrases-section');
  await phrases.getByTestId('settings-open-phrases').click();
  await phrases.getByLabel('筛选短语').fill('zh1');
  await phrases.getByTestId('phrase-row').filter({ hasText: '欢迎问好' }).getByTestId('phrase-variant').click();
  await expect(page.getByTestId('variant-hint')).toBeVisible();
  await page.locator('#ph-shopId').selectOption({ label: shopName });
  await page.locator('#ph-text').fill('亲，欢迎光临{店铺}，我是{客服}，看中哪款直接发我就好～');
  await page.getByRole('button', { name: '保存短语' }).click();
  await expect(phrases.getByTestId('phrase-shop')).toHaveText(`${shopName} · 店铺版本`);

  // Busy: the waiting buyer of that shop gets the shop’s own words, with the nick filled in.
  await app.tab('接待').click();
  await app.waitingItems().first().click();
  // In that shop, `/zh1` offers the shop’s version instead of the team phrase.
  await app.composer().focus();
  await page.keyboard.press('/');
  await app.picker().fill('zh1');
  await expect(page.getByTestId('phrase-option')).toHaveCount(1);
  await expect(page.getByTestId('phrase-option')).toContainText('欢迎光临');
  await page.keyboard.press('Escape');
  const nick = (await app.chatNick().textContent()) ?? '';
  await page.getByRole('radio', { name: '忙碌' }).check({ force: true });
  await expect(page.locator('.msg--auto').last()).toHaveText(new RegExp(`${nick}您好，${shopName}的客服马上就来`));
  await page.getByRole('radio', { name: '在线' }).check({ force: true });
});

test('申请主管让价: above an agent’s authority the request waits for a supervisor, who answers from the notice; the agent sees the answer in the chat', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = new ShiftPage(page);
  await app.startDemo();
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await app.tab('接待').click();
  await app.waitingItems().first().click();
  const nick = (await page.locator('.chat__head strong').textContent()) ?? '';

  await page.getByTestId('bargain-open').click();
  const dialog = page.getByTestId('bargain-dialog');
  await dialog.getByLabel('售价（元）').fill('159');
  await dialog.getByLabel('想让价（元）').fill('5');
  // Within the agent’s own 5 %: no request needed.
  await expect(page.getByTestId('bargain-check')).toContainText('在你的权限内（最多让 ¥7.95');
  await expect(page.getByTestId('bargain-send')).toBeDisabled();
  await dialog.getByLabel('想让价（元）').fill('20');
  await dialog.getByLabel('说明（给主管看）').fill('老顾客，第三次回购');
  await expect(page.getByTestId('bargain-check')).toContainText('超出你的权限');
  await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots'}/presale-bargain-ask.png` });
  await page.getByTestId('bargain-send').click();
  await expect(page.getByTestId('bargain-strip')).toContainText('售价 ¥159.00 让 ¥20.00');
  await expect(page.getByTestId('bargain-state')).toHaveText('等待主管答复');

  // The supervisor sits down: the notice shows one request and answers it with less.
  await app.switchTo('ZG2001');
  await expect(page.getByTestId('bargain-notice')).toHaveText('让价申请 1');
  await page.getByTestId('bargain-notice').click();
  const item = page.getByTestId('bargain-item');
  await expect(item).toContainText('老顾客，第三次回购');
  await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots'}/presale-bargain-notice.png` });
  await item.getByLabel('同意让价（元）').fill('30');
  await item.getByTestId('bargain-approve').click();
  await expect(item).toContainText('超出主管的权限，最多 ¥23.85');
  await item.getByLabel('同意让价（元）').fill('15');
  await item.getByLabel('给客服的话').fill('最多让15，再送一双袜子');
  await item.getByTestId('bargain-approve').click();
  await expect(page.getByTestId('bargain-inbox-empty')).toBeVisible();
  await expect(page.getByTestId('bargain-notice')).toHaveText('让价申请 0');
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.getByTestId('bargain-notice')).toHaveCount(0);

  // Back to the agent: the answer is under the chat head.
  await app.switchTo('KF1001');
  await app.waitingItems().filter({ hasText: nick }).first().click();
  await expect(page.getByTestId('bargain-state')).toHaveText('周敏 同意：让 ¥15.00，赠品 ¥0.00 · 最多让15，再送一双袜子');
  await app.tab('设置').click();
  await expect(page.getByTestId('bargain-section').getByTestId('bargain-item')).toHaveCount(1);
});
