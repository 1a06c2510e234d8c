import type { ChatLine } from '@shared/domain/reports';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

/**
 * Chat lines between `from` and `to` for the KPI reports: conversations touched since `from`
 * (updatedAt index), then each one's messages in the window ([conversationId+at] index).
 */
export async function chatLinesBetween(from: number, to: number): Promise<ChatLine[]> {
  const db = getDb();
  const conversations = (await db.conversations.where('updatedAt').aboveOrEqual(from).toArray()).filter(alive);
  const perConversation = await Promise.all(
    conversations.map((c) =>
      db.messages
        .where('[conversationId+at]')
        .between([c.id, from], [c.id, to], true, true)
        .toArray()
        .then((ms) => ms.filter(alive).map((m) => ({ conversationId: c.id, shopId: c.shopId, from: m.from, at: m.at, agentId: m.agentId }))),
    ),
  );
  return perConversation.flat();
}
