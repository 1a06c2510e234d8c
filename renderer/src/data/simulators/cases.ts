import Dexie from 'dexie';
import type { Conversation, Message, Order, Review, Ticket } from '@shared/schemas/entities';
import { firstDueAt, reviewDeadlines, TICKET_KINDS } from '@shared/domain/cases';
import { caseSimEvent, simAnswer } from '@shared/fixtures/demo';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from '../repositories/tracked';

const STATE_KEY = 'simulator/cases';

interface SimState { n: number; lastAt: number }

/** The buyer's latest conversation, or a new aftersale one; the buyer's message makes it wait for us. */
async function buyerSays(order: Pick<Order, 'buyerId' | 'shopId'>, text: string, ctx: WriteContext): Promise<string> {
  const db = getDb();
  const convs = (await db.conversations.where('buyerId').equals(order.buyerId).toArray()).filter(alive).sort((a, b) => b.updatedAt - a.updatedAt);
  const prev = convs[0];
  const conv: Conversation = prev
    ? { ...prev, status: 'waiting', stage: 'aftersale', lastBuyerAt: prev.status === 'waiting' ? prev.lastBuyerAt : ctx.now, lastPreview: text.slice(0, 80) }
    : { id: newId(), updatedAt: ctx.now, updatedBy: 'system', deletedAt: null, shopId: order.shopId, buyerId: order.buyerId, status: 'waiting', stage: 'aftersale', lastBuyerAt: ctx.now, firstReplyAt: null, lastPreview: text.slice(0, 80), assignedTo: null };
  await putOne<Conversation>(db, 'conversations', conv, ctx);
  const msg: Message = { id: newId(), updatedAt: ctx.now, updatedBy: 'system', deletedAt: null, conversationId: conv.id, from: 'buyer', text, at: ctx.now, agentId: null };
  await putOne<Message>(db, 'messages', msg, ctx);
  return conv.id;
}

async function pickOrder(statuses: Order['status'][], n: number, demoShops: Set<string>): Promise<Order | undefined> {
  const db = getDb();
  for (const status of statuses) {
    const rows = (await db.orders.where('[status+createdAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).reverse().limit(40).toArray()).filter((o) => alive(o) && demoShops.has(o.shopId));
    if (rows.length) return rows[n % rows.length];
  }
  return undefined;
}

/**
 * Demo buyers of the cases area: now and then one asks for aftersale help (every type in turn)
 * or posts a bad review (every cause in turn), and buyers answer some of the agent's contacts
 * in their conversation — so the 售后 and 评价 tabs stay alive in the demo shop.
 */
export async function tick(now: number): Promise<void> {
  const db = getDb();
  const demoShops = new Set((await db.shops.toArray()).filter((s) => alive(s) && s.demo).map((s) => s.id));
  if (demoShops.size === 0) return;
  const row = await db.settings.get(STATE_KEY);
  const state: SimState = (row?.value as SimState | undefined) ?? { n: 0, lastAt: now };
  const ctx: WriteContext = { agentId: 'system', now };
  const event = caseSimEvent(state.n);
  if (event?.kind === 'request') {
    const order = await pickOrder(['delivered', 'completed', 'shipped', 'paid'], state.n, demoShops);
    if (order) {
      const conversationId = await buyerSays(order, event.text, ctx);
      const ticket: Ticket = {
        id: newId(), updatedAt: now, updatedBy: 'system', deletedAt: null, type: event.type, shopId: order.shopId, orderId: order.id, buyerId: order.buyerId,
        status: 'open', step: 'soothe', dueAt: firstDueAt(event.type, now), summary: event.text, trackingNo: null, resolution: null, amountFen: null,
        responsible: null, ownerId: null, createdAt: now, responsibleParty: TICKET_KINDS[event.type].defaultParty, conversationId, product: order.items[0]?.title ?? '', fields: {}, resolvedAt: null,
      };
      await putOne<Ticket>(db, 'tickets', ticket, ctx);
    }
  } else if (event?.kind === 'review') {
    const order = await pickOrder(['completed', 'delivered'], state.n, demoShops);
    if (order) {
      const review: Review = {
        id: newId(), updatedAt: now, updatedBy: 'system', deletedAt: null, shopId: order.shopId, orderId: order.id, buyerId: order.buyerId, rating: event.rating,
        text: event.text, postedAt: now, cause: null, status: 'new', nextContactAt: reviewDeadlines({ postedAt: now, cause: null }).earliestContactAt,
        explanation: '', ownerId: null, followUp: '', compensationFen: null, outcome: null, closedAt: null,
      };
      await putOne<Review>(db, 'reviews', review, ctx);
    }
  }
  // Buyers answer contacts the agents logged since the last tick (found through the change log's time index).
  const logged = await db.changes.where('at').above(state.lastAt).filter((c) => c.table === 'contacts' && c.agent !== 'system').toArray();
  for (const change of logged) {
    const contact = await db.contacts.get(change.id);
    if (!alive(contact) || contact.subjectKind === 'order') continue;
    const answer = simAnswer(contact.id, contact.subjectKind);
    if (!answer) continue;
    const subject = contact.subjectKind === 'ticket' ? await db.tickets.get(contact.subjectId) : await db.reviews.get(contact.subjectId);
    if (alive(subject) && demoShops.has(subject.shopId)) await buyerSays(subject, answer, ctx);
  }
  await db.settings.put({ key: STATE_KEY, value: { n: state.n + 1, lastAt: now } satisfies SimState, updatedAt: now, updatedBy: 'system' });
}
