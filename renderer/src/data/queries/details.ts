import Dexie from 'dexie';
import type { Buyer, Order, Remark, Shop } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

export interface OrderDetail { order: Order; buyer: Buyer | undefined; shop: Shop | undefined; remarks: Remark[] }
export interface BuyerDetail { buyer: Buyer; shop: Shop | undefined; orders: Order[] }

export async function orderDetail(id: string): Promise<OrderDetail | null> {
  const db = getDb();
  const order = await db.orders.get(id);
  if (!alive(order)) return null;
  const [buyer, shop, remarks] = await Promise.all([
    db.buyers.get(order.buyerId),
    db.shops.get(order.shopId),
    db.remarks.where('[orderId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
  ]);
  return { order, buyer, shop, remarks: remarks.filter(alive) };
}

export async function buyerDetail(id: string): Promise<BuyerDetail | null> {
  const db = getDb();
  const buyer = await db.buyers.get(id);
  if (!alive(buyer)) return null;
  const [shop, orders] = await Promise.all([db.shops.get(buyer.shopId), db.orders.where('buyerId').equals(id).toArray()]);
  return { buyer, shop, orders: orders.filter(alive).sort((a, b) => b.createdAt - a.createdAt) };
}
