import type { Buyer, Order, OrderStatus } from '../../schemas/entities';
import { DAY, HOUR, MINUTE } from '../../lib/time';
import { CARRIERS } from './content/staff';
import { demoId, demoOrderNo } from './ids';
import type { CatalogueEntry } from './content/catalogue';
import type { DemoProduct } from './products';
import { skuCode } from './products';
import type { Rng } from './rng';
import { tracked } from './tracked';

/** A plausible tracking number for a random carrier. */
export function makeTracking(rng: Rng): { carrier: string; trackingNo: string } {
  const c = rng.pick(CARRIERS);
  return { carrier: c.name, trackingNo: c.prefix + rng.digits(c.digits) };
}

/**
 * The status an order of this age most likely has. Unpaid orders only exist in their first
 * 24 hours because the platform closes them after that (DESIGN §4 催付).
 */
export function statusForAge(rng: Rng, ageMs: number): OrderStatus {
  if (ageMs < DAY) return rng.weighted<OrderStatus>([['unpaid', 35], ['paid', 40], ['shipped', 15], ['closed', 10]]);
  if (ageMs < 3 * DAY) return rng.weighted<OrderStatus>([['paid', 15], ['shipped', 65], ['refunding', 8], ['closed', 12]]);
  if (ageMs < 7 * DAY) return rng.weighted<OrderStatus>([['shipped', 25], ['delivered', 55], ['refunding', 10], ['closed', 10]]);
  return rng.weighted<OrderStatus>([['completed', 78], ['delivered', 6], ['refunding', 4], ['closed', 12]]);
}

export interface OrderInput {
  buyer: Pick<Buyer, 'id' | 'shopId' | 'addressMasked'>;
  /** What the buyer's shop sells. */
  entries: readonly CatalogueEntry[];
  createdAt: number;
  status: OrderStatus;
  now: number;
}

/** One order: 1–3 catalogue items, amounts in fen, payment and logistics consistent with status. */
export function makeOrder(rng: Rng, { buyer, entries, createdAt, status, now }: OrderInput): Order {
  const lines = rng.sample(entries, rng.weighted([[1, 70], [2, 25], [3, 5]]));
  const items = lines.map((entry) => {
    const color = rng.pick(entry.colors);
    return { title: entry.title, sku: skuCode(entry, color.code, rng.pick(entry.sizes)), qty: rng.chance(0.85) ? 1 : 2, price: entry.priceFen };
  });
  // A closed order was mostly never paid (timed out / cancelled); some were paid then refunded.
  const paid = status !== 'unpaid' && !(status === 'closed' && rng.chance(0.7));
  const paidAt = paid ? Math.min(now, createdAt + rng.int(1, 30) * MINUTE) : null;
  const shippedStatuses: readonly OrderStatus[] = ['shipped', 'delivered', 'completed'];
  const hasParcel = shippedStatuses.includes(status) || (paid && (status === 'refunding' || status === 'closed') && rng.chance(0.6));
  const parcel = hasParcel ? makeTracking(rng) : null;
  return {
    ...tracked(demoId(rng, createdAt), now),
    orderNo: demoOrderNo(rng),
    shopId: buyer.shopId,
    buyerId: buyer.id,
    status,
    totalFen: items.reduce((sum, i) => sum + i.price * i.qty, 0),
    items,
    createdAt,
    paidAt,
    addressMasked: buyer.addressMasked,
    trackingNo: parcel?.trackingNo ?? null,
    carrier: parcel?.carrier ?? null,
    flag: 0,
    latestRemark: '',
  };
}

/**
 * `count` orders over the last 30 days, plus `freshUnpaid` orders created in the last few hours
 * and still unpaid, so the 催付 queue has live work the moment the demo opens.
 */
export function buildOrders(rng: Rng, buyers: readonly Buyer[], productsByShop: ReadonlyMap<string, readonly DemoProduct[]>, now: number, count: number, freshUnpaid: number): Order[] {
  const orders: Order[] = [];
  const make = (createdAt: number, status: OrderStatus): void => {
    const buyer = rng.pick(buyers);
    orders.push(makeOrder(rng, { buyer, entries: (productsByShop.get(buyer.shopId) ?? []).map((p) => p.entry), createdAt, status, now }));
  };
  for (let i = 0; i < freshUnpaid; i++) make(now - rng.int(2 * MINUTE, 5 * HOUR), 'unpaid');
  for (let i = 0; i < count - freshUnpaid; i++) {
    const age = rng.int(10 * MINUTE, 30 * DAY);
    make(now - age, statusForAge(rng, age));
  }
  // Newest first, as order lists show them; ids sort by creation time too.
  return orders.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
