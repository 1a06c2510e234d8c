import type { Buyer, Conversation, Message, Order, OrderStatus, Review } from '../../schemas/entities';
import type { Platform } from '../../schemas/common';
import { naturalId } from '../sync';
import { EVENT, type BuyerMessageEvent, type IngestEvent, type OrderCreatedEvent, type OrderStatusEvent, type ReviewPostedEvent } from '../../schemas/ingest';
import { reviewDeadlines } from '../cases/reviews';
import { derivedIds } from './eventKey';

/**
 * From one ingest event and the records it touches to the records to write. Pure: the caller
 * loads the view, writes the plan in one transaction, and records the outcome.
 *
 * Idempotent: an order and a buyer get the ids of their natural keys (platform + shop +
 * 订单编号; shop + nick: the same record whichever PC or import learns of them first), the
 * other records an event creates get ids derived from its shop + eventId (`ic.` conversation,
 * `im.` message, `ir.` review; eventKey.ts), so applying the same event again finds its own record and changes
 * nothing. Order status only moves
 * forward (unpaid → paid → shipped → delivered → completed; closed last), so events arriving
 * out of order converge: a late order.paid on a shipped order only fills paidAt.
 * An order event for an order we do not know yet is `parked` (never invented): the caller
 * keeps it and plans it again once that order.created arrives.
 */

export interface IngestView {
  /** The event's shop's platform (part of an order's natural id); null when we have no such shop. */
  shopPlatform: Platform | null;
  /** The [shopId+nick] buyer (buyer.message, order.created). */
  buyer: Buyer | null;
  /** The buyer's most recent conversation with the shop (buyer.message). */
  conversation: Conversation | null;
  /** The order with the event's 订单编号 (order.*, review.posted). */
  order: Order | null;
  /** Which of `derivedIds(event)` already exist. */
  existingIds: ReadonlySet<string>;
}

export interface IngestWrites {
  buyers: Buyer[];
  conversations: Conversation[];
  messages: Message[];
  orders: Order[];
  reviews: Review[];
}

export type IngestReason = 'unknownShop' | 'unknownOrder' | 'otherShopsOrder' | 'alreadyApplied' | 'nothingNew';

export interface IngestPlan {
  outcome: 'applied' | 'duplicate' | 'parked' | 'refused';
  reason: IngestReason | null;
  writes: IngestWrites;
}

export interface PlanContext { now: number; agentId: string }


const RANK: Record<OrderStatus, number> = { unpaid: 0, paid: 1, refunding: 1, shipped: 2, delivered: 3, completed: 4, closed: 5 };

const empty = (): IngestWrites => ({ buyers: [], conversations: [], messages: [], orders: [], reviews: [] });
const none = (outcome: IngestPlan['outcome'], reason: IngestReason): IngestPlan => ({ outcome, reason, writes: empty() });
const tracked = (id: string, ctx: PlanContext) => ({ id, updatedAt: ctx.now, updatedBy: ctx.agentId, deletedAt: null });

function buyerFor(event: { eventId: string; shopId: string; buyerNick: string }, view: IngestView, ctx: PlanContext): { buyer: Buyer; isNew: boolean } {
  if (view.buyer) return { buyer: view.buyer, isNew: false };
  const buyer: Buyer = {
    ...tracked(naturalId({ table: 'buyers', shopId: event.shopId, nick: event.buyerNick }), ctx), shopId: event.shopId, nick: event.buyerNick, tier: 'normal', tags: [],
    phoneMasked: '', addressMasked: '', contactSecret: null, notes: '',
  };
  return { buyer, isNew: true };
}

