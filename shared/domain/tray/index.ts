/** Tray summary: what needs the agent now, for the tray icon, tooltip, menu and notifications. */
export { summarizeTray, MAX_NEWLY_DUE } from './summarize';
export { createTrayText, TRAY_MESSAGE_KEYS } from './labels';
export type { TrayMessageKey } from './labels';
export { dueKey } from './keys';
export type {
  CaseFact,
  FollowUpFact,
  PaymentReminderFact,
  Translate,
  TrayCounts,
  TrayFacts,
  TrayItemText,
  TrayLabels,
  TrayResult,
  TrayText,
  WaitingBuyerFact,
} from './types';
