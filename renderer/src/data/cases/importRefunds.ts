import { mergeRefund, refundProblem, ticketFromRefund, type ImportedRefund } from '@shared/domain/refundImport';
import { naturalId } from '@shared/domain/sync';
import type { OrderImportProblem } from '@shared/domain/orderImport';
import type { Buyer, Ticket } from '@shared/schemas/entities';
import type { Draft } from '@shared/schemas/common';
import { bug } from '@shared/lib/problem';
import type { XiaoerDb } from '../db';
import { allByIndex } from '../repositories/byIndex';
import { putTracked, sign, type WriteContext } from '../repositories/tracked';
import { buyerIdOf } from '../migrations/naturalIds';
import type { OrderImportOutcome } from '../orders/importOrders';

interface RefundPlan {
  outcome: OrderImportOutcome;
  tickets: Draft<Ticket>[];
  buyers: Draft<Buyer>[];
}

/**
 * What a refund export does to one shop's cases, read by index only: the rows' orders by
 * 订单编号, buyers by [shopId+nick], cases by their natural ids (platform + shop + 退款编号),
 * so importing a file twice finds the same cases. A case is linked to its order and the
 * order's buyer when the order is in the store, else to the buyer the row names; a row with
 * neither (Pinduoduo names no buyer) is refused: import the orders first.
 */
async function planRefunds(db: XiaoerDb, shopId: string, rows: readonly ImportedRefund[], now: number): Promise<RefundPlan> {
  const shop = await db.shops.get(shopId);
  // The import screen offers only the store's shops: an unknown one is a caller's mistake.
  if (!shop) throw bug(`tickets.shopId: no shop ${shopId}`);
  const idOf = (r: ImportedRefund): string => naturalId({ table: 'tickets', platform: shop.platform, shopId, refundNo: r.refundNo });
  const nicks = [...new Set(rows.map((r) => r.buyerNick).filter((n) => n !== ''))];
  const [orders, buyers, tickets] = await Promise.all([
    allByIndex(db.orders, 'orderNo', [...new Set(rows.map((r) => r.orderNo))], (o) => o.orderNo),
    allByIndex(db.buyers, '[shopId+nick]', nicks.map((n) => [shopId, n]), (b) => [b.shopId, b.nick]),
    db.tickets.bulkGet(rows.map(idOf)),
  ]);
  const orderByNo = new Map(orders.filter((o) => o.shopId === shopId && o.deletedAt === null).map((o) => [o.orderNo, o]));
  const otherShop = new Map(orders.filter((o) => o.shopId !== shopId).map((o) => [o.orderNo, o.shopId]));
  const buyerByNick = new Map<string, Draft<Buyer>>(buyers.filter((b) => b.deletedAt === null).map((b) => [b.nick, b]));
  const ticketById = new Map(tickets.flatMap((t) => (t ? [[t.id, t] as const] : [])));
  const shopNames = new Map((await db.shops.toArray()).map((s) => [s.id, s.name]));

  const outcome: OrderImportOutcome = { created: 0, updated: 0, unchanged: 0, newBuyers: 0, problems: [] };
  const plan: RefundPlan = { outcome, tickets: [], buyers: [] };
  const refuse = (p: OrderImportProblem): void => void outcome.problems.push(p);
  for (const r of rows) {
    const order = orderByNo.get(r.orderNo);
    if (!order && otherShop.has(r.orderNo)) {
      refuse(refundProblem(r.row, 'orderNo', 'otherShop', { shop: shopNames.get(otherShop.get(r.orderNo) as string) ?? '' }));
      continue;
    }
    const id = idOf(r);
    const existing = ticketById.get(id);
    if (existing && existing.deletedAt !== null) {
      refuse(refundProblem(r.row, 'refundNo', 'deleted'));
      continue;
    }
    if (existing) {
      const patch = mergeRefund(existing, r, { orderId: order?.id ?? null }, now);
      if (patch) {
        plan.tickets.push({ ...existing, ...patch });
        outcome.updated++;
      } else outcome.unchanged++;
      continue;
    }
    let buyerId = order?.buyerId;
    if (!buyerId && r.buyerNick) {
      let buyer = buyerByNick.get(r.buyerNick);
      if (!buyer) {
        buyer = { id: buyerIdOf({ shopId, nick: r.buyerNick }), shopId, nick: r.buyerNick, tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' };
        buyerByNick.set(r.buyerNick, buyer);
        plan.buyers.push(buyer);
        outcome.newBuyers++;
      }
      buyerId = buyer.id;
    }
    if (!buyerId) {
      refuse(refundProblem(r.row, 'orderNo', 'refundWithoutOrder', { value: r.orderNo }));
      continue;
    }
    plan.tickets.push(ticketFromRefund(r, { id, shopId, orderId: order?.id ?? null, buyerId }, now));
    // A refund number twice in one file never gets here (the reader refuses both rows).
    outcome.created++;
  }
  outcome.problems.sort((a, b) => a.row - b.row);
  return plan;
}

/**
 * The preview of a refund import: counts and the rows the store refuses, nothing written.
 * With `ctx`, every case and buyer is also checked against its schema now.
 */
export async function previewRefundImport(db: XiaoerDb, shopId: string, rows: readonly ImportedRefund[], ctx: WriteContext): Promise<OrderImportOutcome> {
  const plan = await db.transaction('r', [db.shops, db.orders, db.buyers, db.tickets], () => planRefunds(db, shopId, rows, ctx.now));
  for (const b of plan.buyers) sign('buyers', b, ctx);
  for (const t of plan.tickets) sign('tickets', t, ctx);
  return plan.outcome;
}

/** Creates and moves forward the cases of a refund export, with the buyers they need, in one transaction. */
export async function importRefunds(db: XiaoerDb, shopId: string, rows: readonly ImportedRefund[], ctx: WriteContext): Promise<OrderImportOutcome> {
  return db.transaction('rw', [db.shops, db.orders, db.buyers, db.tickets, db.changes], async () => {
    const plan = await planRefunds(db, shopId, rows, ctx.now);
    if (plan.buyers.length) await putTracked<Buyer>(db, 'buyers', plan.buyers, ctx);
    if (plan.tickets.length) await putTracked<Ticket>(db, 'tickets', plan.tickets, ctx);
    return plan.outcome;
  });
}
