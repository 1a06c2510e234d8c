import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './ConsolePage';

/** The 接待 screen: queue, chat, composer with the `/` picker, side panel, phrase library. */
export class PresalePage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  composer(): Locator {
    return this.page.getByTestId('composer');
  }

  picker(): Locator {
    return this.page.getByTestId('phrase-picker-input');
  }

  activeNick(): Locator {
    return this.page.locator('.queue-item--active .queue-item__nick');
  }

  chatNick(): Locator {
    return this.page.locator('.chat__head strong');
  }

  /** Opens the waiting buyer `nick` from the queue and sends `text` as the agent. */
  async answer(nick: string, text: string): Promise<void> {
    await this.waitingItems().filter({ hasText: nick }).click();
    await expect(this.chatNick()).toHaveText(nick);
    await this.composer().fill(text);
    await this.page.keyboard.press('Enter');
    await expect(this.waitingItems().filter({ hasText: nick })).toHaveCount(0);
  }

  lastAgentMessage(): Locator {
    return this.page.locator('.msg--agent .msg__text').last();
  }

  /** Presses keys one by one and counts them, so a journey can report its keystrokes. */
  async keys(list: string[], counter: { n: number }): Promise<void> {
    for (const k of list) {
      await this.page.keyboard.press(k);
      counter.n++;
    }
  }

  async openPhraseLibrary(): Promise<void> {
    await this.page.getByTestId('open-phrases').click();
    await expect(this.page.getByTestId('phrase-manager')).toBeVisible();
  }

  /** Waits until the starter library is in the store (seeded on first start). */
  async phrasesReady(): Promise<void> {
    await this.composer().focus();
    await this.page.keyboard.press('/');
    await expect(this.page.getByTestId('phrase-option').first()).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(this.picker()).toHaveCount(0);
    // Esc gives the focus back to the reply box the picker was opened from.
    await expect(this.composer()).toBeFocused();
  }
}
