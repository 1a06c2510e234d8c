import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from './time';
import { durationParts, formatDuration, ZH_DURATION_WORDS, type DurationWords } from './duration';

/** Echoes the key and values, so a test sees exactly what the words were asked for. */
const echo: DurationWords = (key, values) => `${key}${JSON.stringify(values)}`;

describe('durationParts', () => {
  it.each([
    { name: 'a day and more shows days and hours, minutes dropped', ms: 2 * DAY + 3 * HOUR + 59 * MINUTE, want: 'duration.dh{"d":2,"h":3}' },
    { name: 'whole days leave out zero hours', ms: 2 * DAY + 30 * MINUTE, want: 'duration.d{"d":2}' },
    { name: 'under a day shows hours and minutes', ms: 21 * HOUR + 27 * MINUTE + 51_000, want: 'duration.hm{"h":21,"m":27}' },
    { name: 'whole hours leave out zero minutes', ms: 2 * HOUR + 40_000, want: 'duration.h{"h":2}' },
    { name: 'under an hour shows minutes, rounded down', ms: 25 * MINUTE + 59_000, want: 'duration.m{"m":25}' },
    { name: 'under a minute is zero minutes when rounding down', ms: 40_000, want: 'duration.m{"m":0}' },
    { name: 'a negative span counts as none', ms: -5 * MINUTE, want: 'duration.m{"m":0}' },
  ])('$name', ({ ms, want }) => {
    expect(formatDuration(ms, echo)).toBe(want);
  });

  it.each([
    { name: 'a started minute counts as a whole one', ms: 24 * MINUTE + 1, want: 'duration.m{"m":25}' },
    { name: 'a few seconds left is still one minute, never zero', ms: 20_000, want: 'duration.m{"m":1}' },
    { name: 'an already passed moment is one minute', ms: -5, want: 'duration.m{"m":1}' },
    { name: 'rounding up may reach the next hour', ms: HOUR - 1, want: 'duration.h{"h":1}' },
  ])('rounding up: $name', ({ ms, want }) => {
    expect(formatDuration(ms, echo, { round: 'up' })).toBe(want);
  });

  it.each([
    { name: 'under a minute shows seconds', ms: 42_500, want: 'duration.s{"s":42}' },
    { name: 'minutes and seconds under an hour', ms: 3 * MINUTE + 5_000, want: 'duration.ms{"m":3,"s":5}' },
    { name: 'whole minutes leave out zero seconds', ms: 3 * MINUTE, want: 'duration.m{"m":3}' },
    { name: 'an hour and more drops the seconds', ms: HOUR + 2 * MINUTE + 30_000, want: 'duration.hm{"h":1,"m":2}' },
    { name: 'nothing yet is zero seconds', ms: 0, want: 'duration.s{"s":0}' },
  ])('with seconds: $name', ({ ms, want }) => {
    expect(formatDuration(ms, echo, { seconds: true })).toBe(want);
  });

  it('names the shape by its key so every language can word it', () => {
    expect(durationParts(90 * MINUTE)).toEqual({ key: 'duration.hm', values: { h: 1, m: 30 } });
  });
});

describe('Chinese words for buyers', () => {
  it.each([
    { ms: 23 * HOUR + 50 * MINUTE, want: '23小时50分钟' },
    { ms: 2 * HOUR, want: '2小时' },
    { ms: 25 * MINUTE, want: '25分钟' },
    { ms: DAY + 6 * HOUR, want: '1天6小时' },
    { ms: 3 * DAY, want: '3天' },
  ])('$ms ms reads "$want"', ({ ms, want }) => {
    expect(formatDuration(ms, ZH_DURATION_WORDS, { round: 'up' })).toBe(want);
  });

  it('words seconds too', () => {
    expect(formatDuration(3 * MINUTE + 5_000, ZH_DURATION_WORDS, { seconds: true })).toBe('3分5秒');
    expect(formatDuration(9_000, ZH_DURATION_WORDS, { seconds: true })).toBe('9秒');
  });
});
