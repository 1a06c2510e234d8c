import { describe, expect, it } from 'vitest';
import { base32OfHex, composeEnrolCode, parseEnrolCode, pinMatches } from './enrolCode';

const FP = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';
const OTHER = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:13:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';

describe('the enrolment code', () => {
  it('round-trips: the secret and the fingerprint it carries come back out, in groups of four', () => {
    const code = composeEnrolCode('rc9a-egve-q84v', FP);
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const parsed = parseEnrolCode(code);
    expect(parsed?.secret).toBe('RC9AEGVEQ84V');
    expect(pinMatches(parsed?.pin ?? '', FP)).toBe(true);
  });

  it('refuses a certificate whose fingerprint differs within the 100 bits the code carries', () => {
    const parsed = parseEnrolCode(composeEnrolCode('RC9AEGVEQ84V', FP));
    expect(pinMatches(parsed?.pin ?? '', OTHER)).toBe(false);
  });

  it.each([
    ['lower case, spaces and no dashes', (c: string) => c.toLowerCase().replace(/-/g, ' ')],
    ['O typed for 0 and l for 1', (c: string) => c.replace(/0/g, 'O').replace(/1/g, 'l')],
    ['pasted with a line break', (c: string) => c.replace('-', '\n')],
  ])('reads a code typed with %s', (_name, typo) => {
    const code = composeEnrolCode('RC9A0EVE1841', FP);
    expect(parseEnrolCode(typo(code))).toEqual(parseEnrolCode(code));
  });

  it.each([
    ['a code of the old length: a secret, no fingerprint', 'RC9A-EGVE-Q84V', { secret: 'RC9AEGVEQ84V', pin: null }],
    ['a code cut short', 'RC9A-EGVE-Q84V-AB', null],
    ['a letter base32 does not have', 'RC9A-EGVE-Q84U', null],
    ['nothing', '', null],
  ])('reads %s', (_name, typed, expected) => {
    expect(parseEnrolCode(typed)).toEqual(expected);
  });

  it('takes the leading bits of the digest, most significant first', () => {
    expect(base32OfHex('ffff', 3)).toBe('ZZZ');
    expect(base32OfHex('0840', 2)).toBe('11');
  });
});
