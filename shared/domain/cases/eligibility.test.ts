import { describe, expect, it } from 'vitest';
import type { TicketType } from '../../schemas/cases';
import { DAY, fromShanghai } from '../../lib/time';
import { returnEligibility, returnShippingPayer } from './eligibility';

const signed = fromShanghai(2026, 2, 25, 16, 0);

describe('7天无理由 eligibility', () => {
  it.each<[string, number | null, Record<string, boolean>, number, boolean, string[]]>([
    ['on the day of receipt', signed, {}, signed + 1, true, []],
    ['exactly 7×24 h after receipt (last moment, across the February month end)', signed, {}, signed + 7 * DAY, true, []],
    ['one millisecond later', signed, {}, signed + 7 * DAY + 1, false, ['expired']],
    ['8 days later', signed, {}, fromShanghai(2026, 3, 5, 16, 0), false, ['expired']],
    ['not received yet', null, {}, signed, false, ['notReceived']],
    ['worn', signed, { worn: true }, signed + DAY, false, ['worn']],
    ['washed', signed, { washed: true }, signed + DAY, false, ['washed']],
    ['tags removed', signed, { tagsRemoved: true }, signed + DAY, false, ['tagsRemoved']],
    ['underwear', signed, { underwear: true }, signed + DAY, false, ['underwear']],
    ['clearance', signed, { clearance: true }, signed + DAY, false, ['clearance']],
    ['late and washed gives both reasons', signed, { washed: true }, signed + 9 * DAY, false, ['expired', 'washed']],
    ['a condition ticked off again does not count', signed, { worn: false }, signed + DAY, true, []],
  ])('%s', (_n, receivedAt, conditions, now, eligible, reasons) => {
    const e = returnEligibility({ receivedAt, conditions }, now);
    expect(e.eligible).toBe(eligible);
    expect(e.reasons).toEqual(reasons);
  });

  it.each<[TicketType, boolean, string]>([
    ['return_7day', false, 'buyer'],
    ['return_7day', true, 'shop'],
    ['wrong_item', false, 'shop'],
    ['quality', false, 'shop'],
    ['missing_item', false, 'shop'],
    ['refund', false, 'buyer'],
    ['tracking', false, 'none'],
  ])('return shipping for %s (our fault: %s) is paid by %s', (type, fault, payer) => {
    expect(returnShippingPayer(type, fault)).toBe(payer);
  });
});
