import type { Page } from '@playwright/test';

/** One toast the app raised, as the stand-in recorded it. */
export interface Toast {
  title: string;
  body: string;
  tag: string;
  closed: boolean;
}

declare global {
  interface Window { __notes: (Toast & { click: () => void })[] }
}

/**
 * The desktop notifications a journey sees: a stand-in for the Web Notification API, installed
 * before the app loads, with permission granted, that records every toast the browser host
 * raises (through the shared notification scheduler) and whether it was closed since.
 */
export class DesktopNotifications {
  constructor(private readonly page: Page) {}

  async install(): Promise<void> {
    await this.page.addInitScript(() => {
      window.__notes = [];
      class FakeNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        onclick: (() => void) | null = null;
        constructor(title: string, opts: { body: string; tag: string }) {
          const rec = { title, body: opts.body, tag: opts.tag, closed: false, click: () => this.onclick?.() };
          window.__notes.push(rec);
          this.close = () => { rec.closed = true; };
        }
        close: () => void = () => {};
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
    });
  }

  /** Every toast raised so far, oldest first. */
  all(): Promise<Toast[]> {
    return this.page.evaluate(() => window.__notes.map(({ title, body, tag, closed }) => ({ title, body, tag, closed })));
  }

  /** The toasts whose title starts with `prefix` (a title names the buyer: "新买家等待回复：tb_…"). */
  async titled(prefix: string): Promise<Toast[]> {
    return (await this.all()).filter((n) => n.title.startsWith(prefix));
  }

  /** Drops what was recorded so far, so a journey sees only what comes next. */
  async forget(): Promise<void> {
    await this.page.evaluate(() => void (window.__notes.length = 0));
  }

  /** Clicks the first toast whose title starts with `prefix`, as the agent would. */
  async click(prefix: string): Promise<void> {
    await this.page.evaluate((p) => window.__notes.find((n) => n.title.startsWith(p))!.click(), prefix);
  }
}

/** The conversation part of a presale alert's key (`presale:<conversation>:<round>:<level>`; an id may hold ':'). */
export const conversationOfTag = (tag: string): string => tag.split(':').slice(0, -2).join(':');
