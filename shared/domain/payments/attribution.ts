import type { Order } from '../../schemas/entities';
import { MINUTE, shanghaiDate } from '../../lib/time';
import type { PaymentReminderLike } from './scheduler';

/**
 * 催付成功率 = orders paid after a reminder (within the auto-close window) ÷ orders reminded.
 *
 * Attribution (decided here, documented for the reports screen):
 * - A reminder counts when it is a `payment` reminder in state `done` (sent at `updatedAt` by
 *   `updatedBy`), sent before the order's auto-close time and — for a paid order — not after
 *   the payment (a reminder sent after payment is noise, not a 催付).
 * - An order with at least one such reminder is "reminded" exactly once, credited to its LAST
 *   counting reminder (last touch): that reminder's agent, the order's shop and the Shanghai
 *   day the reminder was sent. So group totals add up to the overall figure, never double count.
 * - It is "paid after a reminder" when `paidAt` is set, is at or after that reminder and at or
 *   before the auto-close time (createdAt + autoCloseMinutes). Later refunds do not undo it.
 */
export type AttributionOrder = Pick<Order, 'id' | 'shopId' | 'createdAt' | 'paidAt' | 'totalFen'>;
export type SuccessGroupKey = 'agent' | 'shop' | 'day';

export interface PaymentSuccessRow {
  agentId: string | null;
  shopId: string | null;
  /** Business day "YYYY-MM-DD" (Asia/Shanghai) of the credited reminder. */
  day: string | null;
  reminded: number;
  paid: number;
  /** paid ÷ reminded, 0..1. */
  rate: number;
  /** Sum of totalFen of the paid orders (催付 recovered amount). */
  paidFen: number;
}

export interface SuccessRateOptions {
  /** Auto-close window in minutes, one for all or per shop. Default 24 h. */
  autoCloseMinutes?: number | ((shopId: string) => number);
}

/** One reminded order as 催付成功率 counts it: credited to its last counting reminder (the drill-down's rows). */
export interface PaymentCredit {
  orderId: string;
  agentId: string;
  shopId: string;
  /** When the credited reminder was sent. */
  at: number;
  paid: boolean;
  paidFen: number;
}

/** The reminded orders of the rule above, each credited once. */
export function paymentCredits(reminders: readonly PaymentReminderLike[], orders: readonly AttributionOrder[], options: SuccessRateOptions = {}): PaymentCredit[] {
  const closeMin = options.autoCloseMinutes ?? 24 * 60;
  const closeMinutesOf = typeof closeMin === 'function' ? closeMin : () => closeMin;
  const byId = new Map<string, AttributionOrder>();
  for (const o of orders) byId.set(o.id, o);

  // The last counting reminder per order.
  const last = new Map<string, { at: number; agentId: string }>();
  for (const r of reminders) {
    if (r.kind !== 'payment' || r.state !== 'done' || (r.deletedAt ?? null) !== null) continue;
    const o = byId.get(r.subjectId);
    if (!o) continue;
    const closeAt = o.createdAt + closeMinutesOf(o.shopId) * MINUTE;
    if (r.updatedAt >= closeAt) continue;
    if (o.paidAt !== null && r.updatedAt > o.paidAt) continue;
    const prev = last.get(o.id);
    if (!prev || r.updatedAt > prev.at) last.set(o.id, { at: r.updatedAt, agentId: r.updatedBy });
  }
  return [...last].map(([orderId, credit]) => {
    const o = byId.get(orderId) as AttributionOrder;
    const closeAt = o.createdAt + closeMinutesOf(o.shopId) * MINUTE;
    const paid = o.paidAt !== null && o.paidAt >= credit.at && o.paidAt <= closeAt;
    return { orderId, agentId: credit.agentId, shopId: o.shopId, at: credit.at, paid, paidFen: paid ? o.totalFen : 0 };
  });
}

export function paymentSuccessRate(
  reminders: readonly PaymentReminderLike[],
  orders: readonly AttributionOrder[],
  groupBy: readonly SuccessGroupKey[],
  options: SuccessRateOptions = {},
): PaymentSuccessRow[] {
  const want = new Set(groupBy);
  const rows = new Map<string, PaymentSuccessRow>();
  for (const c of paymentCredits(reminders, orders, options)) {
    const agentId = want.has('agent') ? c.agentId : null;
    const shopId = want.has('shop') ? c.shopId : null;
    const day = want.has('day') ? shanghaiDate(c.at) : null;
    const key = `${agentId ?? ''}\u0000${shopId ?? ''}\u0000${day ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { agentId, shopId, day, reminded: 0, paid: 0, rate: 0, paidFen: 0 }));
    row.reminded++;
    if (c.paid) {
      row.paid++;
      row.paidFen += c.paidFen;
    }
  }

  const cmp = (a: string | null, b: string | null): number => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  return [...rows.values()]
    .map((r) => ({ ...r, rate: r.paid / r.reminded }))
    .sort((a, b) => cmp(a.day, b.day) || cmp(a.shopId, b.shopId) || cmp(a.agentId, b.agentId));
}
