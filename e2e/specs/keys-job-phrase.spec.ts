import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';
import { IngestPage } from '../pages/IngestPage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Issue 16, job 1: take the next buyer and answer a sizing question with a phrase (/cm); goal ≤ 4.
 * The buyer told their height and weight in the chat ("175 70kg") about a product of the shop, so
 * picking 推荐尺码 fills its 尺码 slot from that product's size chart and shows the reply at once:
 * Alt+N / (cm) Enter Enter. The buyer arrives through the ingest endpoint as the longest waiting,
 * so Alt+N takes them. A phrase without a slot (问身高体重, "/sgtz") is 4 keys too.
 */
test('keyboard only: the next buyer gave height and weight, "/cm" fills 尺码 from the size chart, sent: 4 keys (4 without a slot)', async ({ page }) => {
  const app = new PresalePage(page);
  const ingest = new IngestPage(page);
  await app.startDemo();
  const { url, token } = await ingest.connection();
  const shopId = (await ingest.section().locator('.ingest__shop', { hasText: '青禾衣舍旗舰店' }).locator('code').textContent()) ?? '';
  const now = Date.now();
  const nick = `tb_问尺码${now % 100000}`;
  // Waiting half an hour: longer than any demo buyer, so it is the next one.
  const at = now - 30 * 60_000;
  const sent = await ingest.post(url, token, JSON.stringify({
    events: [{ eventId: `size-${now}`, type: 'buyer.message', shopId, at, buyerNick: nick, text: '女款精梳棉落肩圆领T恤 我175 70kg，穿什么码合适？' }],
  }));
  expect(sent.body.accepted).toEqual([`size-${now}`]);
  await app.tab('接待').click();
  await expect(app.waitingItems().filter({ hasText: nick })).toHaveCount(1);
  await app.phrasesReady();
  await page.locator('body').click({ position: { x: 700, y: 10 } });
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  await keys.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  await expect(app.activeNick()).toHaveText(nick);
  await keys.press('/');
  await expect(app.picker()).toBeFocused();
  await keys.type('cm');
  await expect(page.getByTestId('phrase-option').first()).toContainText('推荐尺码');
  await keys.press('Enter');
  // 175 cm → XL (170-176), 70 kg → XL (60-68, within the chart's tolerance): the reply shows at once.
  const slot = page.getByLabel('填写 尺码');
  await expect(slot).toHaveValue('XL');
  await expect(slot).toBeFocused();
  await expect(page.getByTestId('slot-preview')).toContainText('建议选XL');
  await expect(page.getByTestId('slot-suggested')).toContainText('女款精梳棉落肩圆领T恤');
  await keys.press('Enter');
  await expect(app.lastAgentMessage()).toContainText('建议选XL');
  await expect(page.locator('.queue-item__nick', { hasText: new RegExp(`^${escape(nick)}$`) })).toHaveCount(0);
  console.log(`[keys-job-phrase] with a slot worked out: ${keys.toString()}`);
  expect(keys.presses).toBeLessThanOrEqual(4);

  // A sizing phrase without a slot: the goal's 4 keys.
  const plain = new KeyCount(page);
  await plain.press('Alt+n');
  await expect(app.composer()).toBeFocused();
  await plain.press('/');
  await plain.type('sgtz');
  await expect(page.getByTestId('phrase-option').first()).toContainText('问身高体重');
  await plain.press('Enter');
  await expect(app.composer()).toHaveValue(/身高、体重和平时穿的尺码/);
  await plain.press('Enter');
  await expect(app.lastAgentMessage()).toContainText('身高、体重和平时穿的尺码');
  console.log(`[keys-job-phrase] without a slot: ${plain.toString()}`);
  expect(plain.presses).toBeLessThanOrEqual(4);
  expect(await clicks()).toBe(0);
});
