import { expect, type Locator, type Page } from '@playwright/test';

/** The workstation as an agent sees it: welcome, sign-in, tabs, palette. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async openFresh(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  }

  /** First start: one click into the embedded demo shop. */
  async startDemo(): Promise<void> {
    await this.openFresh();
    await this.page.getByTestId('start-demo').click();
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  /** After 创建我的店铺 the setup wizard opens; this leaves it for later (设置 has every step). */
  async skipSetup(): Promise<void> {
    await expect(this.page.getByTestId('setup-wizard')).toBeVisible();
    await this.page.getByTestId('setup-skip').click();
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  /** 换人: another agent of this PC signs in from the picker (by 工号). */
  async switchTo(no: string): Promise<void> {
    await this.page.getByRole('button', { name: '换人' }).click();
    await this.page.getByTestId(`sign-in-${no}`).click();
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  /** The console's own tab bar (screens may have inner tabs of their own). */
  tabBar(): Locator {
    return this.page.locator('nav.tabbar');
  }

  tab(name: string): Locator {
    return this.tabBar().getByRole('tab', { name, exact: true });
  }

  activeTab(): Locator {
    return this.tabBar().locator('[role="tab"][aria-selected="true"]');
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async openPalette(): Promise<Locator> {
    await this.press('Control+k');
    const input = this.page.getByTestId('palette-input');
    await expect(input).toBeFocused();
    return input;
  }

  waitingItems(): Locator {
    return this.page.getByTestId('queue-item');
  }

  async waitingCount(): Promise<number> {
    return Number(await this.page.getByTestId('waiting-count').textContent());
  }

  /** The browser host's tray stand-in: the unanswered count in the title and favicon badge. */
  async trayCount(): Promise<number> {
    return Number(await this.page.evaluate(() => document.documentElement.dataset.trayUnanswered ?? '-1'));
  }

  async faviconBadge(): Promise<string | null> {
    return this.page.locator('link[rel="icon"]').getAttribute('data-badge');
  }

  /** Answers the app's confirmation dialog (its last button confirms, Cancel comes first); returns the question. */
  async answerConfirm(yes: boolean): Promise<string> {
    const dialog = this.page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    const question = (await dialog.locator('.dialog__body').textContent()) ?? '';
    const buttons = dialog.locator('.dialog__actions button');
    await (yes ? buttons.last() : buttons.first()).click();
    await expect(dialog).toHaveCount(0);
    return question;
  }

  /** Test runs keep their screenshots as artifacts; `npm run screenshots` refreshes the README's. */
  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots'}/${name}.png` });
  }
}
