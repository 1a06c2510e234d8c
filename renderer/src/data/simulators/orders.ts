import Dexie from 'dexie';
import { autoCloseAt } from '@shared/domain/payments';
import { DAY, MINUTE } from '@shared/lib/time';
import { newId } from '@shared/lib/ids';
import type { Conversation, Message, Order } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive, putOne, type WriteContext } from '../repositories/tracked';
import { buyerConversation } from '../repositories/conversations';
import { paymentHistory } from '../orders/payments';
import { policyLookup } from '../orders/policy';

/**
 * Demo buyers of the orders area: a reminded buyer pays a few seconds later (three in five),
 * says they will think about it, cancels the order (about one in seven), or ignores the reminder; a buyer asked to confirm the address
 * usually agrees and sometimes asks for a different one. The platform closes unpaid orders whose
 * window ran out. Decisions hash the record id so a reminder is answered once and the same way.
 */
const HANDLED_KEY = 'simulator:orders-handled';
const SYSTEM: Pick<WriteContext, 'agentId'> = { agentId: 'system' };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % 1000;
}

const NEW_ADDRESSES = ['浙江省杭州市滨江区长河街道江南大道588号3幢', '江苏省苏州市工业园区星湖街218号创意产业园B座', '广东省深圳市南山区科技园科苑路15号'];

async function buyerSays(order: Order, text: string, now: number): Promise<void> {
  const db = getDb();
  const conv = await buyerConversation(order.buyerId, order.shopId);
  if (!conv) return;
  const ctx = { ...SYSTEM, now };
  await putOne<Message>(db, 'messages', { id: newId(), conversationId: conv.id, from: 'buyer', text, at: now, agentId: null }, ctx);
  await putOne<Conversation>(db, 'conversations', { ...conv, status: 'waiting', lastBuyerAt: conv.status === 'waiting' ? conv.lastBuyerAt : now, lastPreview: text.slice(0, 80) }, ctx);
}

export async function tick(now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.shops, db.orders, db.reminders, db.buyers, db.conversations, db.messages, db.settings, db.changes], async () => {
    const shops = (await db.shops.toArray()).filter((s) => alive(s) && s.demo);
    if (shops.length === 0) return;
    const demoShop = new Set(shops.map((s) => s.id));
    const policyOf = policyLookup(shops);
    const handledRow = await db.settings.get(HANDLED_KEY);
    const handled = new Set<string>(Array.isArray(handledRow?.value) ? (handledRow.value as string[]) : []);
    const done = (id: string): void => void handled.add(id);
    const ctx = { ...SYSTEM, now };

    // Buyers answer 催付 reminders sent in the last ten minutes.
    for (const r of await paymentHistory(now - 10 * MINUTE)) {
      if (r.state !== 'done' || handled.has(r.id) || !demoShop.has(r.shopId)) continue;
      const order = await db.orders.get(r.subjectId);
      if (!alive(order) || order.status !== 'unpaid') { done(r.id); continue; }
      const h = hash(r.id);
      const waitMs = 4_000 + (h % 7) * 1_000;
      if (now - r.updatedAt < waitMs) continue;
      done(r.id);
      if (h < 600) {
        await buyerSays(order, '好的，刚才忘了，现在就去付款～', now);
        await putOne<Order>(db, 'orders', { ...order, status: 'paid', paidAt: now }, ctx);
      } else if (h < 720) {
        await buyerSays(order, '我再考虑一下哈', now);
      } else if (h < 860) {
        // Not every reminder ends in a sale: the buyer cancels, and the order closes.
        await buyerSays(order, '不好意思，不想要了，订单我取消了', now);
        await putOne<Order>(db, 'orders', { ...order, status: 'closed', closeReason: '买家取消订单' }, ctx);
      }
    }

    // Buyers answer the 核实 message.
    const paid = await db.orders.where('[status+paidAt]').between(['paid', now - 7 * DAY], ['paid', Dexie.maxKey]).toArray();
    for (const o of paid) {
      const v = o.verification;
      if (!alive(o) || !demoShop.has(o.shopId) || v?.state !== 'sent' || v.sentAt === null || handled.has(`v:${o.id}:${v.sentAt}`)) continue;
      if (now - v.sentAt < 5_000) continue;
      done(`v:${o.id}:${v.sentAt}`);
      const h = hash(o.id);
      if (h < 250) await buyerSays(o, `地址要改一下，麻烦发到：${NEW_ADDRESSES[h % NEW_ADDRESSES.length]}`, now);
      else await buyerSays(o, '对的，信息没问题', now);
    }

    // The platform closes unpaid orders whose payment window has run out: only orders older than
    // the shortest window can have, so a busy store's open unpaid orders are not read every tick.
    const shortestClose = Math.min(...shops.map((s) => policyOf(s.id).autoCloseMinutes)) * MINUTE;
    const unpaid = await db.orders.where('[status+createdAt]').between(['unpaid', Dexie.minKey], ['unpaid', now - shortestClose], true, true).toArray();
    for (const o of unpaid) {
      if (alive(o) && demoShop.has(o.shopId) && now >= autoCloseAt(o, policyOf(o.shopId))) await putOne<Order>(db, 'orders', { ...o, status: 'closed' }, ctx);
    }

    await db.settings.put({ key: HANDLED_KEY, value: [...handled].slice(-500), updatedAt: now, updatedBy: 'system' });
  });
}
