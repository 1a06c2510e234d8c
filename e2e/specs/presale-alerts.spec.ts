import { expect, test } from '@playwright/test';
import { conversationOfTag, DesktopNotifications } from '../pages/DesktopNotifications';
import { PresalePage } from '../pages/PresalePage';

test('in peak mode a new waiting buyer chimes and raises a notification that opens the chat; a muted shop stays quiet', async ({ page }) => {
  // A stand-in for the desktop notification API that records what the app shows.
  const toasts = new DesktopNotifications(page);
  await toasts.install();
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();

  await app.tab('设置').click();
  await page.getByTestId('peak-mode').click();
  await expect(page.getByTestId('peak-mode')).toBeChecked();
  await app.tab('接待').click();

  // Buyers come in bursts: a notification names the new buyer; the chime counter goes up.
  await expect.poll(async () => (await toasts.titled('新买家等待回复')).length, { timeout: 30_000, intervals: [500] }).toBeGreaterThan(0);
  const [note] = await toasts.titled('新买家等待回复');
  const nick = note!.title.replace('新买家等待回复：', '');
  await expect.poll(() => page.evaluate(() => Number(document.documentElement.dataset.presaleChimes ?? '0'))).toBeGreaterThan(0);

  // Clicking it opens that conversation in its own tab.
  await toasts.click('新买家等待回复');
  await expect(app.activeTab()).toContainText('会话');
  await expect(page.locator('.chat__head strong')).toHaveText(nick);

  // Answering acknowledges every notification raised so far for this conversation, whatever its
  // level. The simulated buyer may write again after the answer; that is a new round with its
  // own notification.
  await page.getByTestId('composer').fill('您好，在的，请问想了解哪一款？');
  const conversation = conversationOfTag(note!.tag);
  const raised = (await toasts.all()).length;
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await toasts.all()).slice(0, raised).filter((x) => conversationOfTag(x.tag) === conversation).every((x) => x.closed)).toBe(true);

  // Muting every shop: new buyers keep arriving but no new notification appears.
  await app.press('Control+1');
  // The shop list is a live query of the freshly shown tab: count it once it has arrived.
  const options = page.getByTestId('filter-shop').locator('option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  const shops = await options.count();
  for (let i = 1; i < shops; i++) {
    await page.getByTestId('filter-shop').selectOption({ index: i });
    await page.getByTestId('mute-shop').click();
    await expect(page.getByTestId('mute-shop')).toHaveText('取消静音');
  }
  await page.getByTestId('filter-shop').selectOption({ index: 0 });
  // The alarm has taken the mutes in, and what it started before them has landed.
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.presaleMuted)).toBe(String(shops - 1));
  await page.waitForTimeout(1000);
  const newNotes = async () => (await toasts.titled('新买家等待回复')).length;
  const shown = await newNotes();
  const waiting = await app.waitingCount();
  await expect.poll(() => app.waitingCount(), { timeout: 30_000, intervals: [1000] }).toBeGreaterThan(waiting);
  await page.waitForTimeout(1500); // let the alert pass that follows the arrival run
  expect(await newNotes()).toBe(shown);
  await app.shot('presale-alerts');
});
