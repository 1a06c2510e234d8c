import { z } from 'zod';
import { EpochMs, Id, OrderNo, SealedText, TextOrSealed, Tracked } from './common';

export const OrderStatus = z.enum(['unpaid', 'paid', 'shipped', 'delivered', 'completed', 'closed', 'refunding']);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderItem = z.object({
  title: z.string(),
  sku: z.string(),
  qty: z.number().int().positive(),
  price: z.number().nonnegative(),
  /** 商品属性 (颜色分类：黑色；尺码：XL) as the platform's item detail gives it. */
  props: z.string().max(200).optional(),
});

export const VerificationState = z.enum(['pending', 'sent', 'confirmed', 'changed']);
export type VerificationState = z.infer<typeof VerificationState>;

/** Full texts are buyer data: screens show the masked copies until an agent reveals them (audited). */
export const AddressChange = z.object({
  /** Sealed on this PC (SealedText), like the recipient. */
  from: TextOrSealed(300),
  to: TextOrSealed(300, 1, 'the new address is empty'),
  fromMasked: z.string(),
  toMasked: z.string(),
  by: Id,
  byName: z.string(),
  at: EpochMs,
});
export type AddressChange = z.infer<typeof AddressChange>;

export const Order = Tracked.extend({
  orderNo: OrderNo,
  shopId: Id,
  buyerId: Id,
  status: OrderStatus,
  /** Amounts in fen (integer cents) so sums are exact. */
  totalFen: z.number().int().nonnegative(),
  items: z.array(OrderItem),
  createdAt: EpochMs,
  paidAt: EpochMs.nullable(),
  addressMasked: z.string(),
  /**
   * This order's recipient, phone and address as the platform gave them (buyer data: shown
   * masked until an agent reveals it, audited). Per order: one buyer sends orders to several
   * people, so the buyer record holds no "the" address. Absent on orders from before it.
   */
  recipient: z.union([z.object({ name: z.string().max(50), phone: z.string().max(30), address: z.string().max(300) }), SealedText]).optional(),
  phoneMasked: z.string().optional(),
  /** What the buyer actually paid (null until payment); totalFen is what the order costs. */
  paidFen: z.number().int().nonnegative().nullable().optional(),
  /** Postage within totalFen (买家应付邮费), when the export says it. */
  postageFen: z.number().int().nonnegative().nullable().optional(),
  /** 买家留言: what the buyer wrote when ordering ("请发顺丰"). Untrusted text. */
  buyerNote: z.string().max(500).optional(),
  /** 订单备注 as it was on the platform before this desk: the shop's memo, signed by none of our agents. */
  platformMemo: z.string().max(1000).optional(),
  trackingNo: z.string().nullable(),
  carrier: z.string().nullable(),
  /** Seller flag colour 0–5 (Taobao); meaning is per shop. */
  flag: z.number().int().min(0).max(5),
  latestRemark: z.string(),
  /**
   * 核实 after payment (optional: orders from before this field, and unpaid ones, have none;
   * a paid order without it is 待核实). `sent` = the confirmation message went to the buyer.
   */
  verification: z
    .object({
      state: VerificationState,
      sentAt: EpochMs.nullable(),
      sentBy: Id.nullable(),
      doneAt: EpochMs.nullable(),
      doneBy: Id.nullable(),
    })
    .optional(),
  /** Every change of the delivery address, oldest first; old and new kept, with who changed it. */
  addressChanges: z.array(AddressChange).optional(),
  /** Why an agent closed the unpaid order (absent when the platform closed it or it never closed). */
  closeReason: z.string().max(200).optional(),
});
export type Order = z.infer<typeof Order>;

export const Remark = Tracked.extend({
  orderId: Id,
  agentId: Id,
  agentName: z.string(),
  text: z.string().min(1).max(500),
  at: EpochMs,
  flag: z.number().int().min(0).max(5).nullable(),
  /**
   * Append-only edits: an author's correction is a NEW remark row naming the one it replaces;
   * the replaced row is never rewritten, so every earlier text stays readable. `at` keeps the
   * original time (the memo order and signature do not move); `editedAt` is when it was changed.
   */
  replaces: Id.nullable().optional(),
  editedAt: EpochMs.optional(),
});
export type Remark = z.infer<typeof Remark>;

export const ReminderState = z.enum(['due', 'done', 'cancelled']);

export const Reminder = Tracked.extend({
  kind: z.enum(['payment', 'followup']),
  subjectId: Id,
  buyerId: Id.nullable(),
  shopId: Id,
  label: z.string(),
  dueAt: EpochMs,
  attempt: z.number().int().nonnegative(),
  channel: z.enum(['chat', 'sms', 'phone']).nullable(),
  state: ReminderState,
  outcome: z.string().nullable(),
});
export type Reminder = z.infer<typeof Reminder>;
