import type { Buyer, Conversation, Shop } from '@shared/schemas/entities';
import { getDb } from '../store';
import { waitingConversations } from './conversations';

export interface QueueRow {
  conversation: Conversation;
  buyer: Buyer | undefined;
  shop: Shop | undefined;
}

/** The one queue across shops: waiting conversations joined to their buyer and shop. */
export async function waitingQueue(): Promise<QueueRow[]> {
  const db = getDb();
  const convs = await waitingConversations();
  const [buyers, shops] = await Promise.all([
    db.buyers.bulkGet([...new Set(convs.map((c) => c.buyerId))]),
    db.shops.toArray(),
  ]);
  const buyerById = new Map(buyers.filter((b): b is Buyer => !!b).map((b) => [b.id, b]));
  const shopById = new Map(shops.map((s) => [s.id, s]));
  return convs.map((c) => ({ conversation: c, buyer: buyerById.get(c.buyerId), shop: shopById.get(c.shopId) }));
}

export async function conversationWithParties(id: string): Promise<QueueRow | null> {
  const db = getDb();
  const conversation = await db.conversations.get(id);
  if (!conversation) return null;
  const [buyer, shop] = await Promise.all([db.buyers.get(conversation.buyerId), db.shops.get(conversation.shopId)]);
  return { conversation, buyer, shop };
}
