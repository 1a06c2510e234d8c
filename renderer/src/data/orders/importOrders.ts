import { importProblem, mergeImported, orderFromImport, type ImportedOrder, type OrderImportProblem } from '@shared/domain/orderImport';
import type { Buyer, Order } from '@shared/schemas/entities';
import type { Draft } from '@shared/schemas/common';
import type { XiaoerDb } from '../db';
import { getDb } from '../store';
import { allByIndex } from '../repositories/byIndex';
import { bug } from '@shared/lib/problem';
import { openedRows, putTracked, sign, type WriteContext } from '../repositories/tracked';
import { buyerIdOf, orderIdOf } from '../migrations/naturalIds';

export interface OrderImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  newBuyers: number;
  /** Rows the store refuses (an order number of another shop, a deleted order). */
  problems: OrderImportProblem[];
}

/**
 * Orders planned and written at a time: each batch is one short transaction (its index reads
 * and its writes), so a save elsewhere in the console waits for one batch at most, and the
 * agent sees the import move batch by batch.
 */
export const IMPORT_BATCH = 2000;

interface Batch {
  orders: Draft<Order>[];
  buyers: Draft<Buyer>[];
}

/**
 * Works out what an import does, batch by batch, reading only by index: the batch's orders by
 * 订单编号, its buyers by [shopId+nick] — never the whole store. It remembers the buyers it has
 * planned (created, or given the order's contact) so a nick seen again in a later batch is the
 * same buyer, whether or not the earlier batch was written. New orders and buyers get the ids
 * of their natural keys, so two PCs importing the same export make one record each, never two.
 */
class Planner {
  readonly outcome: OrderImportOutcome = { created: 0, updated: 0, unchanged: 0, newBuyers: 0, problems: [] };
  private readonly planned = new Map<string, Draft<Buyer>>();

  constructor(private readonly db: XiaoerDb, private readonly shopId: string, private readonly shops: ReadonlyMap<string, { name: string; platform: string }>) {}

