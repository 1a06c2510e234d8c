import type { Contact, Message, Order, Review } from '../../schemas/entities';
import { formatShanghaiShort, shanghaiDate } from '../../lib/time';
import { formatYuan } from '../../lib/money';

export interface EvidenceInput {
  review: Review;
  order: Order | null;
  buyerNick: string;
  shopName: string;
  messages: readonly Message[];
  contacts: readonly Contact[];
  agentName: (id: string | null) => string;
  now: number;
}

/**
 * The evidence pack for a suspected 恶意/同行 review as one plain-text file: review, order,
 * logistics, the whole conversation and the contact log, in the order a platform appeal reads them.
 * Text only: chat content goes in verbatim and is never interpreted.
 */
export function buildEvidencePack(e: EvidenceInput): string {
  const L: string[] = [];
  L.push('中差评申诉证据包', `生成时间：${formatShanghaiShort(e.now)}（${shanghaiDate(e.now)}）`, `店铺：${e.shopName}`, '');
  L.push('【评价】', `买家：${e.buyerNick}`, `评价：${e.review.rating === 'negative' ? '差评' : '中评'}`, `发布时间：${formatShanghaiShort(e.review.postedAt)}`, `内容：${e.review.text}`);
  if (e.review.followUp) L.push(`追评：${e.review.followUp}`);
  L.push('');
  L.push('【订单】');
  if (e.order) {
    L.push(`订单编号：${e.order.orderNo}`, `下单时间：${formatShanghaiShort(e.order.createdAt)}`, `付款时间：${e.order.paidAt ? formatShanghaiShort(e.order.paidAt) : '未付款'}`, `实付金额：${formatYuan(e.order.totalFen)}`);
    for (const i of e.order.items) L.push(`  商品：${i.title}（${i.sku}）×${i.qty}`);
  } else L.push('（未关联订单）');
  L.push('', '【物流】');
  L.push(e.order?.trackingNo ? `${e.order.carrier ?? '快递'} ${e.order.trackingNo}，收货地址：${e.order.addressMasked}` : '（无物流信息）');
  L.push('', `【聊天记录】共 ${e.messages.length} 条`);
  for (const m of e.messages) L.push(`${formatShanghaiShort(m.at)} ${m.from === 'buyer' ? e.buyerNick : m.from === 'agent' ? `客服 ${e.agentName(m.agentId)}` : '系统'}：${m.text}`);
  L.push('', `【联系记录】共 ${e.contacts.length} 次`);
  const channel = { chat: '旺旺', phone: '电话', sms: '短信' } as const;
  for (const c of e.contacts) L.push(`${formatShanghaiShort(c.at)} ${channel[c.channel]} ${e.agentName(c.agentId)}：${c.result}${c.nextAt ? `（下次联系 ${formatShanghaiShort(c.nextAt)}）` : ''}`);
  return `${L.join('\r\n')}\r\n`;
}
