import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';
import { rawTextOnScreen } from '../fixtures/rawText';
import { storeRows } from '../fixtures/keys';

const FIXED = ['接待', '催付', '订单', '售后', '评价', '交接', '笔记', '知识库', '报表', '设置'];

/** Every screen an agent reaches in a shift, in the language chosen: each one scanned as it shows. */
async function walk(page: Page, app: ConsolePage, where: string[]): Promise<void> {
  const seen: string[] = [];
  const scan = async (screen: string): Promise<void> => {
    // Live reads answer in a moment: scan what settled, twice apart, so a late value is caught too.
    await page.waitForTimeout(400);
    for (const f of await rawTextOnScreen(page)) seen.push(`${screen}: ${f.what} — ${f.text}`);
  };
  for (const [i] of FIXED.entries()) {
    if (i < 9) await app.press(`Control+${i + 1}`);
    else {
      const input = await app.openPalette();
      await input.pressSequentially(where[9] ?? '');
      await page.keyboard.press('Enter');
    }
    await expect(app.activeTab()).toHaveText(where[i] ?? '');
    await scan(where[i] ?? '');
  }
  // The views behind the screens' switches: 催付's 待核实 and policy, the case registers.
  await app.press('Control+2');
  for (const v of ['verify', 'policy']) {
    await page.getByTestId(`payments-view-${v}`).click();
    await scan(`payments/${v}`);
  }
  await app.press('Control+4');
  await page.getByTestId('aftersale-view-register').click();
  await scan('aftersale/register');
  await app.press('Control+5');
  await page.getByTestId('reviews-view-register').click();
  await scan('reviews/register');
  // An order's tab, a case's tab and a chat, opened from the keyboard; the F1 sheet.
  const orders = await storeRows<{ orderNo: string; deletedAt: number | null }>(page, 'orders', 20);
  const input = await app.openPalette();
  await input.pressSequentially(orders.find((o) => o.deletedAt === null)?.orderNo ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-detail')).toBeVisible();
  await scan('order tab');
  // An empty remark is refused in the agent's language, never in zod's English.
  await app.press('Alt+b');
  await app.press('Control+Enter');
  await expect(page.getByTestId('remark-error')).toBeVisible();
  await scan('order tab: empty remark');
  await app.press('Control+4');
  await page.getByTestId('aftersale-view-queue').click();
  await page.getByTestId('ticket-item').first().press('Enter');
  await scan('case tab');
  await app.press('Control+1');
  await app.press('Alt+n');
  await scan('chat');
  await app.press('F1');
  await scan('F1');
  await page.keyboard.press('Escape');
  expect(seen).toEqual([]);
}

test('every screen speaks Chinese: no enum value, locale key, missing key or zod text on any of them', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await expect(app.waitingItems().first()).toBeVisible();
  // 交接 lists the open cases by kind: named, never `lost_parcel`.
  await walk(page, app, FIXED);
  await app.press('Control+6');
  await expect(page.locator('[data-testid="handover-item"][data-key^="ticket:"]').first()).toBeVisible();
  await expect(page.locator('[data-testid="handover-item"][data-key^="ticket:"]').first()).toContainText(/查件|少发|错发|质量问题|七天无理由|退款|丢件|拦件|缺货/);
  await app.shot('handover-translated');
});

test('and English, switched in 设置: the same screens, the same rule', async ({ page }) => {
  const app = new ConsolePage(page);
  await app.startDemo();
  await page.evaluate(() => localStorage.setItem('xiaoer.lang', 'en-US'));
  await page.reload();
  await expect(app.tab('Chats')).toBeVisible();
  const names = await app.tabBar().getByRole('tab').allTextContents();
  await walk(page, app, names.slice(0, 10));
});
