import { describe, expect, it } from 'vitest';
import type { Buyer, Conversation, Order } from '../../schemas/entities';
import type { IngestEvent } from '../../schemas/ingest';
import { naturalId } from '../sync';
import { planEvent, type IngestView } from './plan';
import { derivedIds } from './eventKey';

const T = 1_763_800_000_000;
const ctx = { now: T, agentId: 'ingest' };
const NO = '3920118822334455667';
const tracked = { updatedAt: T - 60_000, updatedBy: 'a1', deletedAt: null };
const buyer: Buyer = { id: 'b1', ...tracked, shopId: 's1', nick: 'tb_小林', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' };
const conv = (status: Conversation['status'], lastBuyerAt = T - 120_000): Conversation => ({ id: 'c1', ...tracked, shopId: 's1', buyerId: 'b1', status, stage: 'presale', lastBuyerAt, firstReplyAt: null, lastPreview: '', assignedTo: null });
const order = (over: Partial<Order> = {}): Order => ({
  id: 'o1', ...tracked, orderNo: NO, shopId: 's1', buyerId: 'b1', status: 'unpaid', totalFen: 100, items: [], createdAt: T - 3_600_000, paidAt: null,
  addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...over,
});
const view = (over: Partial<IngestView> = {}): IngestView => ({ shopPlatform: 'taobao', buyer: null, conversation: null, order: null, existingIds: new Set(), ...over });

const msg: IngestEvent = { eventId: 'm1', type: 'buyer.message', shopId: 's1', at: T - 5_000, buyerNick: 'tb_小林', text: '围巾有灰色吗？' };
const created: IngestEvent = { eventId: 'n1', type: 'order.created', shopId: 's1', at: T, orderNo: NO, buyerNick: 'tb_新客', items: [{ title: '围巾', sku: 'G', qty: 2, priceFen: 6450 }], totalFen: 12900, createdAt: T - 1_000 };
const paid: IngestEvent = { eventId: 'p1', type: 'order.paid', shopId: 's1', at: T, orderNo: NO, paidAt: T - 500 };
const shipped: IngestEvent = { eventId: 'h1', type: 'order.shipped', shopId: 's1', at: T, orderNo: NO, carrier: '中通', trackingNo: 'ZT7788' };
const closed: IngestEvent = { eventId: 'x1', type: 'order.closed', shopId: 's1', at: T, orderNo: NO };
const review: IngestEvent = { eventId: 'r1', type: 'review.posted', shopId: 's1', at: T, orderNo: NO, rating: '差评', text: '颜色不对', postedAt: T - 10_000 };

describe('planEvent outcomes', () => {
  it.each([
    ['any event for a shop we do not have', msg, view({ shopPlatform: null }), 'refused', 'unknownShop'],
    ['a message already applied', msg, view({ existingIds: new Set([derivedIds(msg).message]) }), 'duplicate', 'alreadyApplied'],
    ['an order.created for a known order', created, view({ order: order() }), 'duplicate', 'alreadyApplied'],
    ['an order.created whose number belongs to another shop', created, view({ order: order({ shopId: 's2' }) }), 'refused', 'otherShopsOrder'],
    ['an order.paid for an unknown order', paid, view(), 'parked', 'unknownOrder'],
    ['a review for an unknown order', review, view(), 'parked', 'unknownOrder'],
    ['an order.paid for another shop\'s order', paid, view({ order: order({ shopId: 's2' }) }), 'refused', 'otherShopsOrder'],
    ['an order.paid on a paid order', paid, view({ order: order({ status: 'paid', paidAt: T - 500 }) }), 'duplicate', 'nothingNew'],
    ['an order.closed on a closed order', closed, view({ order: order({ status: 'closed' }) }), 'duplicate', 'nothingNew'],
    ['a review already applied', review, view({ order: order(), existingIds: new Set([derivedIds(review).review]) }), 'duplicate', 'alreadyApplied'],
  ])('%s → %s', (_name, event, v, outcome, reason) => {
    const plan = planEvent(event, v, ctx);
    expect([plan.outcome, plan.reason]).toEqual([outcome, reason]);
    expect(Object.values(plan.writes).flat()).toEqual([]);
  });
});

describe('planEvent writes', () => {
  it('a first message from a new nick creates the buyer, a waiting conversation and the buyer\'s message, with ids from the eventId', () => {
    const { writes, outcome } = planEvent(msg, view(), ctx);
    expect(outcome).toBe('applied');
    const buyerId = naturalId({ table: 'buyers', shopId: 's1', nick: 'tb_小林' });
    expect(writes.buyers).toMatchObject([{ id: buyerId, shopId: 's1', nick: 'tb_小林', tier: 'normal' }]);
    expect(writes.conversations).toMatchObject([{ id: derivedIds(msg).conversation, buyerId, status: 'waiting', lastBuyerAt: T - 5_000, firstReplyAt: null, lastPreview: '围巾有灰色吗？' }]);
    expect(writes.messages).toMatchObject([{ id: derivedIds(msg).message, conversationId: derivedIds(msg).conversation, from: 'buyer', text: '围巾有灰色吗？', at: T - 5_000, agentId: null }]);
  });

  it.each([
    ['an answered conversation starts a new round at the message time', conv('answered'), T - 5_000],
    ['a waiting conversation keeps the start of its round', conv('waiting', T - 120_000), T - 120_000],
    ['a late message older than the waiting round moves the round start back', conv('waiting', T - 1_000), T - 5_000],
  ])('%s', (_name, c, lastBuyerAt) => {
    const { writes } = planEvent(msg, view({ buyer, conversation: c }), ctx);
    expect(writes.buyers).toEqual([]);
    expect(writes.conversations).toMatchObject([{ id: 'c1', status: 'waiting', lastBuyerAt }]);
    expect(writes.messages[0]?.conversationId).toBe('c1');
  });

  it('order.created writes an unpaid order with the 订单编号 text and prices in fen, for a new buyer', () => {
    const { writes } = planEvent(created, view(), ctx);
    expect(writes.buyers.map((b) => b.nick)).toEqual(['tb_新客']);
    // The natural ids: another PC (or an import) learning of the same order makes the same record.
    expect(writes.orders).toMatchObject([{ id: naturalId({ table: 'orders', platform: 'taobao', shopId: 's1', orderNo: NO }), orderNo: NO, buyerId: naturalId({ table: 'buyers', shopId: 's1', nick: 'tb_新客' }), status: 'unpaid', totalFen: 12900, items: [{ title: '围巾', sku: 'G', qty: 2, price: 6450 }], createdAt: T - 1_000, paidAt: null }]);
  });

  it.each([
    ['paid on unpaid', paid, order(), { status: 'paid', paidAt: T - 500 }],
    ['paid without paidAt uses the event time', { ...paid, paidAt: undefined }, order(), { status: 'paid', paidAt: T }],
    ['a late paid on a shipped order only fills paidAt', paid, order({ status: 'shipped', carrier: '中通', trackingNo: 'ZT7788' }), { status: 'shipped', paidAt: T - 500, trackingNo: 'ZT7788' }],
    ['shipped on paid sets carrier and tracking', shipped, order({ status: 'paid', paidAt: T - 500 }), { status: 'shipped', carrier: '中通', trackingNo: 'ZT7788' }],
    ['shipped before paid (out of order) is shipped; the later paid fills paidAt', shipped, order(), { status: 'shipped', paidAt: null }],
    ['closed on unpaid', closed, order(), { status: 'closed' }],
    ['a late paid on a closed order keeps it closed', paid, order({ status: 'closed' }), { status: 'closed', paidAt: T - 500 }],
  ])('%s', (_name, event, current, expected) => {
    const plan = planEvent(event as IngestEvent, view({ order: current }), ctx);
    expect(plan.outcome).toBe('applied');
    expect(plan.writes.orders).toMatchObject([{ id: 'o1', ...expected }]);
  });

  it.each([
    ['差评', 'negative'], ['中评', 'neutral'], ['negative', 'negative'], ['neutral', 'neutral'],
  ] as const)('a %s review becomes a new %s review of the order\'s buyer, contactable from posting', (rating, stored) => {
    const { writes } = planEvent({ ...review, rating } as IngestEvent, view({ order: order() }), ctx);
    expect(writes.reviews).toMatchObject([{ id: derivedIds(review).review, orderId: 'o1', buyerId: 'b1', rating: stored, status: 'new', cause: null, postedAt: T - 10_000, nextContactAt: T - 10_000 }]);
  });
});
