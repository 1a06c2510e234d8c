import Dexie from 'dexie';
import { newId } from '@shared/lib/ids';
import type { Buyer, Conversation, Message, Order } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from '../repositories/tracked';

/** The buyer's most recent conversation with the order's shop, if any. */
export async function buyerConversation(buyerId: string, shopId: string): Promise<Conversation | undefined> {
  const rows = await getDb().conversations.where('buyerId').equals(buyerId).toArray();
  return rows.filter((c) => alive(c) && c.shopId === shopId).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * Writes an agent message into the buyer's conversation (opening one when the buyer never
 * chatted), the way a reply does: signed message, round answered, preview updated. Must run
 * inside a transaction that includes conversations, messages and changes.
 */
export async function postToBuyer(order: Pick<Order, 'buyerId' | 'shopId'>, buyer: Buyer | undefined, text: string, ctx: WriteContext): Promise<Message> {
  const db = getDb();
  const conv = await buyerConversation(order.buyerId, order.shopId);
  const base: Conversation = conv ?? {
    id: newId(), shopId: order.shopId, buyerId: buyer?.id ?? order.buyerId, status: 'answered', stage: 'presale',
    lastBuyerAt: ctx.now, firstReplyAt: null, lastPreview: '', assignedTo: ctx.agentId, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null,
  };
  const message = await putOne<Message>(db, 'messages', { id: newId(), conversationId: base.id, from: 'agent', text, at: ctx.now, agentId: ctx.agentId }, ctx);
  await putOne<Conversation>(db, 'conversations', { ...base, status: 'answered', firstReplyAt: base.firstReplyAt ?? ctx.now, lastPreview: text.slice(0, 80) }, ctx);
  return message;
}

/** Messages of a conversation, newest last (for the order tab's related chat). */
export async function lastMessages(conversationId: string, limit = 12): Promise<Message[]> {
  const rows = await getDb().messages.where('[conversationId+at]').between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey]).reverse().limit(limit).toArray();
  return rows.filter(alive).reverse();
}
