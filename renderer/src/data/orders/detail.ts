import Dexie from 'dexie';
import { currentRemarks, type CurrentRemark } from '@shared/domain/remarks';
import type { AuditEntry, Buyer, Conversation, Message, Order, Remark, Reminder, Review, Shop, Ticket } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { buyerConversation } from '../repositories/conversations';
import { messagesOf } from '../queries/conversations';
import { orderPaymentHistory } from './payments';

/** Everything the order tab shows, read in one live query. */
export interface OrderFullDetail {
  order: Order;
  buyer: Buyer | undefined;
  shop: Shop | undefined;
  /** Remarks as they read now, each with its earlier versions (edits are appended, never rewritten). */
  remarks: CurrentRemark<Remark>[];
  payments: Reminder[];
  conversation: Conversation | undefined;
  messages: Message[];
  tickets: Ticket[];
  reviews: Review[];
  reveals: AuditEntry[];
}

export async function orderFullDetail(id: string): Promise<OrderFullDetail | null> {
  const db = getDb();
  const order = await db.orders.get(id);
  if (!alive(order)) return null;
  const [buyer, shop, remarks, payments, conversation, tickets, reviews, reveals] = await Promise.all([
    db.buyers.get(order.buyerId),
    db.shops.get(order.shopId),
    db.remarks.where('[orderId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    orderPaymentHistory(id),
    buyerConversation(order.buyerId, order.shopId),
    db.tickets.where('orderId').equals(id).toArray(),
    db.reviews.where('orderId').equals(id).toArray(),
    db.audit.where('subjectId').equals(id).toArray(),
  ]);
  const messages = conversation ? await messagesOf(conversation.id, 12) : [];
  return {
    order, buyer, shop, payments, conversation, messages,
    // Retracted and replaced rows stay stored; the tab shows current versions with their history.
    remarks: currentRemarks(remarks),
    tickets: tickets.filter(alive),
    reviews: reviews.filter(alive),
    reveals,
  };
}
