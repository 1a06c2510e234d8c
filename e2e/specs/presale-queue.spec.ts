import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('the queue filters by shop and stage, colours waits by the 3-minute rule, and a resolved buyer leaves it', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();

  // Longest wait first; the colour follows the timer.
  const levels = await app.waitingItems().evaluateAll((els) => els.map((e) => e.getAttribute('data-level')));
  const rank = { over: 0, approaching: 1, fresh: 2 } as Record<string, number>;
  expect(levels.map((l) => rank[l ?? '']).every((r, i, a) => i === 0 || r! >= a[i - 1]!)).toBe(true);
  expect(levels).toContain('over');

  // Stage filter.
  await page.getByTestId('filter-stage').selectOption('aftersale');
  await expect(app.waitingItems().first()).toBeVisible();
  await expect.poll(async () => new Set(await page.locator('.queue-item .badge--stage').allTextContents())).toEqual(new Set(['售后']));
  await page.getByTestId('filter-stage').selectOption('');

  // Shop filter: every row shows that shop.
  const shopName = (await page.getByTestId('filter-shop').locator('option').nth(1).textContent()) ?? '';
  await page.getByTestId('filter-shop').selectOption({ index: 1 });
  await expect.poll(async () => new Set(await page.locator('.queue-item__shop').allTextContents())).toEqual(new Set([shopName]));
  await page.getByTestId('filter-shop').selectOption({ index: 0 });

  // Resolve: the buyer leaves the queue.
  await app.waitingItems().first().click();
  const nick = (await app.chatNick().textContent()) ?? '';
  await app.press('Alt+r'); // the same as the 标记已解决 button
  await expect(page.getByTestId('conversation-status')).toHaveText('已结束');
  await expect(page.locator('.queue-item__nick', { hasText: nick })).toHaveCount(0);
  await app.shot('presale-queue');
});

test('busy status sends one auto reply per waiting buyer, marked auto', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  await expect(page.locator('.msg').first()).toBeVisible();
  const autoBefore = await page.locator('.msg--auto').count();
  await page.getByRole('radio', { name: '忙碌' }).check({ force: true });
  await expect(page.locator('.msg--auto')).toHaveCount(autoBefore + 1);
  await expect(page.locator('.msg--auto').last()).toContainText('咨询的朋友比较多');
  await expect(page.locator('.msg--auto').last().locator('.badge--auto')).toHaveText('自动');
  // Still waiting: an auto reply is not an answer. And only once in this round.
  await expect(page.getByTestId('conversation-status')).toHaveText('等待回复');
  await page.waitForTimeout(6000);
  await expect(page.locator('.msg--auto')).toHaveCount(autoBefore + 1);
  await page.getByRole('radio', { name: '在线' }).check({ force: true });
});

test('buyer panel: a suggested tag, a dated follow-up and notes are saved; an edited lint word list warns in the composer', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  const panel = page.getByTestId('buyer-panel');
  await expect(page.getByTestId('tier-rule')).toContainText(/按店铺规则应为(普通|高级|VIP)（已付 \d+ 单，共 ¥[\d.]+）/);
  await panel.getByRole('button', { name: '+送礼' }).click();
  await expect(page.getByTestId('buyer-tags')).toContainText('送礼');
  await panel.getByLabel('跟进内容', { exact: true }).fill('预产期3月，2月问问要不要婴儿用品');
  await panel.getByLabel('提醒日期').fill('2027-02-01');
  await panel.getByRole('button', { name: '添加' }).click();
  await expect(page.getByTestId('follow-ups')).toContainText('2027-02-01 · 预产期3月，2月问问要不要婴儿用品');
  // The one-line memo is pinned where the next agent looks first: the chat head and the queue.
  await panel.getByLabel('客户备注').fill('喜欢浅色，怕起球');
  await app.composer().click();
  await expect(panel.getByLabel('客户备注')).toHaveValue('喜欢浅色，怕起球');
  await expect(page.getByTestId('chat-memo')).toHaveText('喜欢浅色，怕起球');
  await expect(page.locator('[data-testid="queue-item"][aria-current="true"]').getByTestId('queue-memo')).toHaveText('喜欢浅色，怕起球');
  await app.shot('presale-buyer-panel');
  // Longer notes live in the buyer's shared note, one click away.
  await panel.getByTestId('buyer-note-open').click();
  await expect(page.getByTestId('buyer-detail')).toContainText('喜欢浅色，怕起球');
  await expect(page.getByTestId('subject-note-add')).toBeVisible();

  await app.tab('设置').click();
  const blunt = page.locator('#lint-blunt');
  await blunt.fill(`${await blunt.inputValue()}\n秒发=尽快安排发出`);
  await page.getByRole('button', { name: '保存词表' }).click();
  await expect(page.getByRole('status').filter({ hasText: '词表已保存' })).toBeVisible();
  await app.tab('接待').click();
  await app.waitingItems().first().click();
  await app.composer().fill('今天下单秒发');
  await expect(page.getByTestId('lint-warnings')).toContainText('「秒发」');
  await expect(page.getByTestId('lint-suggestion').first()).toContainText('尽快安排发出');
});
