import type { WaitingBuyerFact } from '@shared/domain/tray';
import { waitingQueue } from '../queries/queue';

/** Buyers waiting for a reply, from the [status+lastBuyerAt] index. */
export async function waitingFacts(): Promise<WaitingBuyerFact[]> {
  const queue = await waitingQueue();
  return queue.map((r) => ({ id: r.conversation.id, buyerNick: r.buyer?.nick ?? '—', shopName: r.shop?.name ?? '', lastBuyerAt: r.conversation.lastBuyerAt }));
}
