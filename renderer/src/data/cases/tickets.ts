import type { Contact, Conversation, Ticket, TicketFields, TicketStep, TicketType, ResponsibleParty } from '@shared/schemas/entities';
import { checkNextContact, checkRefundAmount, checkTicketResolve, checkTicketStep, firstDueAt, problem, stepDueAt, TICKET_KINDS } from '@shared/domain/cases';
import { newId } from '@shared/lib/ids';
import { getDb } from '../store';
import { alive, putOne, putTracked, type WriteContext } from '../repositories/tracked';
import { buyerConversation, conversationWith, writeToBuyer } from '../repositories/conversations';
import { withOutbox } from '../outbox/enqueue';
import { ProblemError, refuseIf } from '@shared/lib/problem';

export interface NewTicket {
  type: TicketType;
  orderId: string | null;
  buyerId: string;
  shopId: string;
  conversationId?: string | null;
  summary: string;
  ownerId: string | null;
}

/** Registers an aftersale case, prefilled from its order (product, default responsible party). */
export async function createTicket(input: NewTicket, ctx: WriteContext): Promise<Ticket> {
  const db = getDb();
  return db.transaction('rw', [db.tickets, db.orders, db.buyers, db.changes], async () => {
    const order = input.orderId ? await db.orders.get(input.orderId) : undefined;
    if (input.orderId && !alive(order)) throw new ProblemError(problem('orderId', 'orderNotFound'));
    // Without an order the buyer tells which shop the case belongs to.
    const buyer = order ? undefined : await db.buyers.get(input.buyerId);
    if (!order && !alive(buyer)) throw new ProblemError(problem('orderNo', 'orderNotFound'));
    const ticket: Ticket = {
      id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null,
      type: input.type, shopId: order?.shopId ?? buyer?.shopId ?? input.shopId, orderId: order?.id ?? null, buyerId: order?.buyerId ?? input.buyerId,
      status: 'open', step: 'soothe', dueAt: firstDueAt(input.type, ctx.now), summary: input.summary.trim(),
      trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: input.ownerId, createdAt: ctx.now,
      responsibleParty: TICKET_KINDS[input.type].defaultParty, conversationId: input.conversationId ?? null,
      product: order?.items[0]?.title ?? '', fields: {}, resolvedAt: null,
    };
    return putOne<Ticket>(db, 'tickets', ticket, ctx);
  });
}

export interface TicketPatch {
  summary?: string;
  resolution?: string | null;
  amountFen?: number | null;
  trackingNo?: string | null;
  responsible?: string | null;
  responsibleParty?: ResponsibleParty | null;
  fields?: TicketFields;
  product?: string;
  ownerId?: string | null;
}

async function openTicket(id: string): Promise<Ticket> {
  const t = await getDb().tickets.get(id);
  if (!alive(t)) throw new ProblemError(problem('tickets', 'caseNotFound'));
  return t;
}

/** Saves the case form. A refund above the order amount is refused and nothing is written. */
export async function updateTicket(id: string, patch: TicketPatch, ctx: WriteContext): Promise<Ticket> {
  const db = getDb();
  return db.transaction('rw', [db.tickets, db.orders, db.changes], async () => {
    const t = await openTicket(id);
    const order = t.orderId ? await db.orders.get(t.orderId) : undefined;
    if (patch.amountFen !== undefined) refuseIf(checkRefundAmount(patch.amountFen, order?.totalFen ?? null));
    const next: Ticket = { ...t, ...patch, fields: { ...(t.fields ?? {}), ...(patch.fields ?? {}) } };
    return putOne<Ticket>(db, 'tickets', next, ctx);
  });
}

/** Moves the case one step on (validated); the new step gets its own due time. */
export async function advanceTicket(id: string, to: TicketStep, ctx: WriteContext): Promise<Ticket> {
  const db = getDb();
  return db.transaction('rw', [db.tickets, db.table('photos'), db.changes], async () => {
    const t = await openTicket(id);
    const photoCount = await db.table('photos').where('ticketId').equals(id).filter((p: { deletedAt: number | null }) => p.deletedAt === null).count();
    refuseIf(checkTicketStep(t, to, { photoCount, now: ctx.now }));
    return putOne<Ticket>(db, 'tickets', { ...t, step: to, dueAt: stepDueAt(to, ctx.now) }, ctx);
  });
}

/** Closes a case after 回访 with its resolution. */
export async function resolveTicket(id: string, ctx: WriteContext): Promise<Ticket> {
  const db = getDb();
  return db.transaction('rw', [db.tickets, db.changes], async () => {
    const t = await openTicket(id);
    refuseIf(checkTicketResolve(t));
    return putOne<Ticket>(db, 'tickets', { ...t, status: 'resolved', resolvedAt: ctx.now }, ctx);
  });
}

export interface ContactInput {
  channel: Contact['channel'];
  result: string;
  nextAt: number | null;
}

/** Logs a contact on a ticket; its next contact time (future only) becomes the case's due time. */
export async function logTicketContact(id: string, input: ContactInput, ctx: WriteContext): Promise<Contact> {
  refuseIf(checkNextContact(input.nextAt, ctx.now));
  if (!input.result.trim()) throw new ProblemError(problem('result', 'resultRequired'));
  const db = getDb();
  return db.transaction('rw', [db.tickets, db.contacts, db.changes], async () => {
    const t = await openTicket(id);
    const contact: Contact = { id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null, subjectId: id, subjectKind: 'ticket', channel: input.channel, result: input.result.trim(), at: ctx.now, nextAt: input.nextAt, agentId: ctx.agentId };
    await putTracked<Contact>(db, 'contacts', [contact], ctx);
    if (input.nextAt !== null) await putOne<Ticket>(db, 'tickets', { ...t, dueAt: input.nextAt }, ctx);
    return contact;
  });
}

/**
 * The buyer's conversation for a case: the one it came from, else their latest with the shop.
 * With a write context (sending a step's message) a buyer who never chatted gets a new aftersale one.
 */
export async function conversationForCase(ticket: Pick<Ticket, 'conversationId' | 'buyerId' | 'shopId'>, ctx: WriteContext | null): Promise<Conversation | null> {
  if (ticket.conversationId) {
    const c = await getDb().conversations.get(ticket.conversationId);
    if (alive(c)) return c;
  }
  return ctx ? conversationWith(ticket.buyerId, ticket.shopId, 'aftersale', ctx) : ((await buyerConversation(ticket.buyerId, ticket.shopId)) ?? null);
}

/** Sends a step's message into the buyer's conversation and logs it as a chat contact, in one transaction. */
export async function sendCaseMessage(id: string, text: string, ctx: WriteContext): Promise<void> {
  if (!text.trim()) throw new ProblemError(problem('message', 'messageEmpty'));
  const db = getDb();
  await db.transaction('rw', withOutbox(db, [db.tickets, db.conversations, db.messages, db.contacts, db.changes]), async () => {
    const t = await openTicket(id);
    const conv = await conversationForCase(t, ctx);
    if (!conv) throw new ProblemError(problem('message', 'noConversation'));
    await writeToBuyer(db, conv, text, ctx);
    const contact: Contact = { id: newId(), updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null, subjectId: id, subjectKind: 'ticket', channel: 'chat', result: text.trim().slice(0, 200), at: ctx.now, nextAt: null, agentId: ctx.agentId };
    await putTracked<Contact>(db, 'contacts', [contact], ctx);
    if (!t.conversationId) await putOne<Ticket>(db, 'tickets', { ...t, conversationId: conv.id }, ctx);
  });
}
