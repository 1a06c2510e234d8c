import Dexie from 'dexie';
import type { Conversation, Message } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

/** Waiting conversations, longest wait first — straight off the [status+lastBuyerAt] index. */
export async function waitingConversations(limit = 10_000): Promise<Conversation[]> {
  const rows = await getDb().conversations
    .where('[status+lastBuyerAt]')
    .between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
    .limit(limit)
    .toArray();
  return rows.filter(alive);
}

/** A conversation's latest messages, oldest first. */
export async function messagesOf(conversationId: string, limit = 500): Promise<Message[]> {
  const rows = await getDb().messages
    .where('[conversationId+at]')
    .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return rows.filter(alive).reverse();
}
