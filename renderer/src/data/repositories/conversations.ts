import type { Conversation, Message } from '@shared/schemas/entities';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putTracked, type WriteContext } from './tracked';

/**
 * An agent's reply: appends the message and marks the round answered in one transaction,
 * recording the first reply time for the response-rate KPI.
 */
export async function sendAgentReply(conversationId: string, text: string, ctx: WriteContext): Promise<Message> {
  const body = text.trim();
  if (!body) throw refuse('required', 'messages.text');
  const db = getDb();
  return db.transaction('rw', [db.conversations, db.messages, db.changes], async () => {
    const conv = await db.conversations.get(conversationId);
    if (!alive(conv)) throw refuse('notFound', 'conversations', { id: conversationId });
    const message: Message = { id: newId(), conversationId, from: 'agent', text: body, at: ctx.now, agentId: ctx.agentId, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null };
    await putTracked<Message>(db, 'messages', [message], ctx);
    await putTracked<Conversation>(db, 'conversations', [{ ...conv, status: 'answered', firstReplyAt: conv.firstReplyAt ?? ctx.now, lastPreview: body.slice(0, 80) }], ctx);
    return message;
  });
}
