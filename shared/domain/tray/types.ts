import type { TabTarget } from '../../schemas/tabs';
import type { TraySummary } from '../../schemas/tray';

/** A conversation whose buyer is waiting for a reply (status `waiting`). */
export interface WaitingBuyerFact {
  id: string;
  buyerNick: string;
  shopName: string;
  /** The wait runs from here; a new value means a new waiting round (and one new notification). */
  lastBuyerAt: number;
}

/** A 催付 reminder; only those with dueAt <= now count, so callers may pass upcoming ones too. */
export interface PaymentReminderFact {
  id: string;
  dueAt: number;
  label: string;
  /** The order to open when the agent clicks the notification; null opens the 催付 tab. */
  orderId: string | null;
}

/** A follow-up or promise made to a buyer ("I'll tell you tomorrow when it ships"). */
export interface FollowUpFact {
  id: string;
  dueAt: number;
  label: string;
  target: TabTarget;
}

/** An aftersale ticket or a 中差评 review with a deadline (ticket dueAt, review nextContactAt). */
export interface CaseFact {
  id: string;
  caseKind: 'ticket' | 'review';
  dueAt: number;
  label: string;
}

/** What the store knows right now; the data layer builds it from live queries. */
export interface TrayFacts {
  waiting: readonly WaitingBuyerFact[];
  payments: readonly PaymentReminderFact[];
  followUps: readonly FollowUpFact[];
  cases: readonly CaseFact[];
}

/** The numbers of a summary, without labels or notifications. */
export type TrayCounts = Pick<TraySummary, 'unanswered' | 'longestWaitMs' | 'dueReminders' | 'dueFollowUps' | 'overdueCases'>;

export type TrayLabels = TraySummary['labels'];

/** A notification's visible text. */
export interface TrayItemText {
  title: string;
  body: string;
}

/**
 * Everything summarizeTray needs to speak the agent's language. Built once per language by
 * createTrayText(t); kept as functions so the rule stays free of any i18n library.
 */
export interface TrayText {
  labels(counts: TrayCounts): TrayLabels;
  buyer(fact: WaitingBuyerFact): TrayItemText;
  payment(fact: PaymentReminderFact): TrayItemText;
  followUp(fact: FollowUpFact): TrayItemText;
  case(fact: CaseFact): TrayItemText;
}

/** The result: the summary to send to main, and the keys to pass in as `previousKeys` next time. */
export interface TrayResult {
  summary: TraySummary;
  keys: string[];
}

/** A translate function like i18next's `t`: key plus interpolation values. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
