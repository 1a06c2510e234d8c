import { expect, type Locator, type Page } from '@playwright/test';
import { OrdersPage } from './OrdersPage';

/** One PC of a shop's team: first start as a real shop, 设置 → 团队, the header's sync indicator. */
export class TeamPage extends OrdersPage {
  constructor(page: Page) {
    super(page);
  }

  /** First start on a real shop (not the demo): the shop and its first agent, the wizard left for later. */
  async setUpShop(shopName: string, agentName: string, employeeNo: string, role: 'agent' | 'supervisor' = 'agent'): Promise<void> {
    await this.openFresh();
    await this.page.locator('#role').selectOption(role);
    await this.page.locator('#shopName').fill(shopName);
    await this.page.locator('#platform').selectOption('taobao');
    await this.page.locator('#agentName').fill(agentName);
    await this.page.locator('#employeeNo').fill(employeeNo);
    await this.page.getByRole('button', { name: '创建并开始' }).click();
    // The setup wizard opens on a real shop's first start; these PCs join a team instead.
    await this.skipSetup();
  }

  indicator(): Locator {
    return this.page.getByTestId('sync-indicator');
  }

  section(): Locator {
    return this.page.getByTestId('team-section');
  }

  async openTeam(): Promise<void> {
    await this.tab('设置').click();
    await this.section().scrollIntoViewIfNeeded();
    await expect(this.section()).toBeVisible();
  }

  /**
   * The supervisor's board (accounts, presence, waiting queues, reassigning): the one way the
   * specs reach it: the 团队 tab, a signed-in supervisor's own.
   */
  async openTeamBoard(): Promise<void> {
    await this.openTeamTab();
    await expect(this.page.getByTestId('team-board')).toBeVisible();
  }

  /** 设置 → 团队: server address and the supervisor's one-time code. */
  async join(serverUrl: string, code: string): Promise<void> {
    await this.openTeam();
    await this.page.locator('#teamServer').fill(serverUrl);
    await this.page.locator('#teamCode').fill(code);
    await this.page.getByTestId('team-join').click();
    await expect(this.page.getByTestId('team-name')).toBeVisible();
  }

  /** 设置 → 团队 → 退出团队, confirmed. */
  async leave(): Promise<void> {
    await this.openTeam();
    await this.page.getByTestId('team-leave').click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: '退出团队' }).click();
    await expect(this.page.locator('#teamCode')).toBeVisible();
  }

  /** 设置 → 团队 of a team with accounts: after the code, the PC asks whoever sits down to sign in. */
  async joinWithAccounts(serverUrl: string, code: string): Promise<void> {
    await this.openTeam();
    await this.page.locator('#teamServer').fill(serverUrl);
    await this.page.locator('#teamCode').fill(code);
    await this.page.getByTestId('team-join').click();
    await expect(this.page.getByTestId('account-sign-in')).toBeVisible({ timeout: 30_000 });
  }

  /** The shift change on a shared PC: 工号, Tab, password, Enter — no mouse. */
  async typeSignIn(employeeNo: string, password: string): Promise<void> {
    await this.page.locator('#accountEmployeeNo').focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(employeeNo);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }

  /** The end of a shift on a shared PC without the mouse: the sign-out shortcut brings back the sign-in form. */
  async keyboardSignOut(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
    await expect(this.page.getByTestId('account-sign-in')).toBeVisible();
    await expect(this.page.locator('#accountEmployeeNo')).toBeFocused();
  }

  async signIn(employeeNo: string, password: string): Promise<void> {
    await this.typeSignIn(employeeNo, password);
    await expect(this.page.getByRole('tablist')).toBeVisible({ timeout: 20_000 });
  }

  signInError(): Locator {
    return this.page.getByTestId('account-error');
  }

  async expectSynced(timeout = 15_000): Promise<void> {
    await expect(this.indicator()).toHaveAttribute('data-state', 'synced', { timeout });
    await expect(this.indicator()).toHaveText('已同步');
  }

  /** Imports an order export file into one shop and waits for the result line. */
  async importOrders(shopName: string, name: string, bytes: Buffer): Promise<void> {
    await this.openGrid();
    await this.page.getByTestId('orders-import-open').click();
    await this.page.getByTestId('order-import-shop').selectOption({ label: shopName });
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('order-import-pick').click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
    await expect(this.page.getByTestId('order-import-preview')).toBeVisible();
    await this.page.getByTestId('order-import-confirm').click();
    await expect(this.page.getByTestId('order-import-done')).toBeVisible();
  }

  remarks(): Locator {
    return this.page.getByTestId('remark');
  }

  async addRemark(text: string): Promise<void> {
    const before = await this.remarks().count();
    await this.page.getByTestId('remark-input').fill(text);
    await this.page.getByTestId('remark-add').click();
    await expect(this.remarks()).toHaveCount(before + 1);
  }

  /** The 团队 tab (a signed-in supervisor's only) by its key, as a supervisor reaches it. */
  async openTeamTab(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await expect(this.page.getByTestId('team-screen')).toBeVisible();
  }

  board(): Locator {
    return this.page.getByTestId('team-board');
  }

  /** One agent's row of the board (agentId '' is the buyers nobody holds). */
  boardRow(name: string): Locator {
    return this.board().getByTestId('team-board-row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** 团队 → 客服账号 → 新建账号. */
  async createAccount(employeeNo: string, name: string, password: string): Promise<void> {
    await this.page.locator('#newAccountNo').fill(employeeNo);
    await this.page.locator('#newAccountName').fill(name);
    await this.page.locator('#newAccountPassword').fill(password);
    await this.page.getByTestId('team-account-create').click();
    await expect(this.page.getByTestId('team-account-message')).toContainText(`已为 ${name}（${employeeNo}）建好账号`);
  }

  /** 接待 → 接待状态: 在线 / 忙碌 / 离开. */
  async setPresence(label: '在线' | '忙碌' | '离开'): Promise<void> {
    await this.tab('接待').click();
    await this.page.getByRole('radiogroup', { name: '接待状态' }).getByText(label, { exact: true }).click();
  }

  /** An Ariakit select of the 团队 tab: opens it and picks the option whose text contains `text`. */
  async pick(testId: string, text: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('listbox').getByRole('option').filter({ hasText: text }).first().click();
  }

  /** 团队 → 设备 → 生成加入码: the code the panel shows, as the next PC types it. */
  async makeEnrolCode(): Promise<string> {
    await this.page.getByTestId('team-devices-new-code').click();
    const code = this.page.getByTestId('team-devices-code');
    await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){2,7}$/, { timeout: 15_000 });
    return (await code.textContent()) ?? '';
  }

  /** 团队 → 设备: the PC's row (it appears with the panel's next look at the server). */
  deviceRow(deviceId: string): Locator {
    return this.page.getByTestId('team-devices-row').and(this.page.locator(`[data-device-id="${deviceId}"]`));
  }

  /** 团队 → 设备 → 撤销, confirmed. */
  async revokeDevice(deviceId: string, shot?: string): Promise<void> {
    const row = this.deviceRow(deviceId);
    await expect(row).toBeVisible({ timeout: 15_000 });
    await row.getByTestId('team-devices-revoke').click();
    await expect(this.page.getByTestId('team-devices-revoke-dialog')).toBeVisible();
    if (shot) await this.shot(shot);
    await this.page.getByTestId('team-devices-revoke-confirm').click();
    await expect(row).toHaveAttribute('data-revoked', 'true');
  }

  currentStep(): Locator {
    return this.page.locator('.steps li[aria-current="step"]');
  }
}
