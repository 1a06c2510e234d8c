import type { Order, OrderStatus } from '../../schemas/entities';
import { maskAddress } from '../privacy';
import type { ImportedOrder } from './rows';

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

/** The fields an import may set on an order; identity, remarks, flag and 核实 are the shop's own. */
type ImportedFields = Pick<Order, 'status' | 'totalFen' | 'items' | 'paidAt' | 'addressMasked' | 'trackingNo' | 'carrier'>;

/**
 * What an imported row changes on an order already in the store, or null when nothing does.
 * The amount follows the file only while the order is unpaid (a price change before payment);
 * an address an agent changed after 核实 is never overwritten by the file's.
 */
export function mergeImported(existing: Order, row: ImportedOrder): Partial<ImportedFields> | null {
  const next: Partial<ImportedFields> = {};
  const status = importedStatus(existing.status, row.status);
  if (status !== existing.status) next.status = status;
  if (existing.status === 'unpaid' && row.totalFen !== existing.totalFen) next.totalFen = row.totalFen;
  if (existing.paidAt === null && row.paidAt !== null && status !== 'unpaid') next.paidAt = row.paidAt;
  if (row.trackingNo && row.trackingNo !== existing.trackingNo) next.trackingNo = row.trackingNo;
  if (row.carrier && row.carrier !== existing.carrier) next.carrier = row.carrier;
  const masked = row.address ? maskAddress(row.address) : '';
  if (masked && !existing.addressChanges?.length && masked !== existing.addressMasked) next.addressMasked = masked;
  if (existing.items.length === 0 && row.items.length) next.items = row.items.map((i) => ({ title: i.title, sku: '', qty: i.qty, price: i.price }));
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
    totalFen: row.totalFen,
    items: row.items.map((i) => ({ title: i.title, sku: '', qty: i.qty, price: i.price })),
    createdAt: row.createdAt,
    paidAt: row.paidAt,
    addressMasked: row.address ? maskAddress(row.address) : '',
    trackingNo: row.trackingNo,
    carrier: row.carrier,
    flag: 0,
    latestRemark: '',
  };
}
