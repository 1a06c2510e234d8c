import { MAX_NEWLY_DUE, type WaitingBuyerFact } from '@shared/domain/tray';
import { listShops } from '../repositories/agents';
import { waitingConversations } from '../queries/conversations';
import { buyersByIds } from '../queries/queue';

/**
 * Buyers waiting for a reply, from the [status+lastBuyerAt] index. The tray counts them all but
 * names only the newest arrivals: a waiting buyer can be newly due only when a new round starts,
 * and at most MAX_NEWLY_DUE items are named per pass. Joining every buyer (10,000 in a 双十一
 * queue) made each pass read and watch 10,000 buyer records.
 */
export async function waitingFacts(): Promise<WaitingBuyerFact[]> {
  const [convs, shops] = await Promise.all([waitingConversations(), listShops()]);
  const newest = convs.slice(-MAX_NEWLY_DUE);
  const buyers = await buyersByIds(newest.map((c) => c.buyerId));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  return convs.map((c) => ({ id: c.id, buyerNick: buyers.get(c.buyerId)?.nick ?? '—', shopName: shopName.get(c.shopId) ?? '', lastBuyerAt: c.lastBuyerAt }));
}
