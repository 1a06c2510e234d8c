import { expect, test } from '@playwright/test';
import { ConsolePage } from '../pages/ConsolePage';
import { wrappedOnScreen } from '../fixtures/layout';
import { storeRows } from '../fixtures/keys';

const SIZES = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const;
const TABS = ['presale', 'payments', 'orders', 'aftersale', 'reviews', 'handover', 'notes', 'knowledge', 'reports', 'settings'] as const;

/**
 * Issue 16: every tab at the two screens agents have (a 1366×768 laptop, a 1920×1080 monitor),
 * plus an order's tab and a chat with its side panel: a screenshot of each (kept as artifacts,
 * looked at), and no button, tab or header wrapped onto a second line.
 */
for (const size of SIZES) {
  test(`every tab at ${size.width}×${size.height}: nothing wrapped, a screenshot each`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new ConsolePage(page);
    await app.startDemo();
    await expect(app.waitingItems().first()).toBeVisible();
    const wrapped: string[] = [];
    const look = async (name: string): Promise<void> => {
      await page.waitForTimeout(500);
      await app.shot(`layout-${size.width}-${name}`);
      for (const w of await wrappedOnScreen(page)) wrapped.push(`${name}: ${w}`);
    };
    for (const [i, key] of TABS.entries()) {
      await page.locator(`#tab-${key}`).click();
      await expect(page.locator(`#tab-${key}`)).toHaveAttribute('aria-selected', 'true');
      if (i === 0) await app.press('Alt+n');
      await look(key);
    }
    const orders = await storeRows<{ orderNo: string; deletedAt: number | null }>(page, 'orders', 20);
    const input = await app.openPalette();
    await input.pressSequentially(orders.find((o) => o.deletedAt === null)?.orderNo ?? '');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('order-detail')).toBeVisible();
    await look('order');
    expect(wrapped).toEqual([]);
  });
}
