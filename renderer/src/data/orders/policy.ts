import { resolvePaymentPolicy, validatePaymentPolicy, type PaymentPolicy } from '@shared/domain/payments';
import { validateFlagMeanings, type FlagMeanings } from '@shared/domain/remarks';
import type { Shop } from '@shared/schemas/entities';
import { ProblemError, refuse } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from '../repositories/tracked';

export async function liveShops(): Promise<Shop[]> {
  return (await getDb().shops.toArray()).filter(alive);
}

/** Each shop's 催付 policy (its own when valid, else the default), for the scheduler. */
export function policyLookup(shops: readonly Shop[]): (shopId: string) => PaymentPolicy {
  const map = new Map(shops.map((s) => [s.id, resolvePaymentPolicy(s.rules).policy]));
  return (id) => map.get(id) ?? resolvePaymentPolicy(null).policy;
}

/** Validates and stores a shop's 催付 policy under `shop.rules.payment`; a bad one changes nothing. */
export async function savePaymentPolicy(shopId: string, raw: unknown, ctx: WriteContext): Promise<PaymentPolicy> {
  const r = validatePaymentPolicy(raw);
  // Every problem at once, each naming its field (`policy.steps.1.minutes`), so the form marks them all.
  if (!r.ok) throw ProblemError.of(r.error);
  const db = getDb();
  return db.transaction('rw', [db.shops, db.changes], async () => {
    const shop = await db.shops.get(shopId);
    if (!alive(shop)) throw refuse('notFound', 'shops', { id: shopId });
    await putOne<Shop>(db, 'shops', { ...shop, rules: { ...shop.rules, payment: r.value } }, ctx);
    return r.value;
  });
}

/** Stores what each flag colour means in this shop (`shop.rules.flagMeanings`). */
export async function saveFlagMeanings(shopId: string, raw: unknown, ctx: WriteContext): Promise<FlagMeanings> {
  const db = getDb();
  return db.transaction('rw', [db.shops, db.changes], async () => {
    const shop = await db.shops.get(shopId);
    if (!alive(shop)) throw refuse('notFound', 'shops', { id: shopId });
    const r = validateFlagMeanings(shop.platform, raw);
    if (!r.ok) throw ProblemError.of(r.error);
    await putOne<Shop>(db, 'shops', { ...shop, rules: { ...shop.rules, flagMeanings: r.value } }, ctx);
    return r.value;
  });
}
