import type { Buyer, Conversation, Shop } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { listShops } from '../repositories/agents';
import { waitingConversations } from './conversations';

export interface QueueRow {
  conversation: Conversation;
  buyer: Buyer | undefined;
  shop: Shop | undefined;
}

/**
 * The one queue across shops: waiting conversations joined to their buyer and shop. One read
 * transaction; the shops are read beside the conversations, then only the buyers they name.
 */
export async function waitingQueue(): Promise<QueueRow[]> {
  const db = getDb();
  return db.transaction('r', [db.conversations, db.buyers, db.shops], async () => {
    const [convs, shops] = await Promise.all([waitingConversations(), listShops()]);
    const buyerById = await buyersByIds(convs.map((c) => c.buyerId));
    const shopById = new Map(shops.map((s) => [s.id, s]));
    return convs.map((c) => ({ conversation: c, buyer: buyerById.get(c.buyerId), shop: shopById.get(c.shopId) }));
  });
}

/** The named buyers (each read once), for a join of only the rows a screen shows. */
export async function buyersByIds(ids: readonly string[]): Promise<Map<string, Buyer>> {
  const unique = [...new Set(ids)];
  const rows = await getDb().buyers.bulkGet(unique);
  return new Map(rows.filter(alive).map((b) => [b.id, b]));
}

export async function conversationWithParties(id: string): Promise<QueueRow | null> {
  const db = getDb();
  const conversation = await db.conversations.get(id);
  if (!conversation) return null;
  const [buyer, shop] = await Promise.all([db.buyers.get(conversation.buyerId), db.shops.get(conversation.shopId)]);
  return { conversation, buyer, shop };
}
