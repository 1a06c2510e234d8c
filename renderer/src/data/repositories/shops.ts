import type { Shop } from '@shared/schemas/entities';
import type { Platform } from '@shared/schemas/common';
import { resolvePaymentPolicy, validatePaymentPolicy } from '@shared/domain/payments';
import { newId } from '@shared/lib/ids';
import { ProblemError, refuse } from '@shared/lib/problem';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from './tracked';

export interface ShopProfile {
  name: string;
  platform: Platform;
  /** Unpaid orders close on their own this long after creation (the shop's 催付 policy). */
  autoCloseMinutes: number;
}

/** A shop added by a supervisor (first start, the setup wizard, 设置 → 店铺). */
export async function addShop(input: Pick<ShopProfile, 'name' | 'platform'>, ctx: WriteContext): Promise<Shop> {
  return putOne<Shop>(getDb(), 'shops', { id: newId(), name: input.name.trim(), platform: input.platform, rules: {}, demo: false }, ctx);
}

/**
 * Renames a shop, changes its platform and its auto-close rule in one write. The auto-close
 * minutes live in the shop's 催付 policy, checked whole: a reminder step that would now fall
 * after the close is refused by field (`policy.steps.2.minutes`), and nothing is written.
 */
export async function saveShopProfile(shopId: string, input: ShopProfile, ctx: WriteContext): Promise<Shop> {
  const db = getDb();
  return db.transaction('rw', [db.shops, db.changes], async () => {
    const shop = await db.shops.get(shopId);
    if (!alive(shop)) throw refuse('notFound', 'shops', { id: shopId });
    const current = resolvePaymentPolicy(shop.rules).policy;
    const policy = validatePaymentPolicy({ ...current, autoCloseMinutes: input.autoCloseMinutes });
    if (!policy.ok) throw ProblemError.of(policy.error);
    const rules = current.autoCloseMinutes === policy.value.autoCloseMinutes ? shop.rules : { ...shop.rules, payment: policy.value };
    return putOne<Shop>(db, 'shops', { ...shop, name: input.name.trim(), platform: input.platform, rules }, ctx);
  });
}

/** Stores one of a shop's rules (`shop.rules[key]`) already checked by its owner's domain rule. */
export async function saveShopRule(shopId: string, key: string, value: unknown, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.shops, db.changes], async () => {
    const shop = await db.shops.get(shopId);
    if (!alive(shop)) throw refuse('notFound', 'shops', { id: shopId });
    await putOne<Shop>(db, 'shops', { ...shop, rules: { ...shop.rules, [key]: value } }, ctx);
  });
}
