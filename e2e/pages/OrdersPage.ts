import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

/** The 订单 and 催付 tabs and the order entity tab, as an agent uses them. */
export class OrdersPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  // --- 订单 grid
  async openGrid(): Promise<void> {
    await this.tab('订单').click();
    await expect(this.page.getByTestId('orders-count')).toHaveAttribute('data-ready', 'yes');
  }
  search(): Locator {
    return this.page.getByTestId('orders-search');
  }
  rows(): Locator {
    return this.page.getByTestId('order-row');
  }
  count(): Locator {
    return this.page.getByTestId('orders-count');
  }
  async rowCount(): Promise<number> {
    return Number(((await this.count().textContent()) ?? '').match(/\d+/)?.[0] ?? -1);
  }
  statusChip(name: string): Locator {
    return this.page.locator('.ofilters__statuses label', { hasText: name });
  }
  /** Finds one order by its number in the grid and opens its tab. */
  async openOrder(orderNo: string): Promise<void> {
    await this.openGrid();
    await this.search().fill(orderNo);
    await expect(this.rows()).toHaveCount(1);
    await expect(this.rows().first()).toHaveAttribute('data-order-no', orderNo);
    await this.rows().first().locator('button.mono').click();
    await expect(this.detail()).toContainText(orderNo);
  }
  detail(): Locator {
    return this.page.getByTestId('order-detail');
  }
  /** Reveals the open order's recipient, phone and address: every reveal asks why (and is audited). */
  async revealAddress(reason: string): Promise<void> {
    await this.page.getByTestId('reveal-address').click();
    await this.page.getByLabel('查看原因（会记入审计）').fill(reason);
    await this.page.getByRole('button', { name: '确认查看' }).click();
  }

  // --- 催付 tab
  async openPayments(view: 'queue' | 'verify' | 'policy' = 'queue'): Promise<void> {
    await this.tab('催付').click();
    await this.page.getByTestId(`payments-view-${view}`).click();
  }
  paymentItems(): Locator {
    return this.page.getByTestId('payment-item');
  }
  dueItems(): Locator {
    return this.page.locator('[data-testid="payment-item"][data-state="due"]');
  }
  /** Due orders never reminded yet: a reminder to one of them counts one more reminded order for the sender. */
  firstTimeDueItems(): Locator {
    return this.page.locator('[data-testid="payment-item"][data-state="due"][data-sent="0"]');
  }
  verifyItems(): Locator {
    return this.page.getByTestId('verify-item');
  }
  successRate(): Locator {
    return this.page.getByTestId('success-rate');
  }

  /** Signs out and back in as the agent with this 工号. */
  async switchAgent(employeeNo: string): Promise<void> {
    await this.page.getByRole('button', { name: '换人' }).click();
    await this.page.getByTestId(`sign-in-${employeeNo}`).click();
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  /** Quiet hours would hold every reminder at night; a test removes them through the policy editor so it runs at any hour. */
  async removeQuietHours(): Promise<void> {
    const page = this.page;
    await this.openPayments('policy');
    // The shop list is a live query: read it once it has arrived, or no shop would be changed.
    await expect(page.getByTestId('policy-shop').locator('option').first()).toBeAttached();
    const shops = await page.getByTestId('policy-shop').locator('option').allTextContents();
    for (const shop of shops) {
      await page.getByTestId('policy-shop').selectOption({ label: shop });
      while ((await page.locator('[data-testid^="policy-quiet-"]').count()) > 0) {
        await page.locator('[data-testid^="policy-quiet-"]').first().getByRole('button', { name: '删除' }).click();
      }
      await page.getByTestId('policy-save').click();
      await expect(page.getByRole('status')).toContainText(`${shop} 的催付规则已保存`);
    }
  }
}
