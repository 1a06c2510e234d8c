import { validateAutoReplyTexts, validateTierRules, type AutoReplyTexts, type TierRules } from '@shared/domain/presale';
import { ProblemError } from '@shared/lib/problem';
import { saveShopRule } from '../repositories/shops';
import type { WriteContext } from '../repositories/tracked';

/** A shop's own auto-reply texts (`shop.rules.autoReply`); blanks go back to the default words. */
export async function saveAutoReplyTexts(shopId: string, raw: unknown, ctx: WriteContext): Promise<AutoReplyTexts> {
  const checked = validateAutoReplyTexts(raw);
  if (!checked.ok) throw ProblemError.of(checked.error);
  await saveShopRule(shopId, 'autoReply', checked.value, ctx);
  return checked.value;
}

/** A shop's buyer tier thresholds (`shop.rules.tiers`), read by the buyer panel's tier rule. */
export async function saveTierRules(shopId: string, raw: unknown, ctx: WriteContext): Promise<TierRules> {
  const checked = validateTierRules(raw);
  if (!checked.ok) throw ProblemError.of(checked.error);
  await saveShopRule(shopId, 'tiers', checked.value, ctx);
  return checked.value;
}
