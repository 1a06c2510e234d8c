import Dexie from 'dexie';
import { buildVerifyMessage, maskAddress, maskPhone } from '@shared/domain/payments';
import { DAY } from '@shared/lib/time';
import type { Buyer, Order } from '@shared/schemas/entities';
import { getDb } from '../store';
import { appendAudit } from '../repositories/audit';
import { refuse } from '@shared/lib/problem';
import { isSealed } from '../crypto/seal';
import { alive, opened, putOne, type WriteContext } from '../repositories/tracked';
import { conversationWith, writeToBuyer } from '../repositories/conversations';
import { enqueueOutbox, withOutbox } from '../outbox/enqueue';

/**
 * 核实: after payment the agent sends the buyer the items, recipient, masked phone and address
 * to confirm, then marks the order confirmed or records a changed address (old and new kept).
 */
export interface VerifyRow {
  order: Order;
  buyerNick: string;
  shopName: string;
}

const settled = (o: Order): boolean => o.verification?.state === 'confirmed' || o.verification?.state === 'changed';

/** Paid orders (not shipped yet) still to confirm, paid within `days`, from [status+paidAt]. */
export async function verifyQueue(now: number, days = 7): Promise<VerifyRow[]> {
  const db = getDb();
  const paid = (await db.orders.where('[status+paidAt]').between(['paid', now - days * DAY], ['paid', Dexie.maxKey]).toArray()).filter((o) => alive(o) && !settled(o));
  const [buyers, shops] = await Promise.all([db.buyers.bulkGet([...new Set(paid.map((o) => o.buyerId))]), db.shops.toArray()]);
  const nick = new Map(buyers.filter(alive).map((b) => [b.id, b.nick]));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  return paid
    .sort((a, b) => (a.paidAt as number) - (b.paidAt as number))
    .map((order) => ({ order, buyerNick: nick.get(order.buyerId) ?? '—', shopName: shopName.get(order.shopId) ?? '' }));
}

/**
 * Full delivery details of this order: the newest address an agent changed, else the order's
 * own recipient as the platform gave it; only orders from before orders kept their own fall
 * back to the buyer's. Never shown unmasked without an audit.
 */
function fullContact(order: Order, buyer: Buyer | undefined): { recipient: string; phone: string; address: string } {
  const changed = order.addressChanges?.[order.addressChanges.length - 1];
  // Opened by load(); sealed text here would mean the store key is missing: shown masked then.
  const clear = <C,>(v: C | string | null | undefined): C | null => (v && typeof v !== 'string' ? v : null);
  const own = clear(order.recipient) ?? clear(buyer?.contactSecret) ?? null;
  return {
    recipient: own?.name || buyer?.nick || '',
    phone: own?.phone || order.phoneMasked || buyer?.phoneMasked || '',
    address: (changed && !isSealed(changed.to) ? changed.to : changed?.toMasked) ?? (own?.address || order.addressMasked),
  };
}

async function load(orderId: string): Promise<{ order: Order; buyer: Buyer | undefined }> {
  const db = getDb();
  const order = await db.orders.get(orderId);
  if (!alive(order)) throw refuse('notFound', 'orders', { id: orderId });
  // Contact secrets are sealed in the store: opened here, for 核实, an address change or a reveal.
  const buyer = await db.buyers.get(order.buyerId);
  return { order: await opened('orders', order), buyer: buyer && (await opened('buyers', buyer)) };
}

const state = (o: Order, s: NonNullable<Order['verification']>['state'], ctx: WriteContext): Order['verification'] => ({
  state: s,
  sentAt: s === 'sent' ? ctx.now : (o.verification?.sentAt ?? null),
  sentBy: s === 'sent' ? ctx.agentId : (o.verification?.sentBy ?? null),
  doneAt: s === 'sent' ? null : ctx.now,
  doneBy: s === 'sent' ? null : ctx.agentId,
});

/** Sends the confirmation message into the buyer's chat and marks the order `sent`. */
export async function sendVerifyMessage(orderId: string, ctx: WriteContext): Promise<string> {
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.orders, db.buyers, db.conversations, db.messages, db.changes]), async () => {
    const { order, buyer } = await load(orderId);
    if (order.paidAt === null) throw refuse('orderNotPaid', 'orders', { orderNo: order.orderNo });
    const c = fullContact(order, buyer);
    const text = buildVerifyMessage({ buyerNick: buyer?.nick ?? '', items: order.items, recipient: c.recipient, phone: c.phone, address: c.address, buyerNote: order.buyerNote ?? '' });
    await writeToBuyer(db, await conversationWith(order.buyerId, order.shopId, 'presale', ctx), text, ctx);
    await putOne<Order>(db, 'orders', { ...order, verification: state(order, 'sent', ctx) }, ctx);
    return text;
  });
}

/** The buyer confirmed the details: the order leaves 待核实. */
export async function confirmVerification(orderId: string, ctx: WriteContext): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.orders, db.buyers, db.changes], async () => {
    const { order } = await load(orderId);
    await putOne<Order>(db, 'orders', { ...order, verification: state(order, 'confirmed', ctx) }, ctx);
  });
}

/** Records a new delivery address; the old one is kept in `addressChanges` with who changed it. */
export async function changeAddress(orderId: string, newAddress: string, ctx: WriteContext): Promise<Order> {
  const to = newAddress.replace(/\s+/g, ' ').trim();
  if (!to) throw refuse('required', 'orders.address');
  const db = getDb();
  return db.transaction('rw', withOutbox(db, [db.orders, db.buyers, db.agents, db.changes]), async () => {
    const { order, buyer } = await load(orderId);
    const agent = await db.agents.get(ctx.agentId);
    const from = fullContact(order, buyer).address;
    if (from === to) throw refuse('sameAddress', 'orders.address');
    const change = { from, to, fromMasked: maskAddress(from), toMasked: maskAddress(to), by: ctx.agentId, byName: agent?.name ?? ctx.agentId, at: ctx.now };
    const saved = await putOne<Order>(db, 'orders', {
      ...order,
      addressMasked: change.toMasked,
      addressChanges: [...(order.addressChanges ?? []), change],
      verification: state(order, 'changed', ctx),
    }, ctx);
    // The buyer asked for it: the platform's order must carry the new address too.
    await enqueueOutbox(db, { kind: 'changeAddress', orderId, address: to }, ctx);
    return saved;
  });
}

/** Shows the full recipient, phone and address once, leaving an audit entry with the reason. */
export async function revealOrderContact(orderId: string, reason: string, ctx: WriteContext): Promise<{ recipient: string; phone: string; address: string; old: string | null }> {
  const why = reason.trim();
  if (!why) throw refuse('required', 'audit.reason');
  const { order, buyer } = await load(orderId);
  await appendAudit('reveal-order-address', orderId, why, ctx);
  const last = order.addressChanges?.[order.addressChanges.length - 1];
  return { ...fullContact(order, buyer), old: last && !isSealed(last.from) ? last.from : null };
}

export const masked = (c: { phone: string; address: string }): { phone: string; address: string } => ({ phone: maskPhone(c.phone), address: maskAddress(c.address) });
