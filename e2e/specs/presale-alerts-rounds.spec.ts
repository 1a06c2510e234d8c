import { expect, test } from '@playwright/test';
import { conversationOfTag, DesktopNotifications } from '../pages/DesktopNotifications';
import { IngestPage } from '../pages/IngestPage';
import { PresalePage } from '../pages/PresalePage';

const NICK = 'tb_回头客';
const NEW = `新买家等待回复：${NICK}`;
const OVER = `已等待超过 3 分钟：${NICK}`;

test('a buyer who writes again after an answer rings again, and over 3 minutes the alarm repeats until answered', async ({ page }) => {
  // Page time runs on Playwright's clock (flowing from now), so minutes can be skipped; the
  // repeats come from the shared notification scheduler's own timers in the browser host.
  await page.clock.install();
  const toasts = new DesktopNotifications(page);
  await toasts.install();
  const app = new PresalePage(page);
  const erp = new IngestPage(page);
  await app.startDemo();
  // Quiet the demo buyers: the only buyer that matters here writes through the ERP endpoint.
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  const { url, token, shopId } = await erp.connection();
  await app.tab('接待').click();

  let sent = 0;
  const buyerWrites = async (text: string): Promise<void> => {
    const at = await page.evaluate(() => Date.now());
    sent += 1;
    const answer = await erp.post(url, token, JSON.stringify({ events: [{ eventId: `rounds-${at}-${sent}`, type: 'buyer.message', shopId, at, buyerNick: NICK, text }] }));
    expect(answer.status).toBe(202);
    await expect(app.waitingItems().filter({ hasText: NICK })).toHaveCount(1);
  };

  // Round 1: a new buyer rings once.
  await buyerWrites('你好，这款围巾有灰色吗？');
  await expect.poll(async () => (await toasts.titled(NEW)).length).toBe(1);
  const [first] = await toasts.titled(NEW);
  expect(first!.tag).toMatch(/^presale:.+:\d+:new$/);

  // Answered: the toast is withdrawn.
  await app.answer(NICK, '您好，有的，灰色现货～');
  await expect.poll(async () => (await toasts.titled(NEW)).every((n) => n.closed)).toBe(true);

  // Round 2: the same buyer writes again in the same conversation and rings again — a new
  // toast under a new key (the round), though its key shares the conversation.
  await page.clock.fastForward('00:20');
  await buyerWrites('那再问下，今天能发货吗？');
  await expect.poll(async () => (await toasts.titled(NEW)).length).toBe(2);
  const [, second] = await toasts.titled(NEW);
  expect(second!.tag).not.toBe(first!.tag);
  expect(conversationOfTag(second!.tag)).toBe(conversationOfTag(first!.tag));
  expect(second!.closed).toBe(false);

  // Left waiting past the 3-minute line: the alarm escalates (the new-buyer toast makes way)...
  await page.clock.fastForward('03:05');
  await expect.poll(async () => (await toasts.titled(OVER)).length, { timeout: 15_000 }).toBe(1);
  expect((await toasts.titled(NEW)).every((n) => n.closed)).toBe(true);
  const [over] = await toasts.titled(OVER);
  expect(over!.tag).toMatch(/:over$/);

  // ...and repeats every minute, each toast replacing the previous one, until answered.
  await page.clock.fastForward('01:00');
  await expect.poll(async () => (await toasts.titled(OVER)).length).toBe(2);
  await page.clock.fastForward('01:00');
  await expect.poll(async () => (await toasts.titled(OVER)).length).toBe(3);
  const repeats = await toasts.titled(OVER);
  expect(new Set(repeats.map((n) => n.tag))).toEqual(new Set([over!.tag]));
  expect(repeats.map((n) => n.closed)).toEqual([true, true, false]);
  await app.shot('presale-alerts-rounds');

  // Answered: the alarm stops, and an answered round never rings again.
  await app.answer(NICK, '今天下午四点前拍下当天发～');
  await expect.poll(async () => (await toasts.titled(OVER)).every((n) => n.closed)).toBe(true);
  const raised = (await toasts.all()).filter((n) => n.title.endsWith(NICK)).length;
  await page.clock.fastForward('05:00');
  await page.waitForTimeout(1000);
  expect((await toasts.all()).filter((n) => n.title.endsWith(NICK)).length).toBe(raised);
});
