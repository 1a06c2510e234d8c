import type { Order, OrderStatus } from '../../schemas/entities';
import { maskAddress, maskPhone } from '../privacy';
import type { ImportedItem, ImportedOrder } from './rows';

/** How far along the normal path an order is; closed and refunding are side exits. */
const RANK: Record<OrderStatus, number> = { unpaid: 0, paid: 1, shipped: 2, delivered: 3, completed: 4, refunding: 5, closed: 6 };

/**
 * The status after an import. Exports are snapshots and may be older than what the store
 * knows (an agent imports last week's file again), so the normal path never goes backwards;
 * the platform's 交易关闭 and 退款中 always stand, and a closed order stays closed.
 */
export function importedStatus(current: OrderStatus, fromFile: OrderStatus): OrderStatus {
  if (current === fromFile || current === 'closed') return current;
  if (fromFile === 'closed' || fromFile === 'refunding') return fromFile;
  if (current === 'refunding') return current;
  return RANK[fromFile] > RANK[current] ? fromFile : current;
}

/** The fields an import may set on an order: the platform's facts. Identity, remarks, flag and 核实 are the shop's own. */
type ImportedFields = Pick<Order, 'status' | 'totalFen' | 'paidFen' | 'postageFen' | 'items' | 'paidAt' | 'addressMasked' | 'recipient' | 'phoneMasked' | 'trackingNo' | 'carrier' | 'buyerNote' | 'platformMemo'>;

type OrderItemValue = Order['items'][number];
const itemOf = (i: ImportedItem): OrderItemValue => ({ title: i.title, sku: i.sku ?? '', qty: i.qty, price: i.price, ...(i.props ? { props: i.props } : {}) });
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The platform's facts of a row, as an order holds them. */
function facts(row: ImportedOrder): Omit<ImportedFields, 'status'> {
  const contact = row.receiver || row.phone || row.address ? { recipient: { name: row.receiver, phone: row.phone, address: row.address } } : {};
  return {
    totalFen: row.totalFen,
    paidFen: row.paidFen,
    postageFen: row.postageFen,
    items: row.items.map(itemOf),
    paidAt: row.paidAt,
    addressMasked: row.address ? maskAddress(row.address) : '',
    ...contact,
    phoneMasked: row.phone ? maskPhone(row.phone) : '',
    trackingNo: row.trackingNo,
    carrier: row.carrier,
    ...(row.buyerNote ? { buyerNote: row.buyerNote } : {}),
    ...(row.sellerMemo ? { platformMemo: row.sellerMemo } : {}),
  };
}

/**
 * What an imported row changes on an order already in the store, or null when nothing does.
 * The file is the platform's word on its own fields — amounts, items, paid time, recipient,
 * 买家留言, 订单备注, logistics — so a corrected file repairs what an earlier import stored wrong.
 * Never taken from it: a status further back on the normal path (an older snapshot), an
 * address an agent changed after 核实, an empty cell over a known value, and the shop's own
 * remarks, flag and 核实 (not import fields at all).
 */
export function mergeImported(existing: Order, row: ImportedOrder): Partial<ImportedFields> | null {
  const next: Partial<ImportedFields> = {};
  const status = importedStatus(existing.status, row.status);
  if (status !== existing.status) next.status = status;
  const file = facts(row);
  const take = <K extends keyof typeof file>(k: K): void => {
    if (file[k] !== undefined && !sameJson(file[k], existing[k])) next[k] = file[k];
  };
  take('totalFen');
  take('postageFen');
  if (status !== 'unpaid') take('paidFen');
  if (row.paidAt !== null && status !== 'unpaid') take('paidAt');
  if (row.trackingNo) take('trackingNo');
  if (row.carrier) take('carrier');
  take('buyerNote');
  take('platformMemo');
  // The order list alone gives one title per order: it never replaces item lines with SKUs.
  const itemsKnown = existing.items.some((i) => i.sku !== '');
  if (existing.items.length === 0 || !itemsKnown || row.items.some((i) => i.sku)) take('items');
  if (!existing.addressChanges?.length && (row.address || row.phone || row.receiver)) {
    take('recipient');
    if (row.address) take('addressMasked');
    if (row.phone) take('phoneMasked');
  }
  return Object.keys(next).length ? next : null;
}

/** A new order from an imported row (the caller gives ids and the buyer). */
export function orderFromImport(row: ImportedOrder, ids: { id: string; shopId: string; buyerId: string }): Omit<Order, 'updatedAt' | 'updatedBy' | 'deletedAt'> {
  return {
    id: ids.id,
    orderNo: row.orderNo,
    shopId: ids.shopId,
    buyerId: ids.buyerId,
    status: row.status,
    createdAt: row.createdAt,
    ...facts(row),
    flag: 0,
    latestRemark: '',
  };
}
