import Dexie from 'dexie';
import { initialSimulatorState, simulateTick, type SimEvent } from '@shared/fixtures/demo';
import { openUnpaidSince } from '@shared/domain/payments';
import { getDb } from './store';
import { alive, putPreSigned } from './repositories/tracked';
import { DEMO_SEED } from './demo';
import { policyLookup } from './orders/policy';

const STATE_KEY = 'demo.simulatorState';
const UNPAID_VIEW = 300;

/** Area simulators (see simulators/README.md), found at build time. */
const areaTicks = Object.values(import.meta.glob<{ tick: (now: number, me?: string) => Promise<void> }>(['./simulators/*.ts', '!./simulators/*.test.ts'], { eager: true }));

/**
 * One simulator step: the core (buyers write, order, pay), then each area's own step. `me`, the
 * signed-in agent, is never one of the simulated colleagues.
 */
export async function runSimulatorTick(now: number, me?: string): Promise<SimEvent[]> {
  const events = await coreTick(now);
  for (const area of areaTicks) await area.tick(now, me);
  return events;
}

/**
 * One simulator step against the real store: reads a small view off indexes, lets the pure
 * simulator decide, and writes its records through the same validated, change-logged path as
 * any other write. The random state is stored so a restart continues the same sequence.
 */
async function coreTick(now: number): Promise<SimEvent[]> {
  const db = getDb();
  return db.transaction('rw', [db.shops, db.buyers, db.conversations, db.messages, db.orders, db.settings, db.changes], async () => {
    const shops = (await db.shops.toArray()).filter((s) => alive(s) && s.demo);
    if (shops.length === 0) return [];
    const shopIds = shops.map((s) => s.id);
    const policyOf = policyLookup(shops);
    const [buyers, conversations, unpaidOrders, stateRow] = await Promise.all([
      Promise.all(shopIds.map((id) => db.buyers.where('[shopId+nick]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())).then((r) => r.flat().filter(alive)),
      db.conversations.orderBy('updatedAt').reverse().limit(50).toArray(),
      // Only orders still open can be paid; the newest few hundred are plenty to pick from, and the
      // tick's cost must not grow with the store (it runs every few seconds in a write transaction).
      db.orders.where('[status+createdAt]').between(['unpaid', openUnpaidSince(shops.map((s) => policyOf(s.id)), now)], ['unpaid', Dexie.maxKey], false, true).reverse().limit(UNPAID_VIEW).toArray(),
      db.settings.get(STATE_KEY),
    ]);
    const rngState = typeof stateRow?.value === 'number' ? stateRow.value : initialSimulatorState(DEMO_SEED);
    const shopSet = new Set(shopIds);
    const out = simulateTick({
      rngState,
      now,
      view: {
        shops,
        buyers,
        conversations: conversations.filter((c) => alive(c) && shopSet.has(c.shopId)),
        unpaidOrders: unpaidOrders.filter((o) => alive(o) && shopSet.has(o.shopId)),
      },
    });
    await putPreSigned(db, 'buyers', out.puts.buyers);
    await putPreSigned(db, 'conversations', out.puts.conversations);
    await putPreSigned(db, 'messages', out.puts.messages);
    await putPreSigned(db, 'orders', out.puts.orders);
    await db.settings.put({ key: STATE_KEY, value: out.nextRngState, updatedAt: now, updatedBy: 'system' });
    return out.events;
  });
}
