import { formatDuration } from '../../lib/duration';
import type { Translate, TrayText } from './types';

/** Every i18n key this area uses, so the locale files can be checked for completeness. */
/** (The longest wait is worded by the shared duration format, whose keys are `DURATION_KEYS`.) */
export const TRAY_MESSAGE_KEYS = [
  'tray.tooltip',
  'tray.tooltipIdle',
  'tray.unanswered',
  'tray.dueReminders',
  'tray.dueFollowUps',
  'tray.overdueCases',
  'tray.open',
  'tray.quit',
  'tray.item.buyerTitle',
  'tray.item.buyerBody',
  'tray.item.paymentTitle',
  'tray.item.paymentBody',
  'tray.item.followUpTitle',
  'tray.item.followUpBody',
  'tray.item.ticketTitle',
  'tray.item.reviewTitle',
  'tray.item.caseBody',
] as const;
export type TrayMessageKey = (typeof TRAY_MESSAGE_KEYS)[number];

/**
 * Build the tray's texts from the renderer's translate function. The renderer owns i18n and
 * sends finished strings to main, so main (and this rule) never load a locale.
 */
export function createTrayText(t: Translate): TrayText {
  const tr = (key: TrayMessageKey, vars?: Record<string, string | number>): string => t(key, vars);
  return {
    labels(c) {
      const longestWait = formatDuration(c.longestWaitMs, t, { seconds: true });
      const idle = c.unanswered + c.dueReminders + c.dueFollowUps + c.overdueCases === 0;
      return {
        tooltip: idle
          ? tr('tray.tooltipIdle')
          : tr('tray.tooltip', { unanswered: c.unanswered, longestWait, dueReminders: c.dueReminders, dueFollowUps: c.dueFollowUps, overdueCases: c.overdueCases }),
        unanswered: tr('tray.unanswered', { count: c.unanswered, longestWait }),
        dueReminders: tr('tray.dueReminders', { count: c.dueReminders }),
        dueFollowUps: tr('tray.dueFollowUps', { count: c.dueFollowUps }),
        overdueCases: tr('tray.overdueCases', { count: c.overdueCases }),
        open: tr('tray.open'),
        quit: tr('tray.quit'),
      };
    },
    buyer: (f) => ({ title: tr('tray.item.buyerTitle', { nick: f.buyerNick }), body: tr('tray.item.buyerBody', { shop: f.shopName }) }),
    payment: (f) => ({ title: tr('tray.item.paymentTitle'), body: tr('tray.item.paymentBody', { label: f.label }) }),
    followUp: (f) => ({ title: tr('tray.item.followUpTitle'), body: tr('tray.item.followUpBody', { label: f.label }) }),
    case: (f) => ({ title: tr(f.caseKind === 'ticket' ? 'tray.item.ticketTitle' : 'tray.item.reviewTitle'), body: tr('tray.item.caseBody', { label: f.label }) }),
  };
}
