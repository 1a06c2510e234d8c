import type { CatalogueEntry } from './content/catalogue';
import { buildBuyers } from './buyers';
import { buildContacts, buildReviews, buildTickets } from './cases';
import { buildChats } from './conversations';
import { buildOrders } from './orders';
import { buildProducts, type DemoProduct } from './products';
import { buildRemarks } from './remarks';
import { buildFollowUps, buildPaymentReminders } from './reminders';
import { streamRng } from './rng';
import { buildAgents, buildShops } from './staff';
import type { DemoOptions, DemoStore } from './types';

/** Sizes of the demo shop (DESIGN brief: ~60 buyers, ~300 orders, ~40 chats). */
export const DEMO_SIZE = {
  buyersPerShop: [36, 24],
  orders: 300,
  freshUnpaid: 12,
  remarkedOrders: 40,
  conversations: 40,
} as const;

/**
 * A complete, believable demo shop for first runs, screenshots and e2e tests. Pure and
 * deterministic: every part draws from its own seeded stream and all times derive from `now`.
 */
export function generateDemoShop({ seed, now }: DemoOptions): DemoStore {
  const shops = buildShops(streamRng(seed, 'shops'), now);
  const agents = buildAgents(streamRng(seed, 'agents'), now);
  const products = buildProducts(streamRng(seed, 'products'), shops, now);
  const buyers = buildBuyers(streamRng(seed, 'buyers'), shops, DEMO_SIZE.buyersPerShop, now);

  const productsByShop = groupBy(products, (p) => p.product.shopId);
  const entriesByShop = new Map<string, CatalogueEntry[]>([...productsByShop].map(([shopId, ps]) => [shopId, ps.map((p: DemoProduct) => p.entry)]));

  const rawOrders = buildOrders(streamRng(seed, 'orders'), buyers, productsByShop, now, DEMO_SIZE.orders, DEMO_SIZE.freshUnpaid);
  const { remarks, orders } = buildRemarks(streamRng(seed, 'remarks'), rawOrders, agents, now, DEMO_SIZE.remarkedOrders);

  const chatAgents = agents.filter((a) => a.role === 'agent');
  const { conversations, messages } = buildChats(streamRng(seed, 'chats'), { shops, buyers, agents: chatAgents, entriesByShop, now, total: DEMO_SIZE.conversations });

  const used = new Set<string>();
  const tickets = buildTickets(streamRng(seed, 'tickets'), orders, agents, now, used);
  const reviews = buildReviews(streamRng(seed, 'reviews'), orders, agents, now, used);
  const contacts = buildContacts(streamRng(seed, 'contacts'), reviews, tickets, agents, now);

  const buyerById = new Map(buyers.map((b) => [b.id, b]));
  const reminders = [
    ...buildPaymentReminders(streamRng(seed, 'payments'), { rng: streamRng(seed, 'payment-signers'), agents: chatAgents }, orders, buyerById, now),
    ...buildFollowUps(streamRng(seed, 'followups'), conversations, now),
  ];

  return {
    shops: shops.map((s) => s.shop),
    agents,
    buyers,
    products: products.map((p) => p.product),
    orders,
    remarks,
    conversations,
    messages,
    reminders,
    tickets,
    reviews,
    contacts,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
