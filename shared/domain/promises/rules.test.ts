import { describe, expect, it } from 'vitest';
import { fromShanghai, MINUTE } from '../../lib/time';
import { checkDue, fromDueInput, promiseRemark, toDueInput } from './rules';

const NOW = fromShanghai(2026, 11, 19, 23, 50);

describe('checkDue', () => {
  it.each([
    ['a time later tonight', NOW + 5 * MINUTE, { ok: true }],
    ['now itself', NOW, { ok: true }],
    ['half a minute ago (clock drift)', NOW - 30_000, { ok: true }],
    ['an hour ago', NOW - 60 * MINUTE, { ok: false, reason: 'past', byMs: 60 * MINUTE }],
    ['not a number', Number.NaN, { ok: false, reason: 'invalid' }],
  ])('%s', (_l, due, expected) => {
    expect(checkDue(due, NOW)).toEqual(expected);
  });
});

it('words an order remark with what was promised and by when', () => {
  expect(promiseRemark(' 送小礼物 ', fromShanghai(2026, 11, 20, 10, 0))).toBe('承诺：送小礼物（11-20 10:00前）');
});

it('round-trips a due time through the datetime-local text in Shanghai time', () => {
  const at = fromShanghai(2026, 11, 20, 0, 30);
  expect(toDueInput(at)).toBe('2026-11-20T00:30');
  expect(fromDueInput('2026-11-20T00:30')).toBe(at);
  expect(fromDueInput('tomorrow')).toBeNaN();
});