  async batch(rows: readonly ImportedOrder[]): Promise<Batch> {
    const { db, shopId, outcome: out } = this;
    const nicks = [...new Set(rows.map((r) => r.buyerNick))];
    const [sealed, stored] = await Promise.all([
      allByIndex(db.orders, 'orderNo', rows.map((r) => r.orderNo), (o) => o.orderNo),
      allByIndex(db.buyers, '[shopId+nick]', nicks.map((n) => [shopId, n]), (b) => [b.shopId, b.nick]),
    ]);
    // The file's recipient is compared with the stored one in clear: a re-import changes nothing.
    const existing = await openedRows('orders', sealed);
    // The same 订单编号 may be in two shops (store v2): this shop's own order comes last, so it wins.
    const byNo = new Map(existing.sort((a, b) => Number(a.shopId === shopId) - Number(b.shopId === shopId)).map((o) => [o.orderNo, o]));
    // The store's word first (a buyer an earlier batch wrote is there now), then what this import planned.
    const buyerByNick = new Map<string, Draft<Buyer>>(nicks.flatMap((n) => (this.planned.has(n) ? [[n, this.planned.get(n) as Draft<Buyer>] as const] : [])));
    for (const b of stored) if (b.deletedAt === null) buyerByNick.set(b.nick, b);
    const touched = new Map<string, Draft<Buyer>>();

    // The buyer is the nick only: recipient, phone and address are each order's own (one buyer
    // sends orders to several people), so none of them becomes "the" buyer's contact.
    const buyerFor = (row: ImportedOrder): Draft<Buyer> => {
      const known = buyerByNick.get(row.buyerNick);
      if (known) return known;
      const buyer: Draft<Buyer> = { id: buyerIdOf({ shopId, nick: row.buyerNick }), shopId, nick: row.buyerNick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' };
      out.newBuyers++;
      buyerByNick.set(row.buyerNick, buyer);
      this.planned.set(row.buyerNick, buyer);
      touched.set(buyer.id, buyer);
      return buyer;
    };

    const orders: Draft<Order>[] = [];
    for (const row of rows) {
      const found = byNo.get(row.orderNo);
      if (found && found.shopId !== shopId) {
        out.problems.push(importProblem(row.row, 'orderNo', 'otherShop', { shop: this.shops.get(found.shopId)?.name ?? found.shopId }));
        continue;
      }
      if (found && found.deletedAt !== null) {
        out.problems.push(importProblem(row.row, 'orderNo', 'deleted'));
        continue;
      }
      if (!found) {
        const id = orderIdOf({ shopId, orderNo: row.orderNo }, (s) => this.shops.get(s)?.platform ?? null);
        // The import screen offers only the store's shops: an unknown one is a caller's mistake.
        if (!id) throw bug(`orders.shopId: no shop ${shopId}`);
        const buyer = buyerFor(row);
        orders.push(orderFromImport(row, { id, shopId, buyerId: buyer.id }));
        out.created++;
        continue;
      }
      const patch = mergeImported(found, row);
      if (patch) {
        orders.push({ ...found, ...patch });
        out.updated++;
      } else out.unchanged++;
    }
    return { orders, buyers: [...touched.values()] };
  }
}

async function planner(db: XiaoerDb, shopId: string): Promise<Planner> {
  const shops = await db.shops.toArray();
  return new Planner(db, shopId, new Map(shops.map((s) => [s.id, { name: s.name, platform: s.platform }])));
}

/**
 * The rows in batches of neighbouring order numbers: each batch then reads one narrow range of
 * the 订单编号 index (see allByIndex), empty for a file of new orders, and no batch's range
 * overlaps the orders an earlier batch wrote.
 */
function batches(rows: readonly ImportedOrder[]): ImportedOrder[][] {
  const sorted = [...rows].sort((a, b) => (a.orderNo < b.orderNo ? -1 : a.orderNo > b.orderNo ? 1 : 0));
  return Array.from({ length: Math.ceil(sorted.length / IMPORT_BATCH) }, (_, i) => sorted.slice(i * IMPORT_BATCH, (i + 1) * IMPORT_BATCH));
}

/** Refused rows in file order, whatever order the batches took. */
const inFileOrder = (out: OrderImportOutcome): OrderImportOutcome => ({ ...out, problems: [...out.problems].sort((a, b) => a.row - b.row) });

/**
 * The preview shown before the agent confirms: counts and the rows the store would refuse.
 * Nothing is written. With `ctx`, every record the import would write is also checked against
 * its schema now, so a record the store would refuse stops the import before it starts.
 */
export async function previewOrderImport(shopId: string, rows: readonly ImportedOrder[], ctx?: WriteContext, db: XiaoerDb = getDb()): Promise<OrderImportOutcome> {
  const p = await planner(db, shopId);
  for (const rowsOf of batches(rows)) {
    // One read transaction per batch: its reads share it instead of opening one each.
    const b = await db.transaction('r', [db.orders, db.buyers], () => p.batch(rowsOf));
    if (!ctx) continue;
    for (const buyer of b.buyers) sign('buyers', buyer, ctx);
    for (const order of b.orders) sign('orders', order, ctx);
  }
  return inFileOrder(p.outcome);
}

/**
 * Imports into one shop, IMPORT_BATCH orders per transaction (each batch read by index and
 * written together with its buyers and log lines): new orders (and their buyers) are created,
 * known ones take what the export knows better (see mergeImported); remarks, flags and 核实
 * stay. `onProgress` hears the orders done after each batch. A record that fails validation
 * refuses its batch; the preview (given a ctx) checks every record first, so that stops an
 * import before anything is written. Importing a file again is harmless: what is in is unchanged.
 */
export async function importOrders(shopId: string, rows: readonly ImportedOrder[], ctx: WriteContext, onProgress?: (done: number, total: number) => void, db: XiaoerDb = getDb()): Promise<OrderImportOutcome> {
  const p = await planner(db, shopId);
  let done = 0;
  for (const rowsOf of batches(rows)) {
    await db.transaction('rw', [db.orders, db.buyers, db.changes], async () => {
      const b = await p.batch(rowsOf);
      if (b.buyers.length) await putTracked<Buyer>(db, 'buyers', b.buyers, ctx);
      if (b.orders.length) await putTracked<Order>(db, 'orders', b.orders, ctx);
    });
    done += rowsOf.length;
    onProgress?.(done, rows.length);
  }
  return inFileOrder(p.outcome);
}
