import { generateDemoShop, type DemoStore } from '@shared/fixtures/demo';
import type { Tracked } from '@shared/schemas/common';
import type { Note, Phrase } from '@shared/schemas/entities';
import { bug } from '@shared/lib/problem';
import type { TrackedTableName } from './db';
import { getDb } from './store';
import { alive, putPreSigned, putTracked, type WriteContext } from './repositories/tracked';

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

export interface ClearDemoResult {
  /** Demo records removed (tombstones are not kept for them: the demo never leaves the PC). */
  removed: number;
  /** Notes kept, among them those moved off demo agents and demo subjects. */
  notesKept: number;
  /** Phrases kept, among them demo agents' personal phrases, now the team's. */
  phrasesKept: number;
}

/**
 * Removes the demo: its shops and agents and every record that belongs to a demo shop (buyers,
 * products, orders, chats, reminders, cases, promises) — including what an agent wrote about
 * those buyers and orders (replies, remarks, cases, promises), which cannot outlive them, and
 * phrases written for a demo shop only. What an agent wrote on its own is kept: every note and
 * its history (a demo agent's personal note becomes a shop note, a note on a demo buyer or order
 * a free-standing one titled after it), every handover, every other phrase (a demo agent's
 * personal ones become the team's). The confirmation says exactly this. Each removal and each
 * change is logged in `changes`.
 */
export async function clearDemoData(ctx: WriteContext): Promise<ClearDemoResult> {
  const db = getDb();
  const extra = ['photos', 'promises', 'notes', 'phrases'].map((t) => db.table(t));
  return db.transaction('rw', [...DEMO_TABLES.map((t) => db.table(t)), ...extra, db.changes], async () => {
    const shopIds = (await db.shops.filter((s) => s.demo).primaryKeys()) as string[];
    const shopSet = new Set(shopIds);
    const agentIds = (await db.agents.filter((a) => a.demo).primaryKeys()) as string[];
    const agentSet = new Set(agentIds);
    const convIds = (await db.conversations.where('shopId').anyOf(shopIds).primaryKeys()) as string[];
    const orders = await db.orders.filter((o) => shopSet.has(o.shopId)).toArray();
    const orderIds = orders.map((o) => o.id);
    const orderSet = new Set(orderIds);
    const convSet = new Set(convIds);
    const tickets = await db.tickets.filter((t) => shopSet.has(t.shopId)).toArray();
    const reviews = await db.reviews.filter((r) => shopSet.has(r.shopId)).toArray();
    const ticketIds = tickets.map((t) => t.id);
    const reviewIds = reviews.map((r) => r.id);
    const caseSet = new Set([...ticketIds, ...reviewIds, ...orderIds]);
    const buyers = await db.buyers.filter((b) => shopSet.has(b.shopId)).toArray();
    const buyerSet = new Set(buyers.map((b) => b.id));
    const ticketSet = new Set(ticketIds);
    const plan: [string, string[]][] = [
      ['shops', shopIds],
      ['agents', agentIds],
      ['buyers', buyers.map((b) => b.id)],
      ['products', (await db.products.where('shopId').anyOf(shopIds).primaryKeys()) as string[]],
      ['orders', orderIds],
      ['remarks', (await db.remarks.filter((r) => orderSet.has(r.orderId)).primaryKeys()) as string[]],
      ['conversations', convIds],
      ['messages', (await db.messages.filter((m) => convSet.has(m.conversationId)).primaryKeys()) as string[]],
      ['reminders', (await db.reminders.filter((r) => shopSet.has(r.shopId)).primaryKeys()) as string[]],
      ['tickets', ticketIds],
      ['reviews', reviewIds],
      ['contacts', (await db.contacts.filter((c) => caseSet.has(c.subjectId)).primaryKeys()) as string[]],
      ['photos', (await db.table('photos').filter((p: { ticketId: string }) => ticketSet.has(p.ticketId)).primaryKeys()) as string[]],
      ['promises', (await db.promises.filter((p) => buyerSet.has(p.buyerId)).primaryKeys()) as string[]],
      ['phrases', (await db.phrases.filter((p) => p.shopId !== null && shopSet.has(p.shopId)).primaryKeys()) as string[]],
    ];
    let removed = 0;
    for (const [table, ids] of plan) {
      await db.table(table).bulkDelete(ids);
      await db.changes.bulkAdd(ids.map((id) => ({ table, id, op: 'delete' as const, at: ctx.now, agent: ctx.agentId })));
      removed += ids.length;
    }

    // What the agent wrote stays, re-homed so whoever signs in next can still find it.
    const subjectLabel = new Map<string, string>([
      ...buyers.map((b) => [b.id, b.nick] as const),
      ...orders.map((o) => [o.id, o.orderNo] as const),
      ...[...tickets, ...reviews].map((c) => [c.id, buyers.find((b) => b.id === c.buyerId)?.nick ?? ''] as const),
    ]);
    const notes = (await db.notes.toArray()).filter(alive);
    const movedNotes = notes.filter((n) => (n.ownerId !== null && agentSet.has(n.ownerId)) || (n.subjectId !== null && subjectLabel.has(n.subjectId))).map((n) => {
      const label = n.subjectId !== null ? subjectLabel.get(n.subjectId) : undefined;
      return { ...n, ownerId: agentSet.has(n.ownerId ?? '') ? null : n.ownerId, subjectId: label !== undefined ? null : n.subjectId, title: n.title || label || '' };
    });
    const phrases = (await db.phrases.toArray()).filter((p) => alive(p) && !(p.shopId !== null && shopSet.has(p.shopId)));
    const movedPhrases = phrases.filter((p) => p.ownerId !== null && agentSet.has(p.ownerId)).map((p) => ({ ...p, ownerId: null, scope: 'team' as const }));
    if (movedNotes.length) await putTracked<Note>(db, 'notes', movedNotes, ctx);
    if (movedPhrases.length) await putTracked<Phrase>(db, 'phrases', movedPhrases, ctx);
    return { removed, notesKept: notes.length, phrasesKept: phrases.length };
  });
}
