import type { Order } from '../../schemas/entities';
import { MINUTE } from '../../lib/time';
import { buildPaymentMessage, itemsSummary } from './messages';
import type { PaymentPolicy } from './policy';
import { canCloseUnpaid, type NextReminderReason, type PlannedReminder } from './scheduler';

/** A reminder the queue shows, with what the list needs beside it (joined by the data layer). */
export interface PaymentQueueRow {
  plan: PlannedReminder;
  order: Order;
  buyerNick: string;
  shopName: string;
  policy: PaymentPolicy;
}

/** An order this close to closing on its own is marked. */
export const CLOSE_SOON_MS = 30 * MINUTE;

export interface PaymentQueueItem {
  orderId: string;
  orderNo: string;
  buyerNick: string;
  shopName: string;
  totalFen: number;
  /** 'due' now, or 'scheduled' within the look-ahead. */
  state: PlannedReminder['kind'];
  due: boolean;
  /** 1-based step of the shop's policy, of `steps`, and how many reminders went out already. */
  step: number;
  steps: number;
  sent: number;
  /** How long the reminder has been due, or how long until it is. */
  dueSinceMs: number | null;
  dueInMs: number | null;
  /** Until the platform closes the unpaid order. */
  closeInMs: number;
  closeSoon: boolean;
  /** Quiet hours: this step goes out by SMS. */
  sms: boolean;
}

/** The order being worked on: its message and what may be done with it. */
export interface PaymentQueueCurrent {
  orderId: string;
  orderNo: string;
  itemsText: string;
  totalFen: number;
  reason: NextReminderReason;
  /** Enter sends by SMS at quiet hours, by chat otherwise. */
  primaryChannel: 'chat' | 'sms';
  /** The step's message, filled for this buyer. */
  preview: string;
  /** A seller may close an unpaid order only from 5 minutes after creation. */
  closeAllowed: boolean;
}

export interface PaymentQueueView {
  items: PaymentQueueItem[];
  /** Reminders due now (the count beside the title). */
  dueCount: number;
  /** The picked row (the first when the picked order left the queue). */
  index: number;
  current: PaymentQueueCurrent | null;
}

function item(r: PaymentQueueRow, now: number): PaymentQueueItem {
  const due = r.plan.kind === 'due';
  const dueAt = r.plan.dueAt ?? now;
  const closeInMs = r.plan.closeAt - now;
  return {
    orderId: r.order.id, orderNo: r.order.orderNo, buyerNick: r.buyerNick, shopName: r.shopName, totalFen: r.order.totalFen,
    state: r.plan.kind, due, step: (r.plan.step ?? 0) + 1, steps: r.policy.steps.length, sent: r.plan.sent,
    dueSinceMs: due ? now - dueAt : null, dueInMs: due ? null : dueAt - now,
    closeInMs, closeSoon: closeInMs < CLOSE_SOON_MS, sms: r.plan.channel === 'sms',
  };
}

function current(r: PaymentQueueRow, now: number): PaymentQueueCurrent {
  const { plan, order } = r;
  return {
    orderId: order.id, orderNo: order.orderNo, itemsText: itemsSummary(order.items), totalFen: order.totalFen, reason: plan.reason,
    primaryChannel: plan.channel === 'sms' ? 'sms' : 'chat',
    preview: buildPaymentMessage(
      { buyerNick: r.buyerNick, items: order.items, totalFen: order.totalFen, closeAt: plan.closeAt, now, shopName: r.shopName, step: plan.step ?? 0, channel: plan.channel ?? 'chat' },
      r.policy,
    ),
    closeAllowed: canCloseUnpaid(order, now).allowed,
  };
}

/** What the 催付 queue shows: its rows in the order given, the due count, and the picked order's detail. */
export function paymentQueueView(rows: readonly PaymentQueueRow[], selectedId: string | null, now: number): PaymentQueueView {
  const index = Math.max(0, rows.findIndex((r) => r.order.id === selectedId));
  const picked = rows[index];
  return {
    items: rows.map((r) => item(r, now)),
    dueCount: rows.filter((r) => r.plan.kind === 'due').length,
    index,
    current: picked ? current(picked, now) : null,
  };
}

/** The order picked after moving `delta` rows from `index`, staying inside the list. */
export function movePick(rows: readonly Pick<PaymentQueueRow, 'order'>[], index: number, delta: number): string | null {
  return rows[Math.max(0, Math.min(rows.length - 1, index + delta))]?.order.id ?? null;
}
