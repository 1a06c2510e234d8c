import { mergeImported, orderFromImport, type ImportedOrder, type OrderImportProblem } from '@shared/domain/orderImport';
import { maskAddress, maskPhone } from '@shared/domain/privacy';
import type { Buyer, Order } from '@shared/schemas/entities';
import type { Draft } from '@shared/schemas/common';
import { getDb } from '../store';
import { InvalidRecordError, putTracked, type WriteContext } from '../repositories/tracked';
import { buyerIdOf, orderIdOf } from '../migrations/naturalIds';

export interface OrderImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  newBuyers: number;
  /** Rows the store refuses (an order number of another shop, a deleted order). */
  problems: OrderImportProblem[];
}

interface Plan extends OrderImportOutcome {
  orders: Draft<Order>[];
  buyers: Draft<Buyer>[];
}

/**
 * Works out what an import would do, reading only by index: the orders by 订单编号, the
 * buyers by [shopId+nick]. New orders and buyers get the ids of their natural keys, so two
 * PCs importing the same export make one record each, never two. Nothing is written.
 */
async function plan(shopId: string, rows: readonly ImportedOrder[]): Promise<Plan> {
  const db = getDb();
  const [existing, buyers, shops] = await Promise.all([
    db.orders.where('orderNo').anyOf(rows.map((r) => r.orderNo)).toArray(),
    db.buyers.where('[shopId+nick]').anyOf([...new Set(rows.map((r) => r.buyerNick))].map((n) => [shopId, n])).toArray(),
    db.shops.toArray(),
  ]);
  // The same 订单编号 may be in two shops now (store v2): this shop's own order comes first.
  const byNo = new Map(existing.sort((a, b) => Number(a.shopId === shopId) - Number(b.shopId === shopId)).map((o) => [o.orderNo, o]));
  const buyerByNick = new Map(buyers.filter((b) => b.deletedAt === null).map((b) => [b.nick, b as Draft<Buyer>]));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  const platform = new Map(shops.map((s) => [s.id, s.platform]));
  const out: Plan = { created: 0, updated: 0, unchanged: 0, newBuyers: 0, problems: [], orders: [], buyers: [] };
  const touchedBuyers = new Set<string>();

  const buyerFor = (row: ImportedOrder): Draft<Buyer> => {
    let buyer = buyerByNick.get(row.buyerNick);
    const secret = row.phone || row.address ? { phone: row.phone, address: row.address, name: row.receiver } : null;
    if (!buyer) {
      buyer = { id: buyerIdOf({ shopId, nick: row.buyerNick }), shopId, nick: row.buyerNick, tier: 'normal', tags: [], phoneMasked: maskPhone(row.phone), addressMasked: row.address ? maskAddress(row.address) : '', contactSecret: secret, notes: '' };
      buyerByNick.set(row.buyerNick, buyer);
      out.newBuyers++;
      touchedBuyers.add(buyer.id);
    } else if (!buyer.contactSecret && secret) {
      // A buyer known from chats only: the order brings the contact the 核实 message needs.
      buyer = { ...buyer, contactSecret: secret, phoneMasked: maskPhone(row.phone), addressMasked: row.address ? maskAddress(row.address) : '' };
      buyerByNick.set(row.buyerNick, buyer);
      touchedBuyers.add(buyer.id);
    }
    return buyer;
  };

  for (const row of rows) {
    const found = byNo.get(row.orderNo);
    if (found && found.shopId !== shopId) {
      out.problems.push({ row: row.row, field: '订单编号', code: 'otherShop', value: shopName.get(found.shopId) ?? found.shopId });
      continue;
    }
    if (found && found.deletedAt !== null) {
      out.problems.push({ row: row.row, field: '订单编号', code: 'deleted', value: '' });
      continue;
    }
    if (!found) {
      const id = orderIdOf({ shopId, orderNo: row.orderNo }, (s) => platform.get(s) ?? null);
      // The import screen offers only the store's shops: an unknown one is a caller's mistake.
      if (!id) throw new InvalidRecordError('orders', `shopId: no shop ${shopId}`);
      const buyer = buyerFor(row);
      out.orders.push(orderFromImport(row, { id, shopId, buyerId: buyer.id }));
      out.created++;
      continue;
    }
    buyerFor(row);
    const patch = mergeImported(found, row);
    if (patch) {
      out.orders.push({ ...found, ...patch });
      out.updated++;
    } else out.unchanged++;
  }
  out.buyers = [...buyerByNick.values()].filter((b) => touchedBuyers.has(b.id));
  return out;
}

const outcome = ({ created, updated, unchanged, newBuyers, problems }: Plan): OrderImportOutcome => ({ created, updated, unchanged, newBuyers, problems });

/** The preview shown before the agent confirms: counts and the rows the store would refuse. */
export async function previewOrderImport(shopId: string, rows: readonly ImportedOrder[]): Promise<OrderImportOutcome> {
  return outcome(await plan(shopId, rows));
}

/**
 * Imports into one shop in one transaction: new orders (and their buyers) are created, known
 * ones take what the export knows better (see mergeImported); remarks, flags and 核实 stay.
 * A record that fails validation refuses the whole import and nothing changes.
 */
export async function importOrders(shopId: string, rows: readonly ImportedOrder[], ctx: WriteContext): Promise<OrderImportOutcome> {
  const db = getDb();
  return db.transaction('rw', [db.orders, db.buyers, db.shops, db.changes], async () => {
    const p = await plan(shopId, rows);
    if (p.buyers.length) await putTracked<Buyer>(db, 'buyers', p.buyers, ctx);
    if (p.orders.length) await putTracked<Order>(db, 'orders', p.orders, ctx);
    return outcome(p);
  });
}
