/**
 * A year-long store for benchmarks: a busy two-shop business (≈300 orders a day, tens of
 * thousands of chats). Deterministic from its seed; records are shaped like real ones (the
 * demo generator's believable texts are not needed to measure queries).
 */
import type { Agent, Buyer, Conversation, Message, Order, Phrase, Shop } from '@shared/schemas/entities';

export interface YearScale { buyers: number; orders: number; conversations: number; messagesPerConversation: number; waiting: number; phrases: number }
export const YEAR_SCALE: YearScale = { buyers: 20_000, orders: 110_000, conversations: 30_000, messagesPerConversation: 10, waiting: 40, phrases: 5_000 };
/** The agent the app signs in as on the year-long store (cold start, conversation switch). */
export const YEAR_AGENT = 'AGENT-1';

const DAY = 86_400_000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const track = (id: string, at: number) => ({ id, updatedAt: at, updatedBy: 'system', deletedAt: null });
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const STATUSES: Order['status'][] = ['completed', 'completed', 'completed', 'completed', 'delivered', 'shipped', 'paid', 'closed', 'refunding', 'unpaid'];
const LINES = ['这件有现货吗？', '能便宜点吗', '什么时候发货', '尺码怎么选', '到哪了', '好的谢谢', '可以开发票吗', '面料会起球吗'];

export interface YearStore { shops: Shop[]; agents: Agent[]; buyers: Buyer[]; orders: Order[]; conversations: Conversation[]; messages: Message[]; phrases: Phrase[] }

export const GROUPS = ['招呼', '询问', '推荐', '议价', '快递', '核实', '道别', '跟进', '售后'];
export const WORDS = ['欢迎光临', '尺码推荐', '发货时间', '包邮说明', '退换货', '面料说明', '优惠活动', '赠品', '物流查询', '好评返现', '洗涤保养', '色差说明'];

export function generateYear(seed: number, now: number, scale: YearScale = YEAR_SCALE): YearStore {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const shops: Shop[] = [
    { ...track('SHOP-A', now), name: '年度压测服饰店', platform: 'tmall', rules: {}, demo: true },
    { ...track('SHOP-B', now), name: '年度压测母婴店', platform: 'pdd', rules: {}, demo: true },
  ];
  const buyers: Buyer[] = Array.from({ length: scale.buyers }, (_, i) => ({
    ...track(`B${pad(i, 7)}`, now), shopId: i % 2 ? 'SHOP-B' : 'SHOP-A', nick: `buyer_${pad(i, 6)}`, tier: 'normal', tags: i % 7 ? [] : ['老客户'],
    phoneMasked: '138****0000', addressMasked: '浙江省杭州市****', contactSecret: null, notes: '',
  }));
  const orders: Order[] = Array.from({ length: scale.orders }, (_, i) => {
    const createdAt = now - Math.floor(r() * 365 * DAY);
    const status = pick(STATUSES);
    const buyer = buyers[Math.floor(r() * buyers.length)]!;
    return {
      ...track(`O${pad(i, 8)}`, createdAt), orderNo: `3${pad(Math.floor(r() * 1e9), 9)}${pad(i, 9)}`, shopId: buyer.shopId, buyerId: buyer.id, status,
      totalFen: 1000 + Math.floor(r() * 50_000), items: [{ title: '压测商品', sku: 'SKU-1', qty: 1, price: 9900 }], createdAt,
      paidAt: status === 'unpaid' || status === 'closed' ? null : createdAt + 60_000, addressMasked: '浙江省杭州市****',
      trackingNo: status === 'shipped' || status === 'delivered' || status === 'completed' ? `YT${pad(i, 12)}` : null, carrier: null, flag: i % 11 === 0 ? 1 : 0, latestRemark: '',
    };
  });
  const conversations: Conversation[] = [];
  const messages: Message[] = [];
  for (let i = 0; i < scale.conversations; i++) {
    const buyer = buyers[i % buyers.length]!;
    const waiting = i < scale.waiting;
    const last = waiting ? now - Math.floor(r() * 6 * 60_000) : now - Math.floor(r() * 365 * DAY);
    const id = `C${pad(i, 7)}`;
    conversations.push({ ...track(id, last), shopId: buyer.shopId, buyerId: buyer.id, status: waiting ? 'waiting' : i % 3 ? 'closed' : 'answered', stage: i % 5 ? 'presale' : 'aftersale', lastBuyerAt: last, firstReplyAt: waiting ? null : last + 30_000, lastPreview: pick(LINES), assignedTo: null });
    const count = i === scale.waiting ? 200 : scale.messagesPerConversation; // one long chat for the switch benchmark
    for (let m = 0; m < count; m++) {
      const at = last - (count - m) * 45_000;
      messages.push({ ...track(`M${pad(i, 7)}${pad(m, 4)}`, at), conversationId: id, from: m % 2 ? 'agent' : 'buyer', text: pick(LINES), at, agentId: m % 2 ? 'system' : null });
    }
  }
  const agents: Agent[] = [{ ...track(YEAR_AGENT, now), name: '压测客服', employeeNo: 'bench01', role: 'agent', signature: '', demo: false }];
  // The same 5,000-phrase library the presale bench imports through the UI.
  const phrases: Phrase[] = Array.from({ length: scale.phrases }, (_, i) => ({
    ...track(`P${pad(i, 6)}`, now), scope: 'team', ownerId: null, shopId: null, group: GROUPS[i % GROUPS.length]!, title: `${WORDS[i % WORDS.length]}${i}`,
    text: `亲，关于${WORDS[(i * 7) % WORDS.length]}的说明第${i}条：{买家}您好，这里是{店铺}，${WORDS[(i * 3) % WORDS.length]}请放心。`, shortcut: `b${i}`, keywords: [WORDS[(i * 5) % WORDS.length]!], uses: i % 17, order: i,
  }));
  return { shops, agents, buyers, orders, conversations, messages, phrases };
}
