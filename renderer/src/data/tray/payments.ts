import type { PaymentReminderFact } from '@shared/domain/tray';
import { formatYuan } from '@shared/lib/money';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { planAll } from '../orders/payments';

/**
 * 催付 reminders due by `until`, computed by the scheduler from the unpaid orders ([status+createdAt]),
 * the sent/stopped history and each shop's policy. Stored rows in state `due` are not read: the
 * scheduler is the truth. The fact id names the order AND the step, so each step raises its own
 * notification once and sending it withdraws that notification.
 */
export async function paymentFacts(until: number): Promise<PaymentReminderFact[]> {
  const { plans, orders } = await planAll(until);
  const due = plans.filter((p) => p.kind === 'due');
  const buyers = await getDb().buyers.bulkGet([...new Set(due.map((p) => p.buyerId))]);
  const nick = new Map(buyers.filter(alive).map((b) => [b.id, b.nick]));
  return due.map((p) => ({
    id: `pay:${p.orderId}:${p.step ?? 0}:${p.sent}`,
    dueAt: p.dueAt as number,
    label: `催付：${nick.get(p.buyerId) ?? ''} · ${formatYuan(orders.get(p.orderId)?.totalFen ?? 0)}`,
    orderId: p.orderId,
  }));
}
