import { describe, expect, it } from 'vitest';
import { waitLevel } from './waitLevel';

const now = 1_700_000_000_000;
const s = 1000;

describe('waitLevel colours a waiting buyer by the 3-minute rule', () => {
  it.each([
    [0, 'fresh'],
    [119 * s, 'fresh'],
    [120 * s, 'approaching'],
    [179 * s, 'approaching'],
    [180 * s, 'over'],
    [3600 * s, 'over'],
  ] as const)('after %i ms of waiting the level is %s', (waited, level) => {
    expect(waitLevel(now - waited, now)).toBe(level);
  });

  it('treats a clock that moved backwards as a fresh wait', () => {
    expect(waitLevel(now + 5 * s, now)).toBe('fresh');
  });
});
