import { importProblem, mergeImported, orderFromImport, type ImportedOrder, type OrderImportProblem } from '@shared/domain/orderImport';
import { maskAddress, maskPhone } from '@shared/domain/privacy';
import { newId } from '@shared/lib/ids';
import type { Buyer, Order } from '@shared/schemas/entities';
import type { Draft } from '@shared/schemas/common';
import { getDb } from '../store';
import { putTracked, type WriteContext } from '../repositories/tracked';

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
 * Works out what an import would do, reading only by index: the orders by their unique
 * 订单编号, the buyers by [shopId+nick]. Nothing is written.
 */
async function plan(shopId: string, rows: readonly ImportedOrder[]): Promise<Plan> {
  const db = getDb();
  const [existing, buyers, shops] = await Promise.all([
    db.orders.where('orderNo').anyOf(rows.map((r) => r.orderNo)).toArray(),
    db.buyers.where('[shopId+nick]').anyOf([...new Set(rows.map((r) => r.buyerNick))].map((n) => [shopId, n])).toArray(),
    db.shops.toArray(),
  ]);
  const byNo = new Map(existing.map((o) => [o.orderNo, o]));
  const buyerByNick = new Map(buyers.filter((b) => b.deletedAt === null).map((b) => [b.nick, b as Draft<Buyer>]));
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  const out: Plan = { created: 0, updated: 0, unchanged: 0, newBuyers: 0, problems: [], orders: [], buyers: [] };
  const touchedBuyers = new Set<string>();

  const buyerFor = (row: ImportedOrder): Draft<Buyer> => {
    let buyer = buyerByNick.get(row.buyerNick);
    const secret = row.phone || row.address ? { phone: row.phone, address: row.address, name: row.receiver } : null;
    if (!buyer) {
      buyer = { id: newId(), shopId, nick: row.buyerNick, tier: 'normal', tags: [], phoneMasked: maskPhone(row.phone), addressMasked: row.address ? maskAddress(row.address) : '', contactSecret: secret, notes: '' };
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
      out.problems.push(importProblem(row.row, 'orderNo', 'otherShop', { shop: shopName.get(found.shopId) ?? found.shopId }));
      continue;
    }
    if (found && found.deletedAt !== null) {
      out.problems.push(importProblem(row.row, 'orderNo', 'deleted'));
      continue;
    }
    if (!found) {
      const buyer = buyerFor(row);
      out.orders.push(orderFromImport(row, { id: newId(), shopId, buyerId: buyer.id }));
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
