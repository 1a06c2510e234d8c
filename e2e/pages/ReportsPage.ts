import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { IngestPage } from './IngestPage';

/** 报表 as a supervisor uses it: figures, drill-downs, exports, the weekly report. */
export class ReportsPage extends IngestPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.tab('报表').click();
    await expect(this.page.getByTestId('response-rate-total')).toBeVisible();
    await expect(this.page.getByTestId('reports-span')).toHaveAttribute('data-ready', 'yes', { timeout: 30_000 });
  }

  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}-value`);
  }

  /** A figure's number as shown: 12, 45.5 (%), 259.00 (¥). */
  async figureNumber(id: string): Promise<number> {
    const text = (await this.figure(id).textContent()) ?? '';
    return text === '—' ? 0 : Number(text.replace(/[¥%,]/g, ''));
  }

  drill(): Locator {
    return this.page.getByTestId('drill-dialog');
  }

  async download(trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const wait = this.page.waitForEvent('download');
    await trigger();
    const d: Download = await wait;
    return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
  }
}
