import { DAY, startOfShanghaiDay } from '../../lib/time';

/** The days the 催付成功率 header can show. */
export type RateSpan = 'today' | 'yesterday' | 'week';
export const RATE_SPANS: readonly RateSpan[] = ['today', 'yesterday', 'week'];

/**
 * The time window of a span in Asia/Shanghai business days, as [since, until) in epoch ms:
 * today = from today's midnight on, yesterday = yesterday's whole day, week = the last 7 days
 * counting today (6 full days before it plus today). Reminders are credited by when they were
 * sent, so a reminder sent yesterday whose order paid today counts for yesterday.
 */
export function rateWindow(span: RateSpan, now: number): { since: number; until: number } {
  const today = startOfShanghaiDay(now);
  if (span === 'yesterday') return { since: today - DAY, until: today };
  if (span === 'week') return { since: today - 6 * DAY, until: Number.POSITIVE_INFINITY };
  return { since: today, until: Number.POSITIVE_INFINITY };
}
