import type { Buyer, Conversation, Message, Order, Shop } from '../../schemas/entities';
import { makeBuyer } from './buyers';
import { catalogueFor } from './content/catalogue';
import { FOLLOW_UPS, OPENERS } from './content/dialogues';
import { chatVars, preview } from './conversations';
import { demoId } from './ids';
import { makeOrder } from './orders';
import { createRng, streamState, type Rng } from './rng';
import { lineForPlatform } from './staff';
import { fill, SYSTEM_AGENT, tracked } from './tracked';

/**
 * The little the simulator needs to know about the store. The caller passes recent rows only
 * (a few dozen conversations, the unpaid orders); whatever the tick changes comes back whole.
 */
export interface SimulatorView {
  shops: readonly Pick<Shop, 'id' | 'name' | 'platform'>[];
  buyers: readonly Pick<Buyer, 'id' | 'shopId' | 'nick' | 'addressMasked'>[];
  /** Recent conversations of any status; a buyer may write into one of them. */
  conversations: readonly Conversation[];
  /** Orders still unpaid; one of them may get paid. */
  unpaidOrders: readonly Order[];
}

export interface TickInput {
  /** From initialSimulatorState(seed) on the first tick, then the previous tick's nextRngState. */
  rngState: number;
  now: number;
  view: SimulatorView;
}

export type SimEvent =
  | { kind: 'buyer-message'; conversationId: string; buyerId: string; newConversation: boolean }
  | { kind: 'new-order'; orderId: string; buyerId: string }
  | { kind: 'order-paid'; orderId: string };

export interface TickOutput {
  nextRngState: number;
  /** Records to put, by table (whole records: new ones and updated copies). */
  puts: { buyers: Buyer[]; conversations: Conversation[]; messages: Message[]; orders: Order[] };
  /** What happened, for a log line or a debug panel. */
  events: SimEvent[];
}

/** Chances per tick; with a tick every ~5 s that is a new buyer message every ~10 s. */
export const TICK_ODDS = { buyerMessage: 0.45, existingConversation: 0.6, newBuyer: 0.2, newOrder: 0.12, payment: 0.15 } as const;

export const initialSimulatorState = (seed: number): number => streamState(seed, 'simulator');

/**
 * One simulator step: maybe a buyer writes (a new chat, or into an existing one, which makes it
 * waiting), maybe a new unpaid order arrives, maybe an unpaid order gets paid. Pure: the random
 * state goes in and comes out, so a run can be replayed exactly.
 */
export function simulateTick({ rngState, now, view }: TickInput): TickOutput {
  const rng = createRng(rngState);
  const out: TickOutput = { nextRngState: rngState, puts: { buyers: [], conversations: [], messages: [], orders: [] }, events: [] };
  if (rng.chance(TICK_ODDS.buyerMessage)) buyerWrites(rng, view, now, out);
  if (rng.chance(TICK_ODDS.newOrder)) newOrder(rng, view, now, out);
  if (rng.chance(TICK_ODDS.payment)) orderPaid(rng, view, now, out);
  out.nextRngState = rng.state();
  return out;
}

function buyerWrites(rng: Rng, view: SimulatorView, now: number, out: TickOutput): void {
  if (view.conversations.length > 0 && rng.chance(TICK_ODDS.existingConversation)) {
    writeInto(rng, rng.pick(view.conversations), view, now, out);
    return;
  }
  const buyer = pickOrMakeBuyer(rng, view, now, out);
  if (!buyer) return;
  // A buyer with a chat in view writes there rather than opening a second one.
  const existing = view.conversations.find((c) => c.buyerId === buyer.id);
  if (existing) {
    writeInto(rng, existing, view, now, out);
    return;
  }
  const opener = rng.pick(OPENERS);
  const message = buyerMessage(rng, demoId(rng, now), opener.text, buyer.shopId, view, now);
  out.puts.conversations.push({
    ...tracked(message.conversationId, now),
    shopId: buyer.shopId, buyerId: buyer.id, status: 'waiting', stage: opener.stage,
    lastBuyerAt: now, firstReplyAt: null, lastPreview: preview(message.text), assignedTo: null,
  });
  out.puts.messages.push(message);
  out.events.push({ kind: 'buyer-message', conversationId: message.conversationId, buyerId: buyer.id, newConversation: true });
}

