import { generateDemoShop, type DemoStore } from '@shared/fixtures/demo';
import type { Tracked } from '@shared/schemas/common';
import { bug } from '@shared/lib/problem';
import type { TrackedTableName } from './db';
import { getDb } from './store';
import { putPreSigned, type WriteContext } from './repositories/tracked';

export const SIMULATOR_SETTING = 'demo.simulator';
export const DEMO_SEED = 20261122;

const DEMO_TABLES: (keyof DemoStore & TrackedTableName)[] = [
  'shops', 'agents', 'buyers', 'products', 'orders', 'remarks', 'conversations', 'messages', 'reminders', 'tickets', 'reviews', 'contacts',
];

/**
 * Seeds the embedded demo shop in one transaction (all or nothing) and returns the agent to
 * sign in as. Deterministic: the same seed and `now` give the same store.
 */
export async function seedDemoShop(now: number, seed = DEMO_SEED): Promise<string> {
  const db = getDb();
  const demo = generateDemoShop({ seed, now });
  await db.transaction('rw', [...DEMO_TABLES.map((t) => db.table(t)), db.changes, db.settings], async () => {
    for (const table of DEMO_TABLES) await putPreSigned(db, table, demo[table] as Tracked[]);
    await db.settings.put({ key: SIMULATOR_SETTING, value: true, updatedAt: now, updatedBy: 'system' });
  });
  const first = demo.agents.find((a) => a.role === 'agent') ?? demo.agents[0];
  if (!first) throw bug('the demo generator produced no agent');
  return first.id;
}

export async function hasDemoData(): Promise<boolean> {
  return (await getDb().shops.filter((s) => s.demo).count()) > 0;
}

/**
 * Removes every demo record: demo shops and agents and everything that belongs to a demo shop.
 * The agent's own shop and records are untouched. Each removal is logged in `changes`.
 */
export async function clearDemoData(ctx: WriteContext): Promise<number> {
  const db = getDb();
  const extra = ['photos', 'promises', 'handovers', 'notes', 'noteRevisions'].map((t) => db.table(t));
  return db.transaction('rw', [...DEMO_TABLES.map((t) => db.table(t)), ...extra, db.changes], async () => {
    const shopIds = (await db.shops.filter((s) => s.demo).primaryKeys()) as string[];
    const shopSet = new Set(shopIds);
    const agentIds = (await db.agents.filter((a) => a.demo).primaryKeys()) as string[];
    const convIds = (await db.conversations.where('shopId').anyOf(shopIds).primaryKeys()) as string[];
    const orderIds = (await db.orders.filter((o) => shopSet.has(o.shopId)).primaryKeys()) as string[];
    const orderSet = new Set(orderIds);
    const convSet = new Set(convIds);
    const ticketIds = (await db.tickets.filter((t) => shopSet.has(t.shopId)).primaryKeys()) as string[];
    const reviewIds = (await db.reviews.filter((r) => shopSet.has(r.shopId)).primaryKeys()) as string[];
    const caseSet = new Set([...ticketIds, ...reviewIds, ...orderIds]);
    const plan: [TrackedTableName, string[]][] = [
      ['shops', shopIds],
      ['agents', agentIds],
      ['buyers', (await db.buyers.filter((b) => shopSet.has(b.shopId)).primaryKeys()) as string[]],
      ['products', (await db.products.where('shopId').anyOf(shopIds).primaryKeys()) as string[]],
      ['orders', orderIds],
      ['remarks', (await db.remarks.filter((r) => orderSet.has(r.orderId)).primaryKeys()) as string[]],
      ['conversations', convIds],
      ['messages', (await db.messages.filter((m) => convSet.has(m.conversationId)).primaryKeys()) as string[]],
      ['reminders', (await db.reminders.filter((r) => shopSet.has(r.shopId)).primaryKeys()) as string[]],
      ['tickets', ticketIds],
      ['reviews', reviewIds],
      ['contacts', (await db.contacts.filter((c) => caseSet.has(c.subjectId)).primaryKeys()) as string[]],
    ];
    // Later areas' records that hang off demo shops, buyers, tickets or agents.
    const buyerSet = new Set(plan.find(([t]) => t === 'buyers')![1]);
    const ticketSet = new Set(ticketIds);
    const agentSet = new Set(agentIds);
    const noteIds = (await db.notes.filter((n) => n.ownerId !== null && agentSet.has(n.ownerId)).primaryKeys()) as string[];
    const noteSet = new Set(noteIds);
    const more: [string, string[]][] = [
      ['photos', (await db.table('photos').filter((p: { ticketId: string }) => ticketSet.has(p.ticketId)).primaryKeys()) as string[]],
      ['promises', (await db.promises.filter((p) => buyerSet.has(p.buyerId)).primaryKeys()) as string[]],
      ['handovers', (await db.handovers.filter((h) => agentSet.has(h.fromAgentId)).primaryKeys()) as string[]],
      ['noteRevisions', (await db.noteRevisions.filter((r) => noteSet.has(r.noteId)).primaryKeys()) as string[]],
      ['notes', noteIds],
    ];
    let removed = 0;
    for (const [table, ids] of [...plan, ...more]) {
      await db.table(table).bulkDelete(ids);
      await db.changes.bulkAdd(ids.map((id) => ({ table, id, op: 'delete' as const, at: ctx.now, agent: ctx.agentId })));
      removed += ids.length;
    }
    return removed;
  });
}
