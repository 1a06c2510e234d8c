import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ConsolePage } from './ConsolePage';

/** A valid 1×1 PNG, so the browser can decode it and make a thumbnail. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** "YYYY-MM-DDTHH:mm" (Shanghai) for datetime-local inputs, `offsetMs` from now. */
export function localInput(offsetMs: number): string {
  return new Date(Date.now() + offsetMs + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** The 售后 and 评价 tabs, the case tab and the registers. */
export class CasesPage {
  readonly app: ConsolePage;
  constructor(readonly page: Page) {
    this.app = new ConsolePage(page);
  }

  caseError(): Locator {
    return this.page.getByTestId('case-error');
  }

  /** From the first waiting conversation: register a case of the given type. */
  async createFromConversation(typeLabel: string, summary: string, shot?: string): Promise<void> {
    await this.app.waitingItems().first().click();
    await this.page.getByTestId('case-from-conversation').click();
    await this.page.getByTestId('case-type').selectOption({ label: typeLabel });
    await this.page.getByTestId('case-summary').fill(summary);
    if (shot) await this.app.shot(shot);
    await this.page.getByTestId('case-create').click();
    await expect(this.page.getByTestId('ticket-case')).toBeVisible();
  }

  async advance(expectStep: string): Promise<void> {
    await this.page.getByTestId('ticket-advance').click();
    await expect(this.page.locator('.steps li[aria-current="step"]')).toHaveText(expectStep);
  }

  async logContact(channelLabel: string, result: string, next: string | null): Promise<void> {
    const before = await this.page.getByTestId('contact-item').count();
    await this.page.getByTestId('contact-channel').selectOption({ label: channelLabel });
    await this.page.getByTestId('contact-result').fill(result);
    await this.page.getByTestId('contact-next').fill(next ?? '');
    await this.page.getByTestId('contact-add').click();
    await expect(this.page.getByTestId('contact-item')).toHaveCount(before + 1);
  }

  /** Clicks an export of buyer data and says why (the export is audited); the dialog is `whyTestId`. */
  async exportWithReason(button: string, whyTestId: string, reason = '月底汇总给采购'): Promise<void> {
    await this.page.getByTestId(button).click();
    const why = this.page.getByTestId(whyTestId);
    await why.getByRole('textbox').fill(reason);
    await why.getByRole('button', { name: '导出' }).click();
  }

  async download(trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const wait = this.page.waitForEvent('download');
    await trigger();
    const d: Download = await wait;
    const path = await d.path();
    return { name: d.suggestedFilename(), bytes: await readFile(path) };
  }

  async openTab(name: '售后' | '评价'): Promise<void> {
    await this.app.tab(name).click();
  }

  async overdueCases(): Promise<number> {
    return Number(await this.page.evaluate(() => document.documentElement.dataset.trayOverdueCases ?? '-1'));
  }
}
