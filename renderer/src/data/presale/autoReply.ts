import { autoReplyText, type AutoReplyReason } from '@shared/domain/presale';
import { getDb } from '../store';
import { alive, type WriteContext } from '../repositories/tracked';
import { sendAutoReply } from './conversations';

/**
 * Sends the auto reply for this reason in the words of the conversation's shop, with {店铺},
 * {买家} and {客服} filled (the shop's own text, else the default). Once per round, as sendAutoReply.
 */
export async function sendShopAutoReply(conversationId: string, reason: AutoReplyReason, ctx: WriteContext): Promise<boolean> {
  const db = getDb();
  const conversation = await db.conversations.get(conversationId);
  if (!alive(conversation)) return false;
  const [shop, buyer, agent] = await Promise.all([db.shops.get(conversation.shopId), db.buyers.get(conversation.buyerId), db.agents.get(ctx.agentId)]);
  const text = autoReplyText(reason, alive(shop) ? shop.rules : undefined, {
    店铺: alive(shop) ? shop.name : null,
    买家: alive(buyer) ? buyer.nick : null,
    客服: alive(agent) ? agent.name : null,
  });
  return sendAutoReply(conversationId, text, ctx);
}
