import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

declare global {
  interface Window { __notes: { title: string; body: string; tag: string; closed: boolean; click: () => void }[] }
}

test('in peak mode a new waiting buyer chimes and raises a notification that opens the chat; a muted shop stays quiet', async ({ page }) => {
  // A stand-in for the desktop notification API that records what the app shows.
  await page.addInitScript(() => {
    window.__notes = [];
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, opts: { body: string; tag: string }) {
        const rec = { title, body: opts.body, tag: opts.tag, closed: false, click: () => this.onclick?.() };
        window.__notes.push(rec);
        this.close = () => { rec.closed = true; };
      }
      close: () => void = () => {};
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
  });
  const app = new PresalePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();

  await app.tab('设置').click();
  await page.getByTestId('peak-mode').click();
  await expect(page.getByTestId('peak-mode')).toBeChecked();
  await app.tab('接待').click();

  // Buyers come in bursts: a notification names the new buyer; the chime counter goes up.
  await expect.poll(() => page.evaluate(() => window.__notes.filter((n) => n.title.startsWith('新买家等待回复')).length), { timeout: 30_000, intervals: [500] }).toBeGreaterThan(0);
  const note = await page.evaluate(() => window.__notes.find((n) => n.title.startsWith('新买家等待回复'))!.title);
  const nick = note.replace('新买家等待回复：', '');
  await expect.poll(() => page.evaluate(() => Number(document.documentElement.dataset.presaleChimes ?? '0'))).toBeGreaterThan(0);

  // Clicking it opens that conversation in its own tab.
  const tag = await page.evaluate(() => window.__notes.find((n) => n.title.startsWith('新买家等待回复'))!.tag);
  await page.evaluate(() => window.__notes.find((n) => n.title.startsWith('新买家等待回复'))!.click());
  await expect(app.activeTab()).toContainText('会话');
  await expect(page.locator('.chat__head strong')).toHaveText(nick);

  // Answering acknowledges every notification raised so far for this conversation. The simulated
  // buyer may write again after the answer; that is a new wait with its own notification.
  await page.getByTestId('composer').fill('您好，在的，请问想了解哪一款？');
  const raised = await page.evaluate(() => window.__notes.length);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(([t, n]) => window.__notes.slice(0, n).filter((x) => x.tag === t).every((x) => x.closed), [tag, raised] as const)).toBe(true);

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
  const newNotes = () => page.evaluate(() => window.__notes.filter((n) => n.title.startsWith('新买家等待回复')).length);
  const shown = await newNotes();
  const waiting = await app.waitingCount();
  await expect.poll(() => app.waitingCount(), { timeout: 30_000, intervals: [1000] }).toBeGreaterThan(waiting);
  await page.waitForTimeout(1500); // let the alert pass that follows the arrival run
  expect(await newNotes()).toBe(shown);
  await app.shot('presale-alerts');
});
