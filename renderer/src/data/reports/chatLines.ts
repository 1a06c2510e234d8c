import type { ChatLine } from '@shared/domain/reports';
import type { Conversation } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { replyCountsAt, replyTimes } from '../outbox/actions';

/**
 * Chat lines between `from` and `to` for the KPI reports: the period's messages as one range of
 * the `at` index (v12) — a year is one cursor, not a query per conversation — then their
 * conversations by key. An agent's message sent through a bridge counts when it was delivered,
 * and not before (outbox). The conversations come back too: the reports need each one's buyer
 * and outcome tag.
 */
export async function chatBetween(from: number, to: number): Promise<{ lines: ChatLine[]; conversations: Conversation[] }> {
  const db = getDb();
  const messages = (await db.messages.where('at').between(from, to, true, true).toArray()).filter(alive);
  const ids = [...new Set(messages.map((m) => m.conversationId))];
  const [found, deliveries] = await Promise.all([db.conversations.bulkGet(ids), replyTimes(ids)]);
  const conversations = found.filter(alive);
  const shopOf = new Map(conversations.map((c) => [c.id, c.shopId]));
  const lines = messages.flatMap((m): ChatLine[] => {
    const shopId = shopOf.get(m.conversationId);
    if (shopId === undefined) return [];
    const line: ChatLine = { conversationId: m.conversationId, shopId, from: m.from, at: m.at, agentId: m.agentId };
    const rows = m.from === 'agent' ? deliveries.get(m.id) : undefined;
    if (!rows) return [line];
    const at = replyCountsAt(m.at, rows);
    return at === null ? [] : [{ ...line, at }];
  });
  return { lines, conversations };
}

export async function chatLinesBetween(from: number, to: number): Promise<ChatLine[]> {
  return (await chatBetween(from, to)).lines;
}
