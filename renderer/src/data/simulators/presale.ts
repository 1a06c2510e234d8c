import Dexie from 'dexie';
import type { Conversation, Message, Order } from '@shared/schemas/entities';
import { createRng, demoId, demoOrderNo, initialSimulatorState, PERSONAS, personaTurn, SYSTEM_AGENT, type Persona } from '@shared/fixtures/demo';
import { getDb } from '../store';
import { alive, putTracked } from '../repositories/tracked';
import { PEAK_MODE_KEY } from '../presale/settings';

const STATE_KEY = 'presale/simulator';

interface PersonaChat { persona: Persona; turn: number; productId: string }
interface State { rng: number; chats: Record<string, PersonaChat> }

/** Odds per tick of a new persona buyer; peak mode (双十一) brings them in bursts. */
const NEW_BUYER = { normal: 0.12, peak: 0.9 } as const;
const PEAK_BURST = 4;

/**
 * Persona buyers (砍价, 挑剔, 一知半解, 送礼, 催发货): they open a chat with a question (often one
 * of the product's FAQ), write again after the agent answers, and sometimes place an order.
 */
export async function tick(now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.shops, db.buyers, db.products, db.conversations, db.messages, db.orders, db.settings, db.changes], async () => {
    const shops = (await db.shops.toArray()).filter((s) => alive(s) && s.demo);
    if (shops.length === 0) return;
    const row = await db.settings.get(STATE_KEY);
    const peak = (await db.settings.get(PEAK_MODE_KEY))?.value === true;
    const state: State = isState(row?.value) ? row.value : { rng: initialSimulatorState(now % 100_000 + 7), chats: {} };
    const rng = createRng(state.rng);
    const ctx = { agentId: SYSTEM_AGENT, now };
    const messages: Message[] = [];
    const conversations: Conversation[] = [];
    const orders: Order[] = [];
    const say = (conversationId: string, text: string, at: number): void => {
      messages.push({ id: demoId(rng, at), conversationId, from: 'buyer', text, at, agentId: null, updatedAt: at, updatedBy: SYSTEM_AGENT, deletedAt: null });
    };

    // Buyers react to answers.
    const ids = Object.keys(state.chats);
    const convs = (await db.conversations.bulkGet(ids)).filter(alive);
    for (const conv of convs) {
      const chat = state.chats[conv.id];
      if (!chat || conv.status !== 'answered' || !rng.chance(0.35)) continue;
      const product = await db.products.get(chat.productId);
      if (!product) continue;
      const turn = personaTurn(rng, chat.persona, chat.turn + 1, product);
      say(conv.id, turn.text, now);
      conversations.push({ ...conv, status: 'waiting', lastBuyerAt: now, lastPreview: turn.text.slice(0, 80) });
      chat.turn++;
      if (turn.orders) {
        const sku = product.skus[0];
        const price = 5900 + rng.int(0, 20) * 1000;
        orders.push({
          id: demoId(rng, now), orderNo: demoOrderNo(rng), shopId: conv.shopId, buyerId: conv.buyerId, status: 'unpaid', totalFen: price,
          items: [{ title: product.title, sku: sku?.sku ?? 'SKU', qty: 1, price }], createdAt: now, paidAt: null, addressMasked: '', trackingNo: null, carrier: null,
          flag: 0, latestRemark: '', updatedAt: now, updatedBy: SYSTEM_AGENT, deletedAt: null,
        });
      }
      if (chat.turn >= 3 || turn.orders) delete state.chats[conv.id];
    }

    // New persona buyers.
    const arrivals = peak ? (rng.chance(NEW_BUYER.peak) ? rng.int(1, PEAK_BURST) : 0) : rng.chance(NEW_BUYER.normal) ? 1 : 0;
    for (let i = 0; i < arrivals; i++) {
      const shop = rng.pick(shops);
      const [buyers, products] = await Promise.all([
        db.buyers.where('[shopId+nick]').between([shop.id, Dexie.minKey], [shop.id, Dexie.maxKey]).limit(200).toArray(),
        db.products.where('shopId').equals(shop.id).toArray(),
      ]);
      if (buyers.length === 0 || products.length === 0) continue;
      const buyer = rng.pick(buyers);
      const product = rng.pick(products);
      const persona = rng.pick(PERSONAS);
      const turn = personaTurn(rng, persona, 0, product);
      const id = demoId(rng, now);
      say(id, turn.text, now + i);
      conversations.push({
        id, shopId: shop.id, buyerId: buyer.id, status: 'waiting', stage: persona === 'impatient' ? 'aftersale' : 'presale', lastBuyerAt: now + i, firstReplyAt: null,
        lastPreview: turn.text.slice(0, 80), assignedTo: null, updatedAt: now, updatedBy: SYSTEM_AGENT, deletedAt: null,
      });
      state.chats[id] = { persona, turn: 0, productId: product.id };
    }

    // Keep the remembered chats bounded (old ones simply stop talking).
    const keys = Object.keys(state.chats);
    for (const k of keys.slice(0, Math.max(0, keys.length - 200))) delete state.chats[k];

    if (messages.length) await putTracked<Message>(db, 'messages', messages, ctx);
    if (conversations.length) await putTracked<Conversation>(db, 'conversations', conversations, ctx);
    if (orders.length) await putTracked<Order>(db, 'orders', orders, ctx);
    await db.settings.put({ key: STATE_KEY, value: { rng: rng.state(), chats: state.chats }, updatedAt: now, updatedBy: SYSTEM_AGENT });
  });
}

function isState(v: unknown): v is State {
  return typeof v === 'object' && v !== null && typeof (v as State).rng === 'number' && typeof (v as State).chats === 'object';
}
