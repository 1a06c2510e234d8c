import Dexie from 'dexie';
import { OPEN_REVIEW_STATUSES, type ReviewRegisterRow, type TicketRegisterRow } from '@shared/domain/cases';
import type { Agent, Buyer, Contact, Conversation, Message, Order, Review, Shop, Ticket } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';
import { conversationForCase } from './tickets';
import { photosOf, type PhotoRow } from './photos';

/** Case rows carry the names lists need (buyer nick, order number, owner, shop). */
type TicketRow = TicketRegisterRow;
type ReviewRow = ReviewRegisterRow;

async function names(): Promise<{ agents: Map<string, Agent>; shops: Map<string, Shop> }> {
  const db = getDb();
  const [agents, shops] = await Promise.all([db.agents.toArray(), db.shops.toArray()]);
  return { agents: new Map(agents.map((a) => [a.id, a])), shops: new Map(shops.map((s) => [s.id, s])) };
}

async function join<T extends { buyerId: string; orderId: string | null; ownerId: string | null; shopId: string }>(rows: T[]) {
  const db = getDb();
  const [n, buyers, orders] = await Promise.all([
    names(),
    db.buyers.bulkGet([...new Set(rows.map((r) => r.buyerId))]),
    db.orders.bulkGet([...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))]),
  ]);
  const b = new Map(buyers.filter(alive).map((x) => [x.id, x]));
  const o = new Map(orders.filter(alive).map((x) => [x.id, x]));
  return rows.map((r) => ({
    buyerNick: b.get(r.buyerId)?.nick ?? '',
    orderNo: (r.orderId && o.get(r.orderId)?.orderNo) || '',
    productOfOrder: (r.orderId && o.get(r.orderId)?.items[0]?.title) || '',
    ownerName: (r.ownerId && n.agents.get(r.ownerId)?.name) || '',
    shopName: n.shops.get(r.shopId)?.name ?? '',
  }));
}

/** Cases registered before the product field existed take it from their order's first item. */
async function withNames(rows: Ticket[]): Promise<TicketRow[]> {
  const extra = await join(rows);
  return rows.map((t, i) => {
    const { productOfOrder, ...names } = extra[i] as Omit<TicketRow, 'ticket'> & { productOfOrder: string };
    return { ticket: t.product ? t : { ...t, product: productOfOrder }, ...names };
  });
}

/** Open cases by due time, soonest (most overdue) first — off the [status+dueAt] index. */
export async function openTicketQueue(): Promise<TicketRow[]> {
  const rows = (await getDb().tickets.where('[status+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray()).filter(alive);
  return withNames(rows);
}

/** Every case for the register, newest first (the register is not a hot path; the table is small). */
export async function ticketRegister(): Promise<TicketRow[]> {
  const rows = (await getDb().tickets.orderBy('createdAt').reverse().toArray()).filter(alive);
  return withNames(rows);
}

export async function reviewRegister(): Promise<ReviewRow[]> {
  const rows = (await getDb().reviews.orderBy('postedAt').reverse().toArray()).filter(alive);
  const extra = await join(rows);
  return rows.map((review, i) => {
    const { productOfOrder: _p, ...names } = extra[i] as Omit<ReviewRow, 'review'> & { productOfOrder: string };
    return { review, ...names };
  });
}

/** Open reviews (待联系/联系中/协商中) off the [status+nextContactAt] index, for the 评价 queue. */
export async function openReviewQueue(): Promise<ReviewRow[]> {
  const db = getDb();
  const rows = (await Promise.all(OPEN_REVIEW_STATUSES.map((s) => db.reviews.where('[status+nextContactAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).toArray()))).flat().filter(alive);
  const extra = await join(rows);
  return rows.map((review, i) => {
    const { productOfOrder: _p, ...names } = extra[i] as Omit<ReviewRow, 'review'> & { productOfOrder: string };
    return { review, ...names };
  });
}

export interface CaseContext { order: Order | null; buyer: Buyer | null; shop: Shop | null; contacts: Contact[]; conversation: Conversation | null; messages: Message[] }

async function contextOf(subject: { id: string; orderId: string | null; buyerId: string; shopId: string; conversationId?: string | null | undefined }): Promise<CaseContext> {
  const db = getDb();
  const [order, buyer, shop, contacts, conversation] = await Promise.all([
    subject.orderId ? db.orders.get(subject.orderId) : undefined,
    db.buyers.get(subject.buyerId),
    db.shops.get(subject.shopId),
    db.contacts.where('[subjectId+at]').between([subject.id, Dexie.minKey], [subject.id, Dexie.maxKey]).toArray(),
    conversationForCase({ conversationId: subject.conversationId ?? null, buyerId: subject.buyerId, shopId: subject.shopId }, null),
  ]);
  const messages = conversation ? await db.messages.where('[conversationId+at]').between([conversation.id, Dexie.minKey], [conversation.id, Dexie.maxKey]).toArray() : [];
  return { order: alive(order) ? order : null, buyer: alive(buyer) ? buyer : null, shop: alive(shop) ? shop : null, contacts: contacts.filter(alive), conversation, messages: messages.filter(alive) };
}

export type CaseView =
  | ({ kind: 'ticket'; ticket: Ticket; photos: PhotoRow[] } & CaseContext)
  | ({ kind: 'review'; review: Review } & CaseContext)
  | { kind: 'missing' };

/** One case (ticket or review, the case tab shows either) with everything around it. */
export async function caseView(id: string): Promise<CaseView> {
  const db = getDb();
  const ticket = await db.tickets.get(id);
  if (alive(ticket)) {
    const [ctx, photos] = await Promise.all([contextOf(ticket), photosOf(id)]);
    const product = ticket.product || ctx.order?.items[0]?.title || '';
    return { kind: 'ticket', ticket: { ...ticket, product }, photos, ...ctx };
  }
  const review = await db.reviews.get(id);
  if (alive(review)) return { kind: 'review', review, ...(await contextOf(review)) };
  return { kind: 'missing' };
}

/** The buyer's orders, newest first, to attach a case to. */
export async function ordersOfBuyer(buyerId: string): Promise<Order[]> {
  return (await getDb().orders.where('buyerId').equals(buyerId).toArray()).filter(alive).sort((a, b) => b.createdAt - a.createdAt);
}

export async function orderByNo(orderNo: string): Promise<Order | null> {
  const o = await getDb().orders.where('orderNo').equals(orderNo.replace(/\D/g, '')).first();
  return alive(o) ? o : null;
}

/** Cases already opened from a conversation (so the chat header can show them). */
export async function ticketsOfBuyer(buyerId: string): Promise<Ticket[]> {
  return (await getDb().tickets.where('buyerId').equals(buyerId).toArray()).filter(alive).sort((a, b) => b.createdAt - a.createdAt);
}

export async function agentsAndShops(): Promise<{ agents: Agent[]; shops: Shop[] }> {
  const n = await names();
  return { agents: [...n.agents.values()].filter(alive), shops: [...n.shops.values()].filter(alive) };
}
