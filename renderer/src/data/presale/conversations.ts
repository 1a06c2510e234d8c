import type { Conversation, Message } from '@shared/schemas/entities';
import type { NotBoughtReason } from '@shared/schemas/presale';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { refuse } from '@shared/lib/problem';
import { alive, putTrackedAll, type WriteContext } from '../repositories/tracked';
import { writeToBuyer } from '../repositories/conversations';
import { withOutbox } from '../outbox/enqueue';

function messageOf(conversationId: string, from: Message['from'], text: string, ctx: WriteContext, agentId: string | null): Message {
  return { id: newId(), conversationId, from, text, at: ctx.now, agentId, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null };
}

/** A message and the conversation it changes, written together (one round trip). */
async function putMessageAndConversation(message: Message, conversation: Conversation, ctx: WriteContext): Promise<void> {
  await putTrackedAll(getDb(), [{ table: 'messages', drafts: [message] }, { table: 'conversations', drafts: [conversation] }], ctx);
}

async function inTx<T>(conversationId: string, fn: (conv: Conversation) => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.conversations, db.messages, db.changes]), async () => {
    const conv = await db.conversations.get(conversationId);
    if (!alive(conv)) throw refuse('notFound', 'conversations', { id: conversationId });
    return fn(conv);
  });
}

/** An agent's reply from the queue: writes to the buyer and takes them out of the queue. */
export async function sendReply(conversationId: string, text: string, ctx: WriteContext): Promise<Message> {
  return inTx(conversationId, (conv) => writeToBuyer(getDb(), conv, text, ctx, { take: true }));
}

/**
 * Marks the conversation resolved: it leaves the queue and a system line records who closed it.
 * A presale chat may carry the agent's outcome tag (已下单 / 未下单 + reason) for 报表.
 */
export async function resolveConversation(conversationId: string, note: string, ctx: WriteContext, outcome?: { ordered: boolean; reason: NotBoughtReason | null }): Promise<void> {
  await inTx(conversationId, async (conv) => {
    const tag = outcome ? { outcome: { ordered: outcome.ordered, reason: outcome.ordered ? null : outcome.reason ?? 'other', at: ctx.now, agentId: ctx.agentId } } : {};
    await putMessageAndConversation(messageOf(conversationId, 'system', note, ctx, ctx.agentId), { ...conv, status: 'closed', resolvedAt: ctx.now, transfer: null, ...tag }, ctx);
  });
}

/**
 * Hands the buyer to a colleague with a reason. The buyer goes back to waiting so the
 * receiver sees them at the top of their queue; everyone else stops seeing them.
 */
export async function transferConversation(conversationId: string, to: string, reason: string, note: string, ctx: WriteContext): Promise<void> {
  const why = reason.trim();
  if (!why) throw refuse('required', 'conversations.transfer.reason');
  if (to === ctx.agentId) throw refuse('transferToSelf', 'conversations.transfer.to');
  await inTx(conversationId, async (conv) => {
    await putMessageAndConversation(messageOf(conversationId, 'system', note, ctx, ctx.agentId), {
      ...conv, status: 'waiting', lastBuyerAt: conv.status === 'waiting' ? conv.lastBuyerAt : ctx.now, assignedTo: to, transfer: { from: ctx.agentId, to, reason: why, at: ctx.now },
    }, ctx);
  });
}

/** An auto reply: marked `auto`, leaves the buyer waiting (it is not an answer) and stamps the round. */
export async function sendAutoReply(conversationId: string, text: string, ctx: WriteContext): Promise<boolean> {
  return inTx(conversationId, async (conv) => {
    // Re-checked inside the transaction so two windows never both reply in one round.
    if (conv.status !== 'waiting' || (conv.lastAutoAt != null && conv.lastAutoAt >= conv.lastBuyerAt)) return false;
    await putMessageAndConversation(messageOf(conversationId, 'auto', text, ctx, null), { ...conv, lastAutoAt: ctx.now }, ctx);
    return true;
  });
}
