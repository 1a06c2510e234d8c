/**
 * How a shop's buyer-facing actions leave this PC (设置 → 接入, per shop):
 * - `companion` (the default): no bridge; sending copies the exact text to the clipboard and the
 *   agent pastes it into the platform's own workbench (千牛, 京麦, 拼多多商家工作台).
 * - `bridge`: the shop's bridge pulls each action from the loopback outbox and acknowledges it.
 */
export type DeliveryMode = 'companion' | 'bridge';

export interface ShopDelivery {
  mode: DeliveryMode;
  /** An item the bridge has not acknowledged after this long fails as expired (shown, alerted). */
  expireMinutes: number;
}

export const DEFAULT_EXPIRE_MINUTES = 30;
export const MIN_EXPIRE_MINUTES = 1;
export const MAX_EXPIRE_MINUTES = 24 * 60;
export const DEFAULT_DELIVERY: ShopDelivery = Object.freeze({ mode: 'companion', expireMinutes: DEFAULT_EXPIRE_MINUTES });

/** A stored setting read leniently: anything unreadable falls back to the default, field by field. */
export function readShopDelivery(raw: unknown): ShopDelivery {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const mode: DeliveryMode = o.mode === 'bridge' ? 'bridge' : 'companion';
  const m = o.expireMinutes;
  const expireMinutes = typeof m === 'number' && Number.isInteger(m) && m >= MIN_EXPIRE_MINUTES && m <= MAX_EXPIRE_MINUTES ? m : DEFAULT_EXPIRE_MINUTES;
  return { mode, expireMinutes };
}

export const expiresAtFor = (createdAt: number, delivery: ShopDelivery): number => createdAt + delivery.expireMinutes * 60_000;
