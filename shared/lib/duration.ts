import { DAY, HOUR, MINUTE } from './time';

/**
 * The one way a span of time becomes words: "2天3小时", "21小时27分", "25分钟", "3分5秒".
 * A duration reads as a duration, never as a clock time ("21:27:51" looks like a time of day).
 * The words come from the caller: the renderer passes i18n (keys `duration.*`), buyer messages
 * pass fixed Chinese words, so the unit choice and rounding live here once.
 */
export const DURATION_KEYS = ['duration.dh', 'duration.d', 'duration.hm', 'duration.h', 'duration.ms', 'duration.m', 'duration.s'] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];
/** The numbers a shape needs (only its own units are set). */
export type DurationValues = Record<string, number> & { d?: number; h?: number; m?: number; s?: number };
/** Words for a shape of duration: an i18n `t`, or a fixed table. */
export type DurationWords = (key: DurationKey, values: DurationValues) => string;

export interface DurationOptions {
  /**
   * 'down' (default) for elapsed time and countdowns on screen; 'up' for time left told to a
   * buyer, so it never says "0分钟" while the order is still open.
   */
  round?: 'down' | 'up';
  /** Seconds under an hour, for reply and wait timers where seconds matter. */
  seconds?: boolean;
}

/** The two largest units worth showing (a zero second unit is left out); negative spans count as zero. */
export function durationParts(ms: number, opts: DurationOptions = {}): { key: DurationKey; values: DurationValues } {
  const unit = opts.seconds ? 1000 : MINUTE;
  const raw = Math.max(0, ms) / unit;
  const units = opts.round === 'up' ? Math.max(1, Math.ceil(raw)) : Math.floor(raw);
  const total = units * unit;
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  const s = Math.floor((total % MINUTE) / 1000);
  if (d > 0) return h > 0 ? { key: 'duration.dh', values: { d, h } } : { key: 'duration.d', values: { d } };
  if (h > 0) return m > 0 ? { key: 'duration.hm', values: { h, m } } : { key: 'duration.h', values: { h } };
  if (!opts.seconds) return { key: 'duration.m', values: { m } };
  if (m > 0) return s > 0 ? { key: 'duration.ms', values: { m, s } } : { key: 'duration.m', values: { m } };
  return { key: 'duration.s', values: { s } };
}

/** A duration in the caller's words. */
export function formatDuration(ms: number, words: DurationWords, opts: DurationOptions = {}): string {
  const { key, values } = durationParts(ms, opts);
  return words(key, values);
}

/** Fixed Chinese words, for text that goes to buyers (their messages are written in Chinese). */
export const ZH_DURATION_WORDS: DurationWords = (key, { d = 0, h = 0, m = 0, s = 0 }) =>
  ({
    'duration.dh': `${d}天${h}小时`,
    'duration.d': `${d}天`,
    'duration.hm': `${h}小时${m}分钟`,
    'duration.h': `${h}小时`,
    'duration.ms': `${m}分${s}秒`,
    'duration.m': `${m}分钟`,
    'duration.s': `${s}秒`,
  })[key];
