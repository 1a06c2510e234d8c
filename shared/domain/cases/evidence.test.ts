import { describe, expect, it } from 'vitest';
import type { Contact, Message, Order, Review } from '../../schemas/entities';
import { fromShanghai } from '../../lib/time';
import { buildEvidencePack } from './evidence';

const T = fromShanghai(2026, 6, 1, 10, 0);
const tr = { updatedAt: T, updatedBy: 'A1', deletedAt: null };
const review: Review = { id: 'R1', ...tr, shopId: 'S1', orderId: 'O1', buyerId: 'B1', rating: 'negative', text: '垃圾，千万别买', postedAt: T, cause: 'malicious', status: 'contacting', nextContactAt: T, explanation: '', ownerId: 'A1' };
const order: Order = { id: 'O1', ...tr, orderNo: '2043118800123456789', shopId: 'S1', buyerId: 'B1', status: 'completed', totalFen: 12900, items: [{ title: '纯棉T恤', sku: 'M 白', qty: 1, price: 12900 }], createdAt: T - 864e5 * 5, paidAt: T - 864e5 * 5, addressMasked: '浙江省杭州市***', trackingNo: 'YT123', carrier: '圆通', flag: 0, latestRemark: '' };
const messages: Message[] = [{ id: 'M1', ...tr, conversationId: 'C1', from: 'buyer', text: '=HYPERLINK("x")', at: T - 1000, agentId: null }];
const contacts: Contact[] = [{ id: 'K1', ...tr, subjectId: 'R1', subjectKind: 'review', channel: 'phone', result: '关机', at: T + 1000, nextAt: null, agentId: 'A1' }];

describe('evidence pack', () => {
  it('puts the review, order, logistics, conversation and contact log in one file, chat text verbatim', () => {
    const pack = buildEvidencePack({ review, order, buyerNick: 'tb_x', shopName: '小鹿童装', messages, contacts, agentName: () => '小雅', now: T });
    const order_ = ['【评价】', '【订单】', '【物流】', '【聊天记录】', '【联系记录】'].map((h) => pack.indexOf(h));
    expect(order_.every((i, k) => i >= 0 && (k === 0 || i > (order_[k - 1] as number)))).toBe(true);
    expect(pack).toContain('订单编号：2043118800123456789');
    expect(pack).toContain('实付金额：¥129.00');
    expect(pack).toContain('圆通 YT123');
    expect(pack).toContain('tb_x：=HYPERLINK("x")');
    expect(pack).toContain('电话 小雅：关机');
  });

  it('says so when there is no order', () => {
    expect(buildEvidencePack({ review, order: null, buyerNick: 'tb_x', shopName: '', messages: [], contacts: [], agentName: () => '', now: T })).toContain('（未关联订单）');
  });
});
