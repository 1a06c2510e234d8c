import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_RULES, tierFor, tierRulesOf } from './tier';

const o = (status: string, yuan: number) => ({ status, totalFen: yuan * 100 });

describe('buyer tier by shop rules', () => {
  it.each([
    ['no orders', [], 'normal'],
    ['two paid orders of ¥100', [o('completed', 100), o('paid', 100)], 'normal'],
    ['three paid orders', [o('completed', 10), o('shipped', 10), o('delivered', 10)], 'senior'],
    ['one order of ¥500', [o('completed', 500)], 'senior'],
    ['unpaid, closed and refunding orders do not count', [o('unpaid', 900), o('closed', 900), o('refunding', 900)], 'normal'],
    ['¥3,000 spent', [o('completed', 3000)], 'vip'],
  ] as const)('%s → %s', (_n, orders, tier) => {
    expect(tierFor(orders).tier).toBe(tier);
  });

  it('uses the shop\'s own thresholds and falls back to the defaults when they are malformed', () => {
    const rules = tierRulesOf({ tiers: { senior: { orders: 1, spentFen: 1 }, vip: { orders: 2, spentFen: 999_999 } } });
    expect(tierFor([o('paid', 1)], rules).tier).toBe('senior');
    expect(tierFor([o('paid', 1), o('paid', 1)], rules).tier).toBe('vip');
    expect(tierRulesOf({ tiers: { senior: 'x' } })).toEqual(DEFAULT_TIER_RULES);
    expect(tierRulesOf(undefined)).toEqual(DEFAULT_TIER_RULES);
  });
});
