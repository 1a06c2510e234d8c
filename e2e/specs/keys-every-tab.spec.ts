import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';
import { OrdersPage } from '../pages/OrdersPage';
import { KeyCount, forbidClicks } from '../fixtures/keys';

const focusInPanel = (page: Page): Promise<boolean> =>
  page.evaluate(() => !!document.activeElement && document.activeElement !== document.body && !!document.querySelector('[role="tabpanel"]')?.contains(document.activeElement));

/**
 * Issue 16: every tab's first documented key (F1) works the moment the tab opens with its
 * shortcut — no Tab, no click first. Tabs without keys of their own (知识库, 报表) at least take
 * the focus, so the next key is theirs and not the page's.
 */
test('keyboard only: each tab by its shortcut, then at once its first documented key', async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  // Set-up: no quiet hours (any hour of the run), a 催付 reminder due; then back to 接待.
  await app.removeQuietHours();
  await page.getByTestId('payments-view-queue').click();
  await expect(page.locator('[data-testid="payment-item"][data-state="due"]').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('#tab-presale').click();
  await expect(app.waitingItems().first()).toBeVisible();
  const clicks = await forbidClicks(page);
  const keys = new KeyCount(page);

  // 接待 · Alt+N: the longest-waiting buyer, reply box focused.
  await keys.press('Control+1');
  await keys.press('Alt+n');
  await expect(page.getByTestId('composer')).toBeFocused();

  // 催付 · Enter: the chosen reminder goes out.
  await keys.press('Control+2');
  await expect(page.getByTestId('payment-queue')).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByTestId('payment-notice')).toContainText('催付');

  // 订单 · ↓: the grid's cursor moves to the next order.
  await keys.press('Control+3');
  await expect(page.getByTestId('orders-grid')).toBeFocused();
  await expect(page.getByTestId('order-row').first()).toHaveAttribute('aria-selected', 'true');
  await keys.press('ArrowDown');
  await expect(page.getByTestId('order-row').nth(1)).toHaveAttribute('aria-selected', 'true');

  // 售后 · Alt+N: a new case, its first field focused.
  await keys.press('Control+4');
  await expect(app.activeTab()).toHaveText('售后');
  await keys.press('Alt+n');
  await expect(page.getByTestId('case-type')).toBeFocused();
  await keys.press('Escape');

  // 评价 · Alt+N: a new review, its first field focused.
  await keys.press('Control+5');
  await expect(app.activeTab()).toHaveText('评价');
  await keys.press('Alt+n');
  await expect(page.getByTestId('review-order')).toBeFocused();

  // 交接 · the focus lands in the screen (on the first open promise, where K keeps it).
  await keys.press('Control+6');
  await expect(app.activeTab()).toHaveText('交接');
  await expect.poll(() => focusInPanel(page)).toBe(true);
  const promises = page.getByTestId('promise-row');
  if (await promises.count()) {
    await expect(promises.first()).toBeFocused();
    const before = await promises.count();
    await keys.press('k');
    await expect(promises).toHaveCount(before - 1);
  }

  // 笔记 · Alt+N: a new note, its text focused.
  await keys.press('Control+7');
  await expect(page.getByTestId('notes-search')).toBeFocused();
  await keys.press('Alt+n');
  await expect(page.getByTestId('note-body')).toBeFocused();

  // 知识库: the search takes what is typed.
  await keys.press('Control+8');
  await expect(page.getByTestId('knowledge-search')).toBeFocused();
  await keys.type('尺码');
  await expect(page.getByTestId('knowledge-search')).toHaveValue('尺码');

  // 报表: the focus is on the screen, not left on the page.
  await keys.press('Control+9');
  await expect(app.activeTab()).toHaveText('报表');
  await expect.poll(() => focusInPanel(page)).toBe(true);

  // Coming back, the focus is where the agent left it: 笔记's note text, 接待's reply box.
  await keys.press('Control+7');
  await expect(page.getByTestId('note-body')).toBeFocused();
  await keys.press('Control+1');
  await expect(page.getByTestId('composer')).toBeFocused();

  // The tab bar is one Tab stop: ←→ move along it, Enter opens, and the focus goes into the screen.
  const bar = app.tabBar();
  await expect(bar.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
  await page.getByRole('tab', { name: '接待', exact: true }).focus();
  await keys.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '催付', exact: true })).toBeFocused();
  await keys.press('End');
  await expect(page.getByRole('tab', { name: '设置', exact: true })).toBeFocused();
  await keys.press('ArrowLeft', 'Enter');
  await expect(app.activeTab()).toHaveText('报表');

  console.log(`[keys-every-tab] ${keys.toString()}`);
  expect(await clicks()).toBe(0);
});

test('browser host: Alt+1…9 and Alt+W stand in for the keys the browser keeps, and F1 says so', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await app.press('Alt+3');
  await expect(app.activeTab()).toHaveText('订单');
  await app.press('Alt+PageDown');
  await expect(app.activeTab()).toHaveText('售后');
  await app.press('Alt+PageUp');
  await expect(app.activeTab()).toHaveText('订单');
  await app.press('Control+k');
  await page.keyboard.type('设置');
  await page.keyboard.press('Enter');
  await expect(app.activeTab()).toHaveText('设置');
  await app.press('F1');
  const help = page.getByTestId('shortcut-help');
  await expect(help.getByTestId('shortcut-browser-note')).toContainText('Ctrl+W');
  await expect(help.locator('[data-command="global:tab"]')).toContainText('Alt+1 … Alt+9');
  await expect(help.locator('[data-command="global:closeTab"]')).toContainText('Alt+W');
  await app.shot('shortcut-help-browser');
  await page.keyboard.press('Escape');
});
