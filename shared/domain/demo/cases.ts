import type { Agent, Contact, Order, OrderStatus, Review, Ticket, TicketType } from '../../schemas/entities';
import { DAY, HOUR, MINUTE, startOfShanghaiDay } from '../../lib/time';
import { REVIEW_WINDOW_MS } from '../cases/reviews';
import { CONTACT_RESULTS, MALICIOUS_EXPLANATION, REVIEWS, TICKET_RESOLUTIONS, TICKET_SUMMARIES } from './content/casework';
import { WAREHOUSE_STAFF } from './content/staff';
import { demoId } from './ids';
import { makeTracking } from './orders';
import type { Rng } from './rng';
import { tracked } from './tracked';

interface TicketPlan {
  type: TicketType;
  /** Order statuses this kind of case arises from. */
  from: readonly OrderStatus[];
  /** dueAt relative to now: negative ones are overdue when the demo opens. */
  dueIn: number;
  status: Ticket['status'];
  step: Ticket['step'];
}

/** One case of every type, three already overdue, two resolved (seed 003 aftersale flow map). */
const TICKET_PLANS: readonly TicketPlan[] = [
  { type: 'tracking', from: ['shipped'], dueIn: -2 * HOUR, status: 'open', step: 'handle' },
  { type: 'tracking', from: ['shipped'], dueIn: -DAY, status: 'resolved', step: 'revisit' },
  { type: 'missing_item', from: ['delivered'], dueIn: -30 * MINUTE, status: 'open', step: 'handle' },
  { type: 'missing_item', from: ['completed'], dueIn: -3 * DAY, status: 'resolved', step: 'revisit' },
  { type: 'wrong_item', from: ['delivered'], dueIn: 4 * HOUR, status: 'open', step: 'verify' },
  { type: 'quality', from: ['delivered', 'completed'], dueIn: DAY, status: 'open', step: 'soothe' },
  { type: 'return_7day', from: ['refunding'], dueIn: 2 * DAY, status: 'open', step: 'track' },
  { type: 'refund', from: ['refunding', 'closed'], dueIn: -2 * DAY, status: 'closed', step: 'revisit' },
  { type: 'lost_parcel', from: ['shipped'], dueIn: -5 * HOUR, status: 'open', step: 'handle' },
  { type: 'intercept', from: ['shipped'], dueIn: 3 * HOUR, status: 'open', step: 'handle' },
  { type: 'out_of_stock', from: ['paid'], dueIn: HOUR, status: 'open', step: 'verify' },
];

const REFUNDABLE: ReadonlySet<TicketType> = new Set(['wrong_item', 'quality', 'return_7day', 'refund']);
const WAREHOUSE_FAULT: ReadonlySet<TicketType> = new Set(['missing_item', 'wrong_item']);

/** Pick an unused order in one of the wanted statuses (any unused order if none fits). */
function takeOrder(rng: Rng, orders: readonly Order[], wanted: readonly OrderStatus[], used: Set<string>): Order | undefined {
  const fits = orders.filter((o) => !used.has(o.id) && wanted.includes(o.status));
  const pool = fits.length > 0 ? fits : orders.filter((o) => !used.has(o.id) && o.paidAt !== null);
  const order = pool.length > 0 ? rng.pick(pool) : undefined;
  if (order) used.add(order.id);
  return order;
}

export function buildTickets(rng: Rng, orders: readonly Order[], agents: readonly Agent[], now: number, used: Set<string>): Ticket[] {
  return TICKET_PLANS.flatMap((plan): Ticket[] => {
    const order = takeOrder(rng, orders, plan.from, used);
    if (!order) return [];
    const owner = rng.pick(agents);
    const dueAt = now + plan.dueIn;
    // Registered after the order existed, and typically a day or so before its deadline.
    const createdAt = Math.min(now - 10 * MINUTE, Math.max(order.createdAt + HOUR, dueAt - rng.int(12, 48) * HOUR));
    const reship = plan.type === 'missing_item' && plan.status !== 'open' ? makeTracking(rng).trackingNo : null;
    return [{
      ...tracked(demoId(rng, createdAt), now, owner.id),
      type: plan.type,
      shopId: order.shopId,
      orderId: order.id,
      buyerId: order.buyerId,
      status: plan.status,
      step: plan.step,
      dueAt,
      summary: TICKET_SUMMARIES[plan.type],
      trackingNo: reship ?? (['tracking', 'lost_parcel', 'intercept'].includes(plan.type) ? order.trackingNo : null),
      resolution: plan.status === 'open' ? null : TICKET_RESOLUTIONS[plan.type] ?? '已处理完毕，买家无异议',
      amountFen: REFUNDABLE.has(plan.type) ? order.totalFen : null,
      responsible: WAREHOUSE_FAULT.has(plan.type) ? rng.pick(WAREHOUSE_STAFF) : null,
      ownerId: owner.id,
      createdAt,
    }];
  });
}

