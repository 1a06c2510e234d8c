import { describe, expect, it } from 'vitest';
import { problem } from '../../lib/problem';
import { DEFAULT_TIER_RULES, tierFor, tierRulesOf, validateTierRules } from './tier';

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

describe('tier thresholds a supervisor sets', () => {
  it.each<[string, unknown, ReturnType<typeof validateTierRules>]>([
    ['the defaults pass', DEFAULT_TIER_RULES, { ok: true, value: DEFAULT_TIER_RULES }],
    ['VIP easier than 高级 is refused on both bounds', { senior: { orders: 5, spentFen: 100_000 }, vip: { orders: 3, spentFen: 50_000 } }, { ok: false, error: [problem('belowSenior', { field: 'tiers.vip.orders', params: { min: 5 } }), problem('belowSenior', { field: 'tiers.vip.spentFen', params: { minFen: 100_000 } })] }],
    ['zero orders', { senior: { orders: 0, spentFen: 100 }, vip: { orders: 3, spentFen: 500 } }, { ok: false, error: [problem('tooSmall', { field: 'tiers.senior.orders', params: { min: 1 } })] }],
    ['a fraction of an order', { senior: { orders: 1.5, spentFen: 100 }, vip: { orders: 3, spentFen: 500 } }, { ok: false, error: [problem('notWhole', { field: 'tiers.senior.orders' })] }],
  ])('%s', (_name, raw, result) => {
    expect(validateTierRules(raw)).toEqual(result);
  });

  it('a shop’s thresholds decide the tier: 2 orders is VIP where VIP starts at 2', () => {
    const rules = { senior: { orders: 1, spentFen: 10_000 }, vip: { orders: 2, spentFen: 20_000 } };
    expect(tierFor([{ status: 'paid', totalFen: 100 }, { status: 'completed', totalFen: 100 }], tierRulesOf({ tiers: rules })).tier).toBe('vip');
  });
});
