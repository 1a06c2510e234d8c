import type { ReviewCause, TicketType } from '../../schemas/cases';
import { TICKET_TYPES } from './kinds';

/** What simulated buyers say when they open a case (our own wording, one per type). */
export const SIM_REQUESTS: Readonly<Record<TicketType, string>> = {
  tracking: '我的快递好几天没动静了，能帮我查一下到哪了吗？',
  missing_item: '包裹里少了一件，我买的是两件，只收到一件',
  wrong_item: '收到的颜色不对，我拍的是黑色，来的是灰色',
  quality: '衣服拆开发现袖口开线了，还有一个小破洞',
  return_7day: '穿上感觉不太合适，吊牌还在，可以七天无理由退吗？',
  refund: '我不想要了，麻烦帮我退款吧',
  lost_parcel: '物流显示签收了，可我根本没收到包裹',
  intercept: '地址写错了，能不能把快递拦回来？',
  out_of_stock: '我拍下两天了还没发货，是不是没货了？',
};

/** Bad reviews by cause, as simulated buyers post them. */
export const SIM_REVIEWS: ReadonlyArray<{ cause: ReviewCause; rating: 'neutral' | 'negative'; text: string }> = [
  { cause: 'quality', rating: 'negative', text: '穿了两次就起球了，质量一般' },
  { cause: 'shipping', rating: 'neutral', text: '物流太慢了，等了快一个星期' },
  { cause: 'service', rating: 'neutral', text: '客服回复很慢，问了半天才回' },
  { cause: 'mood', rating: 'negative', text: '不太喜欢，感觉一般般' },
  { cause: 'malicious', rating: 'negative', text: '垃圾店铺，千万别买' },
];

/** How a buyer answers when the shop reaches out (a case or a review). */
export const SIM_ANSWERS: Readonly<Record<'ticket' | 'review', readonly string[]>> = {
  ticket: ['好的，那我等你们消息', '收到，麻烦尽快处理一下', '行，补发的话记得告诉我单号'],
  review: ['知道了，我考虑一下', '你们处理得还行，我回头改一下评价', '不用了，我不想改'],
};

export type CaseSimEvent =
  | { kind: 'request'; type: TicketType; text: string }
  | { kind: 'review'; cause: ReviewCause; rating: 'neutral' | 'negative'; text: string }
  | null;

/** Tick n of the case simulator: an aftersale request every 10th tick, a bad review every 15th, rotating through every type and cause. */
export function caseSimEvent(n: number): CaseSimEvent {
  if (n % 10 === 3) {
    const type = TICKET_TYPES[Math.floor(n / 10) % TICKET_TYPES.length] as TicketType;
    return { kind: 'request', type, text: SIM_REQUESTS[type] };
  }
  if (n % 15 === 7) {
    const r = SIM_REVIEWS[Math.floor(n / 15) % SIM_REVIEWS.length] as (typeof SIM_REVIEWS)[number];
    return { kind: 'review', ...r };
  }
  return null;
}

/** Whether (and what) the buyer answers a contact: deterministic from the contact id, two in three answer. */
export function simAnswer(contactId: string, kind: 'ticket' | 'review'): string | null {
  let h = 0;
  for (const ch of contactId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  if (h % 3 === 0) return null;
  const list = SIM_ANSWERS[kind];
  return list[h % list.length] ?? null;
}
