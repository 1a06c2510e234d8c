import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

export interface IngestAnswer { status: number; body: { accepted: string[]; duplicates: string[]; rejected: { index: number; eventId: string | null; field: string; reason: string }[]; error?: string } }

/** 设置 → 接入 as a shop's IT person uses it, and the ERP side posting real HTTP batches. */
export class IngestPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  section(): Locator {
    return this.page.getByTestId('ingest-section');
  }

  async openSettings(): Promise<void> {
    await this.tab('设置').click();
    await expect(this.page.getByTestId('ingest-state')).toHaveText('运行中');
  }

  /** What the IT person copies into the bridge: the endpoint, the token (after 显示) and a shop id. */
  async connection(): Promise<{ url: string; token: string; shopId: string }> {
    await this.openSettings();
    const url = (await this.page.getByTestId('ingest-url').textContent()) ?? '';
    await this.section().getByRole('button', { name: '显示' }).click();
    const token = (await this.page.getByTestId('ingest-token').textContent()) ?? '';
    const shopId = (await this.section().locator('.ingest__shop code').first().textContent()) ?? '';
    return { url, token, shopId };
  }

  /** A real HTTP POST from this (Node) process, as an ERP would send it. */
  async post(url: string, token: string, body: string): Promise<IngestAnswer> {
    const res = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
    return { status: res.status, body: (await res.json()) as IngestAnswer['body'] };
  }

  counts(): Locator {
    return this.page.getByTestId('ingest-counts');
  }
}
