import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('keyboard only: next buyer, "/" + pinyin initials, fill a required slot, send; the buyer leaves the queue', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();
  await app.phrasesReady();
  await page.locator('body').click({ position: { x: 700, y: 10 } });

  // A common phrase: Alt+N picks the longest-waiting buyer and focuses the reply box.
  await app.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  const firstNick = (await app.activeNick().textContent()) ?? '';
  const before = await app.waitingCount();
  await app.press('/');
  await expect(app.picker()).toBeFocused();
  const common = { n: 0 };
  await app.keys(['h', 'y'], common);
  await expect(page.getByTestId('phrase-option').first()).toContainText('欢迎问好');
  await app.keys(['Enter'], common);
  await expect(app.composer()).toHaveValue(/您好～这里是.+，我是.+，今天由我来为您服务/);
  await app.keys(['Enter'], common);
  await expect(app.lastAgentMessage()).toContainText('今天由我来为您服务');
  await expect(page.locator('.queue-item__nick', { hasText: new RegExp(`^${firstNick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toHaveCount(0);

  // A phrase with a required slot: 推荐尺码 by its pinyin initials, the slot asked for before sending.
  await app.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  const secondNick = (await app.activeNick().textContent()) ?? '';
  expect(secondNick).not.toBe(firstNick);
  await app.press('/');
  await expect(app.picker()).toBeFocused();
  const slot = { n: 0 };
  await app.keys(['t', 'j', 'c', 'm'], slot);
  await expect(page.getByTestId('phrase-option').first()).toContainText('推荐尺码');
  await app.keys(['Enter'], slot);
  const slotInput = page.getByLabel('填写 尺码');
  await expect(slotInput).toBeFocused();
  // A buyer who gave height and weight gets the size worked out at once (keys-job-phrase.spec);
  // this journey is about the slot the agent types, so it starts from an empty one.
  await slotInput.fill('');
  await app.keys(['Enter'], { n: 0 }); // trying to send with the slot empty is refused (not counted)
  await expect(page.getByRole('alert')).toHaveText('发送前请先填写：尺码');
  // Enter in the filled slot shows the reply as it will go out; the second Enter sends it.
  await app.keys(['L', 'Enter'], slot);
  await expect(page.getByTestId('slot-preview')).toContainText('建议选L，穿着会比较合身');
  await app.keys(['Enter'], slot);
  await expect(app.lastAgentMessage()).toHaveText(/建议选L，穿着会比较合身/);
  await app.shot('presale-keyboard');

  // Each answered buyer left the queue: two fewer than before (the simulator may add new ones).
  await expect.poll(async () => (await page.locator('.queue-item__nick').allTextContents()).filter((n) => n === firstNick || n === secondNick).length).toBe(0);
  const after = await app.waitingCount();
  console.log(`[presale-keyboard] queue ${before} → ${after}; keystrokes after the picker opened: common phrase ${common.n} (h y Enter Enter), required-slot phrase ${slot.n} (t j c m Enter L Enter Enter)`);
  expect(common.n).toBeLessThanOrEqual(4);

  // Uses are counted: the used phrase now comes first with an empty query.
  await app.waitingItems().first().click();
  await app.composer().focus();
  await app.press('/');
  await expect(page.getByTestId('phrase-option').first()).toContainText(/欢迎问好|推荐尺码/);
});

test('two phrases stack into one reply: arrow keys pick the second match, and the second greeting is dropped', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.waitingItems().first().click();
  await app.phrasesReady();
  await app.composer().focus();
  await app.press('/');
  await page.keyboard.type('久等');
  await expect(page.getByTestId('phrase-option').first()).toContainText('久等致歉');
  await app.press('Enter');
  await expect(app.composer()).toHaveValue(/^亲，让您久等啦！/);
  await app.press('Control+End');
  await app.press(' ');
  await app.press('/');
  await page.keyboard.type('kd');
  // End and Home jump to the last and first match; the active one is the selected option.
  const options = page.getByTestId('phrase-option');
  await app.press('End');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await app.press('Home');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(app.picker()).toHaveValue('kd');
  await app.press('ArrowDown');
  await expect(page.getByTestId('phrase-option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="phrase-option"][aria-selected="true"]')).toHaveCount(1);
  await expect(page.getByTestId('phrase-option').nth(1).locator('strong')).toHaveText('发货时间');
  await app.press('Enter');
  const [first, second, ...rest] = (await app.composer().inputValue()).split('\n');
  expect(rest).toEqual([]);
  expect(first).toMatch(/^亲，让您久等啦！/);
  // 发货时间 starts with 亲，in the library; stacked second, it drops the repeated greeting.
  expect(second).toMatch(/^下午4点前付款的订单一般当天发出/);
});
