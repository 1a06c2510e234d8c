import type { Conversation, Message } from '@shared/schemas/entities';
import { stripInvisible } from '@shared/lib/textHygiene';
import { newId } from '@shared/lib/ids';
import { refuse } from '@shared/lib/problem';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import type { Draft } from '@shared/schemas/common';
import { alive, putTrackedAll, type WriteContext } from './tracked';
import { enqueueOutbox } from '../outbox/enqueue';

/** The buyer's most recent conversation with a shop, if any. */
export async function buyerConversation(buyerId: string, shopId: string): Promise<Conversation | undefined> {
  const rows = await getDb().conversations.where('buyerId').equals(buyerId).toArray();
  return rows.filter((c) => alive(c) && c.shopId === shopId).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * Where an agent writes to a buyer from outside the queue (催付, 核实, a case step): the buyer's
 * latest conversation with the shop, else one the agent opens by writing first. A new one is not
 * stored here: `writeToBuyer` stores it together with the first message.
 */
export async function conversationWith(buyerId: string, shopId: string, stage: Conversation['stage'], ctx: WriteContext): Promise<Conversation> {
  return (await buyerConversation(buyerId, shopId)) ?? {
    id: newId(), shopId, buyerId, status: 'answered', stage, lastBuyerAt: ctx.now, firstReplyAt: null, lastPreview: '',
    assignedTo: ctx.agentId, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null,
  };
}

/**
 * The one way an agent's words reach a buyer: a reply in 接待, a 催付 or 核实 message, a case step.
 * Appends the signed message and marks the round answered (first reply time for the response
 * KPI, list preview). Runs in the caller's transaction over conversations, messages and changes,
 * so the write it belongs to (a reminder, a verification state) lands with it or not at all.
 * The message also becomes an outbox item (bridge: for the shop's bridge; companion: for the
 * clipboard) in the same transaction, so the caller's table list includes `withOutbox(db, …)`.
 * `take`: answering from the queue takes the buyer and ends a pending transfer; a message sent
 * from another screen leaves the conversation with whoever holds it.
 */
export async function writeToBuyer(db: XiaoerDb, conv: Conversation, text: string, ctx: WriteContext, { take = false } = {}): Promise<Message> {
  const body = stripInvisible(text).trim();
  if (!body) throw refuse('required', 'messages.text');
  const draft: Draft<Message> = { id: newId(), conversationId: conv.id, from: 'agent', text: body, at: ctx.now, agentId: ctx.agentId };
  const answered: Conversation = { ...conv, status: 'answered', firstReplyAt: conv.firstReplyAt ?? ctx.now, lastPreview: body.slice(0, 80), ...(take ? { assignedTo: ctx.agentId, transfer: null } : {}) };
  // Both records at once (one round trip): most of what a reply costs is waiting on the store.
  const [messages] = await putTrackedAll(db, [{ table: 'messages', drafts: [draft] }, { table: 'conversations', drafts: [answered] }], ctx);
  await enqueueOutbox(db, { kind: 'message', subjectId: draft.id, conversationId: conv.id, shopId: conv.shopId, buyerId: conv.buyerId, text: body }, ctx);
  return messages?.[0] as Message;
}
