import type { SimulatorView } from './simulate';
import type { DemoStore } from './types';

/**
 * The simulator's view of an in-memory store: live shops and buyers, the 50 most recent
 * conversations and every unpaid order. The data layer builds the same view from its tables.
 */
export function simulatorViewOf(store: Pick<DemoStore, 'shops' | 'buyers' | 'conversations' | 'orders'>): SimulatorView {
  const live = <T extends { deletedAt: number | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null);
  return {
    shops: live(store.shops),
    buyers: live(store.buyers),
    conversations: live(store.conversations).sort((a, b) => b.lastBuyerAt - a.lastBuyerAt).slice(0, 50),
    unpaidOrders: live(store.orders).filter((o) => o.status === 'unpaid'),
  };
}
