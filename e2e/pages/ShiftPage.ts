import { readdirSync, readFileSync } from 'node:fs';
import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { ConsolePage } from './ConsolePage';

/** The shift areas as an agent uses them: 笔记, 交接, promises and the daily checklist. */
export class ShiftPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  async openNotes(): Promise<void> {
    await this.tab('笔记').click();
    await expect(this.page.getByTestId('notes-search')).toBeVisible();
  }

  /** A new note, with its own editor on screen (not the previous note's, still shown for a moment). */
  async newNote(): Promise<void> {
    const editor = this.page.locator('.note-editor');
    const before = (await editor.count()) ? await editor.getAttribute('data-note-id') : null;
    await this.page.getByTestId('new-note').click();
    await expect(editor).toHaveAttribute('data-note-id', before ? new RegExp(`^(?!${before}$)`) : /.+/);
    await expect(this.noteBody()).toBeVisible();
  }

  noteBody(): Locator {
    return this.page.getByTestId('note-body');
  }

  noteStatus(): Locator {
    return this.page.getByTestId('note-status');
  }

  async expectSaved(): Promise<void> {
    await expect(this.noteStatus()).toHaveAttribute('data-state', 'saved');
  }

  noteItems(): Locator {
    return this.page.getByTestId('note-item');
  }

  async openHandover(): Promise<void> {
    await this.tab('交接').click();
    await expect(this.page.getByTestId('handover-screen')).toBeVisible();
  }

  /** Switch agent: the console's "switch" button, then the picker card of 工号 `no`. */
  /** After a restart: the console, or the sign-in picker when the session did not survive. */
  async signInIfAsked(no: string): Promise<void> {
    const card = this.page.getByTestId(`sign-in-${no}`);
    await expect(this.page.getByRole('tablist').or(card)).toBeVisible();
    if (await card.isVisible()) await card.click();
    await expect(this.page.getByRole('tablist')).toBeVisible();
  }

  /** A buyer's own tab, found by nick through the palette (Ctrl+K). */
  /** A buyer's own tab: Ctrl+K opens the buyer's chat, whose buyer panel opens the buyer. */
  async openBuyer(nick: string): Promise<Locator> {
    const input = await this.openPalette();
    await input.fill(nick);
    await expect(this.page.locator('.palette').getByRole('option').first()).toContainText(nick);
    await this.page.keyboard.press('Enter');
    await this.page.getByTestId('buyer-note-open').click();
    const detail = this.page.getByTestId('buyer-detail');
    await expect(detail).toContainText(nick);
    return detail;
  }

  /** The browser host's tray stand-in: due follow-ups and promises. */
  async trayFollowUps(): Promise<number> {
    return Number(await this.page.evaluate(() => document.documentElement.dataset.trayFollowUps ?? '-1'));
  }

  /** The browser host's tray stand-in: everything needing attention (buyers + due items). */
  async trayAttention(): Promise<number> {
    return Number(await this.page.evaluate(() => document.documentElement.dataset.trayAttention ?? '-1'));
  }
}

/**
 * A browser whose profile lives in `userDataDir`, so a second launch sees the first one's
 * IndexedDB and localStorage — and which can be killed without any unload (SIGKILL).
 */
export async function launchKillable(userDataDir: string): Promise<{ context: BrowserContext; page: Page; kill: () => void }> {
  const cfg = config.use ?? {};
  const launch = cfg.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: launch.executablePath,
    args: launch.args,
    locale: cfg.locale,
    timezoneId: cfg.timezoneId,
    viewport: cfg.viewport ?? null,
    baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 5299}/`,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const kill = (): void => {
    // The browser process is the one started with this profile and no --type= (not a child).
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let args: string[];
      try {
        args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      } catch {
        continue; // the process ended meanwhile
      }
      if (args.some((a) => a === `--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) process.kill(Number(pid), 'SIGKILL');
    }
  };
  return { context, page, kill };
}
