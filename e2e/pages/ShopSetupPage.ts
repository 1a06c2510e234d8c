import { expect, type Locator, type Page } from '@playwright/test';
import { PresalePage } from './PresalePage';

/** A real shop's first start (创建我的店铺 → wizard) and 知识库 as its agents use them. */
export class ShopSetupPage extends PresalePage {
  constructor(page: Page) {
    super(page);
  }

  /** 创建我的店铺 on the welcome page. */
  async createShop(shop: string, name: string, employeeNo: string, role: '客服' | '主管'): Promise<void> {
    const form = this.page.getByTestId('setup-form');
    await form.getByLabel('店铺名称').fill(shop);
    await form.getByLabel('我的姓名').fill(name);
    await form.getByLabel('工号').fill(employeeNo);
    await form.getByLabel('角色').selectOption({ label: role });
    await form.getByRole('button', { name: '创建并开始' }).click();
    await expect(this.wizard()).toBeVisible();
  }

  wizard(): Locator {
    return this.page.getByTestId('setup-wizard');
  }

  wizardStep(): Locator {
    return this.wizard().locator('#wizard-step-title');
  }

  async next(): Promise<void> {
    await this.page.getByTestId('setup-next').click();
  }

  /** Picks a file in the host's open dialog (the browser host's hidden file input). */
  async upload(trigger: Locator, name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await trigger.click();
    await (await chooser).setFiles({ name, mimeType, buffer });
  }

  productCards(): Locator {
    return this.page.getByTestId('product-card');
  }

  /** Reads rows straight from IndexedDB (what survives a reload is what the store holds). */
  async stored<T>(table: string): Promise<T[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<T[]>((resolve) => {
          const req = indexedDB.open('xiaoer-desk');
          req.onsuccess = () => {
            const db = req.result;
            const all = db.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => { db.close(); resolve(all.result as T[]); };
          };
        }),
      table,
    );
  }
}
