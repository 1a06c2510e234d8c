import type { ChatLine } from '@shared/domain/reports';
import type { Conversation } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { replyCountsAt, replyTimes } from '../outbox/actions';

/**
 * Chat lines between `from` and `to` for the KPI reports: conversations touched since `from`
 * (updatedAt index), then each one's messages in the window ([conversationId+at] index). An
 * agent's message sent through a bridge counts when it was delivered, and not before (outbox).
 * The conversations come back too: the reports need each one's buyer and outcome tag.
 */
export async function chatBetween(from: number, to: number): Promise<{ lines: ChatLine[]; conversations: Conversation[] }> {
  const db = getDb();
  const conversations = (await db.conversations.where('updatedAt').aboveOrEqual(from).toArray()).filter(alive);
  const [perConversation, deliveries] = await Promise.all([
    Promise.all(
      conversations.map((c) =>
        db.messages
          .where('[conversationId+at]')
          .between([c.id, from], [c.id, to], true, true)
          .toArray()
          .then((ms) => ms.filter(alive).map((m) => ({ id: m.id, line: { conversationId: c.id, shopId: c.shopId, from: m.from, at: m.at, agentId: m.agentId } }))),
      ),
    ),
    replyTimes(conversations.map((c) => c.id)),
  ]);
  const lines = perConversation.flat().flatMap(({ id, line }): ChatLine[] => {
    const rows = line.from === 'agent' ? deliveries.get(id) : undefined;
    if (!rows) return [line];
    const at = replyCountsAt(line.at, rows);
    return at === null ? [] : [{ ...line, at }];
  });
  return { lines, conversations };
}

export async function chatLinesBetween(from: number, to: number): Promise<ChatLine[]> {
  return (await chatBetween(from, to)).lines;
}
