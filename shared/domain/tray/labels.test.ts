import { describe, it, expect } from 'vitest';
import { TraySummary } from '../../schemas/tray';
import { MINUTE } from '../../lib/time';
import { DURATION_KEYS, ZH_DURATION_WORDS, type DurationKey } from '../../lib/duration';
import { createTrayText, TRAY_MESSAGE_KEYS } from './labels';
import { summarizeTray } from './summarize';
import type { TrayCounts } from './types';

/** Echoes tray keys with their values; durations are worded in Chinese so they read as in the app. */
const echo = (key: string, vars?: Record<string, string | number>): string =>
  key.startsWith('duration.') ? ZH_DURATION_WORDS(key as DurationKey, vars as Record<string, number>) : vars ? `${key}${JSON.stringify(vars)}` : key;
const zero: TrayCounts = { unanswered: 0, longestWaitMs: 0, dueReminders: 0, dueFollowUps: 0, overdueCases: 0 };

describe('createTrayText', () => {
  it.each([
    { name: 'an idle tray says so in its tooltip', counts: zero, tooltip: 'tray.tooltipIdle' },
    {
      name: 'a busy tray lists counts and the longest wait in minutes and seconds',
      counts: { ...zero, unanswered: 2, longestWaitMs: 3 * MINUTE + 5000, dueReminders: 1 },
      tooltip: 'tray.tooltip{"unanswered":2,"longestWait":"3分5秒","dueReminders":1,"dueFollowUps":0,"overdueCases":0}',
    },
    { name: 'a single overdue case alone makes the tray busy', counts: { ...zero, overdueCases: 1 }, tooltip: 'tray.tooltip{"unanswered":0,"longestWait":"0秒","dueReminders":0,"dueFollowUps":0,"overdueCases":1}' },
  ])('$name', ({ counts, tooltip }) => {
    expect(createTrayText(echo).labels(counts).tooltip).toBe(tooltip);
  });

  it('menu labels carry their counts', () => {
    const labels = createTrayText(echo).labels({ unanswered: 3, longestWaitMs: 61_000, dueReminders: 4, dueFollowUps: 5, overdueCases: 6 });
    expect(labels).toEqual({
      tooltip: 'tray.tooltip{"unanswered":3,"longestWait":"1分1秒","dueReminders":4,"dueFollowUps":5,"overdueCases":6}',
      unanswered: 'tray.unanswered{"count":3,"longestWait":"1分1秒"}',
      dueReminders: 'tray.dueReminders{"count":4}',
      dueFollowUps: 'tray.dueFollowUps{"count":5}',
      overdueCases: 'tray.overdueCases{"count":6}',
      open: 'tray.open',
      quit: 'tray.quit',
    });
  });

  it('uses only the keys it declares', () => {
    const used = new Set<string>();
    const t = createTrayText((key) => (used.add(key), key));
    t.labels(zero);
    t.labels({ ...zero, unanswered: 1 });
    t.buyer({ id: 'c', buyerNick: 'n', shopName: 's', lastBuyerAt: 0 });
    t.payment({ id: 'r', dueAt: 0, label: 'l', orderId: null });
    t.followUp({ id: 'f', dueAt: 0, label: 'l', target: { tab: 'orders' } });
    t.case({ id: 't', caseKind: 'ticket', dueAt: 0, label: 'l' });
    t.case({ id: 'v', caseKind: 'review', dueAt: 0, label: 'l' });
    const durations = new Set<string>(DURATION_KEYS);
    expect([...used].filter((k) => !durations.has(k)).sort()).toEqual([...TRAY_MESSAGE_KEYS].sort());
    expect([...used].filter((k) => durations.has(k))).toEqual(['duration.s']);
  });

  it('over-long translations and nicks are cut so the summary always validates', () => {
    const long = createTrayText(() => '长'.repeat(900));
    const { summary } = summarizeTray({ waiting: [{ id: 'c', buyerNick: 'x', shopName: 'y', lastBuyerAt: 0 }], payments: [], followUps: [], cases: [] }, [], 1000, long);
    expect(() => TraySummary.parse(summary)).not.toThrow();
    expect(summary.labels.tooltip.endsWith('…')).toBe(true);
  });
});
