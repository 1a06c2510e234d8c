import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

const reference = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('the pure SHA-256 used for natural ids', () => {
  it.each([
    ['the empty string', ''],
    ['the FIPS example "abc"', 'abc'],
    ['a string that fills a block to 55 bytes', 'a'.repeat(55)],
    ['a string that just overflows one block', 'a'.repeat(56)],
    ['several blocks', 'x'.repeat(1000)],
    ['Chinese text (3-byte UTF-8)', '小二工作台·买家会员名'],
    ['an emoji (4-byte UTF-8)', 'nick😀'],
    ['a lone surrogate, written as U+FFFD', 'a\ud800b'],
  ])('matches node:crypto for %s', (_name, input) => {
    expect(sha256Hex(input)).toBe(reference(input));
  });
});