/** How long ago each demo review was posted, in REVIEWS order. */
const POSTED_AGO = [3 * DAY, 5 * HOUR, 6 * DAY, 2 * HOUR, 12 * DAY, 20 * DAY] as const;

/** 中差评 with causes, statuses and the next contact time the rules would give them. */
export function buildReviews(rng: Rng, orders: readonly Order[], agents: readonly Agent[], now: number, used: Set<string>): Review[] {
  return REVIEWS.flatMap((r, i): Review[] => {
    const order = takeOrder(rng, orders, ['completed'], used);
    if (!order) return [];
    const postedAt = Math.min(now - 10 * MINUTE, Math.max(now - (POSTED_AGO[i] ?? DAY), order.createdAt + 3 * DAY));
    const nextContactAt =
      r.cause === 'mood' ? startOfShanghaiDay(postedAt) + DAY + 10 * HOUR // a 心情 review waits for the next day
      : r.status === 'new' ? now - 30 * MINUTE
      : r.status === 'contacting' ? now + 2 * HOUR
      : r.status === 'negotiating' ? now + DAY
      : postedAt + REVIEW_WINDOW_MS; // the 解释 is due before the review can no longer change
    const owner = rng.pick(agents);
    return [{
      ...tracked(demoId(rng, postedAt), now, r.status === 'new' ? 'system' : owner.id),
      shopId: order.shopId,
      orderId: order.id,
      buyerId: order.buyerId,
      rating: r.rating,
      text: r.text,
      postedAt,
      cause: r.cause,
      status: r.status,
      nextContactAt,
      explanation: r.status === 'explained' ? MALICIOUS_EXPLANATION : '',
      ownerId: r.status === 'new' ? null : owner.id,
    }];
  });
}

/** The contact log behind the reviews and tickets already being worked on. */
export function buildContacts(rng: Rng, reviews: readonly Review[], tickets: readonly Ticket[], agents: readonly Agent[], now: number): Contact[] {
  const contacts: Contact[] = [];
  const log = (subjectId: string, subjectKind: Contact['subjectKind'], channel: Contact['channel'], result: string, at: number, nextAt: number | null, agentId: string): void => {
    contacts.push({ ...tracked(demoId(rng, at), now, agentId), subjectId, subjectKind, channel, result, at, nextAt, agentId });
  };
  for (const r of reviews) {
    const agentId = r.ownerId ?? rng.pick(agents).id;
    const first = Math.min(now - 5 * MINUTE, r.postedAt + rng.int(1, 5) * HOUR);
    if (r.status === 'contacting') {
      log(r.id, 'review', 'chat', CONTACT_RESULTS.chatNoReply, first, Math.min(now - MINUTE, first + DAY), agentId);
      log(r.id, 'review', 'phone', CONTACT_RESULTS.phoneBusy, Math.min(now - MINUTE, first + DAY), r.nextContactAt, agentId);
    } else if (r.status === 'negotiating') {
      log(r.id, 'review', 'chat', CONTACT_RESULTS.negotiating, first, r.nextContactAt, agentId);
    } else if (r.status === 'modified') {
      log(r.id, 'review', 'phone', CONTACT_RESULTS.modified, first, null, agentId);
    }
  }
  for (const t of tickets.filter((x) => x.status === 'open' && x.step !== 'soothe')) {
    log(t.id, 'ticket', 'chat', CONTACT_RESULTS.soothed, Math.min(now - MINUTE, t.createdAt + 10 * MINUTE), t.dueAt, t.ownerId ?? rng.pick(agents).id);
  }
  return contacts.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}