/**
 * A buyer writes into an existing chat. An answered or closed chat starts waiting from now; a
 * chat already waiting keeps its lastBuyerAt, because the buyer has been waiting since their
 * first unanswered message and a "还在吗？" must not reset the 3-minute clock.
 */
function writeInto(rng: Rng, c: Conversation, view: SimulatorView, now: number, out: TickOutput): void {
  const template = c.status === 'closed' ? rng.pick(OPENERS).text : rng.pick(FOLLOW_UPS);
  const message = buyerMessage(rng, c.id, template, c.shopId, view, now);
  const startsWaiting = c.status !== 'waiting';
  out.puts.conversations.push({
    ...c,
    ...tracked(c.id, now),
    status: 'waiting',
    lastBuyerAt: startsWaiting ? now : c.lastBuyerAt,
    lastPreview: preview(message.text),
  });
  out.puts.messages.push(message);
  out.events.push({ kind: 'buyer-message', conversationId: c.id, buyerId: c.buyerId, newConversation: false });
}

function buyerMessage(rng: Rng, conversationId: string, template: string, shopId: string, view: SimulatorView, now: number): Message {
  const shop = view.shops.find((s) => s.id === shopId);
  const entries = catalogueFor(lineForPlatform(shop?.platform ?? 'other'));
  const vars = chatVars(rng, rng.pick(entries), shop?.name ?? '', '');
  return { ...tracked(demoId(rng, now), now, SYSTEM_AGENT), conversationId, from: 'buyer', text: fill(template, vars), at: now, agentId: null };
}

/** An existing buyer, or now and then a brand-new one (returned in puts.buyers). */
function pickOrMakeBuyer(rng: Rng, view: SimulatorView, now: number, out: TickOutput): Pick<Buyer, 'id' | 'shopId' | 'addressMasked'> | undefined {
  if (view.shops.length > 0 && (view.buyers.length === 0 || rng.chance(TICK_ODDS.newBuyer))) {
    const shop = rng.pick(view.shops);
    const taken = new Set(view.buyers.filter((b) => b.shopId === shop.id).map((b) => b.nick));
    const buyer = makeBuyer(rng, { shopId: shop.id, line: lineForPlatform(shop.platform) }, taken, now, now);
    out.puts.buyers.push(buyer);
    return buyer;
  }
  return view.buyers.length > 0 ? rng.pick(view.buyers) : undefined;
}

function newOrder(rng: Rng, view: SimulatorView, now: number, out: TickOutput): void {
  const buyers = [...view.buyers, ...out.puts.buyers];
  if (buyers.length === 0) return;
  const buyer = rng.pick(buyers);
  const platform = view.shops.find((s) => s.id === buyer.shopId)?.platform ?? 'other';
  const order = makeOrder(rng, { buyer, entries: catalogueFor(lineForPlatform(platform)), createdAt: now, status: 'unpaid', now });
  out.puts.orders.push(order);
  out.events.push({ kind: 'new-order', orderId: order.id, buyerId: buyer.id });
}

/** Payment stops 催付; the payments rules close the order's reminders when they see it paid. */
function orderPaid(rng: Rng, view: SimulatorView, now: number, out: TickOutput): void {
  const unpaid = view.unpaidOrders.filter((o) => o.status === 'unpaid' && o.createdAt <= now);
  if (unpaid.length === 0) return;
  const order = rng.pick(unpaid);
  out.puts.orders.push({ ...order, ...tracked(order.id, now), status: 'paid', paidAt: now });
  out.events.push({ kind: 'order-paid', orderId: order.id });
}