function planMessage(event: BuyerMessageEvent, view: IngestView, ctx: PlanContext): IngestPlan {
  const ids = derivedIds(event);
  if (view.existingIds.has(ids.message)) return none('duplicate', 'alreadyApplied');
  const { buyer, isNew } = buyerFor(event, view, ctx);
  const writes = empty();
  if (isNew) writes.buyers.push(buyer);
  const prev = view.conversation;
  const preview = event.text.slice(0, 80);
  // A buyer's message always makes the conversation wait for us, even one that arrives late
  // (its own time may be before our last reply): a reopened round is a small nuisance, an
  // unseen buyer is the failure this product exists to prevent. Clocks of ERPs drift too.
  const conv: Conversation = prev
    ? { ...prev, status: 'waiting', lastBuyerAt: prev.status === 'waiting' ? Math.min(prev.lastBuyerAt, event.at) : event.at, lastPreview: preview }
    : { ...tracked(ids.conversation, ctx), shopId: event.shopId, buyerId: buyer.id, status: 'waiting', stage: 'presale', lastBuyerAt: event.at, firstReplyAt: null, lastPreview: preview, assignedTo: null };
  writes.conversations.push(conv);
  writes.messages.push({ ...tracked(ids.message, ctx), conversationId: conv.id, from: 'buyer', text: event.text, at: event.at, agentId: null });
  return { outcome: 'applied', reason: null, writes };
}

function planCreated(event: OrderCreatedEvent, view: IngestView, platform: Platform, ctx: PlanContext): IngestPlan {
  if (view.order) return none(view.order.shopId === event.shopId ? 'duplicate' : 'refused', view.order.shopId === event.shopId ? 'alreadyApplied' : 'otherShopsOrder');
  const { buyer, isNew } = buyerFor(event, view, ctx);
  const writes = empty();
  if (isNew) writes.buyers.push(buyer);
  writes.orders.push({
    ...tracked(naturalId({ table: 'orders', platform, shopId: event.shopId, orderNo: event.orderNo }), ctx), orderNo: event.orderNo, shopId: event.shopId, buyerId: buyer.id, status: 'unpaid',
    totalFen: event.totalFen, items: event.items.map((i) => ({ title: i.title, sku: i.sku, qty: i.qty, price: i.priceFen })),
    createdAt: event.createdAt, paidAt: null, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '',
  });
  return { outcome: 'applied', reason: null, writes };
}

function nextOrder(event: OrderStatusEvent, order: Order): Order {
  const forward = (to: OrderStatus): OrderStatus => (RANK[to] > RANK[order.status] ? to : order.status);
  switch (event.type) {
    case EVENT.paid:
      return { ...order, status: forward('paid'), paidAt: order.paidAt ?? event.paidAt ?? event.at };
    case EVENT.shipped:
      return { ...order, status: forward('shipped'), carrier: event.carrier, trackingNo: event.trackingNo };
    case EVENT.closed:
      return { ...order, status: forward('closed') };
  }
}

function planReview(event: ReviewPostedEvent, order: Order, view: IngestView, ctx: PlanContext): IngestPlan {
  const id = derivedIds(event).review;
  if (view.existingIds.has(id)) return none('duplicate', 'alreadyApplied');
  const rating = event.rating === '中评' || event.rating === 'neutral' ? 'neutral' : 'negative';
  const review: Review = {
    ...tracked(id, ctx), shopId: event.shopId, orderId: order.id, buyerId: order.buyerId, rating, text: event.text, postedAt: event.postedAt,
    cause: null, status: 'new', nextContactAt: reviewDeadlines({ postedAt: event.postedAt, cause: null }).earliestContactAt,
    explanation: '', ownerId: null, followUp: '', compensationFen: null, outcome: null, closedAt: null,
  };
  return { outcome: 'applied', reason: null, writes: { ...empty(), reviews: [review] } };
}

export function planEvent(event: IngestEvent, view: IngestView, ctx: PlanContext): IngestPlan {
  if (view.shopPlatform === null) return none('refused', 'unknownShop');
  if (event.type === EVENT.message) return planMessage(event, view, ctx);
  if (event.type === EVENT.created) return planCreated(event, view, view.shopPlatform, ctx);
  const order = view.order;
  if (!order) return none('parked', 'unknownOrder');
  if (order.shopId !== event.shopId) return none('refused', 'otherShopsOrder');
  if (event.type === EVENT.review) return planReview(event, order, view, ctx);
  const next = nextOrder(event, order);
  const changed = next.status !== order.status || next.paidAt !== order.paidAt || next.carrier !== order.carrier || next.trackingNo !== order.trackingNo;
  if (!changed) return none('duplicate', 'nothingNew');
  return { outcome: 'applied', reason: null, writes: { ...empty(), orders: [next] } };
}
