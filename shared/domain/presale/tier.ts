import { z } from 'zod';
import { problem, zodProblems, type Problem } from '../../lib/problem';
import { err, ok, type Result } from '../../lib/result';

export type Tier = 'normal' | 'senior' | 'vip';

/** Per-shop tier thresholds (shop.rules.tiers); a buyer reaching either bound gets the tier. */
export const TierRules = z.object({
  senior: z.object({ orders: z.number().int().min(1), spentFen: z.number().int().min(1) }),
  vip: z.object({ orders: z.number().int().min(1), spentFen: z.number().int().min(1) }),
});
export type TierRules = z.infer<typeof TierRules>;

/** Defaults when a shop sets none: 3 paid orders or ¥500 → 高级; 10 orders or ¥3,000 → VIP. */
export const DEFAULT_TIER_RULES: TierRules = { senior: { orders: 3, spentFen: 50_000 }, vip: { orders: 10, spentFen: 300_000 } };

/**
 * Checks thresholds a supervisor sets: whole numbers above zero, and VIP never easier to reach
 * than 高级 (else every 高级 buyer would already be VIP).
 */
export function validateTierRules(raw: unknown): Result<TierRules, Problem[]> {
  const parsed = TierRules.safeParse(raw);
  if (!parsed.success) return err(zodProblems(parsed.error, { table: 'tiers', input: raw }));
  const { senior, vip } = parsed.data;
  const problems: Problem[] = [];
  if (vip.orders < senior.orders) problems.push(problem('belowSenior', { field: 'tiers.vip.orders', params: { min: senior.orders } }));
  if (vip.spentFen < senior.spentFen) problems.push(problem('belowSenior', { field: 'tiers.vip.spentFen', params: { minFen: senior.spentFen } }));
  return problems.length ? err(problems) : ok(parsed.data);
}

/** Reads a shop's rules, falling back to the defaults when absent or malformed. */
export function tierRulesOf(shopRules: Readonly<Record<string, unknown>> | undefined): TierRules {
  const parsed = TierRules.safeParse(shopRules?.tiers);
  return parsed.success ? parsed.data : DEFAULT_TIER_RULES;
}

const COUNTED = new Set(['paid', 'shipped', 'delivered', 'completed']);

/** The tier a buyer's paid orders earn under the shop's rules (unpaid, closed and refunding orders do not count). */
export function tierFor(orders: readonly { status: string; totalFen: number }[], rules: TierRules = DEFAULT_TIER_RULES): { tier: Tier; orders: number; spentFen: number } {
  const paid = orders.filter((o) => COUNTED.has(o.status));
  const spentFen = paid.reduce((s, o) => s + o.totalFen, 0);
  const n = paid.length;
  const reach = (r: { orders: number; spentFen: number }) => n >= r.orders || spentFen >= r.spentFen;
  return { tier: reach(rules.vip) ? 'vip' : reach(rules.senior) ? 'senior' : 'normal', orders: n, spentFen };
}
