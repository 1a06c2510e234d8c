import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../schemas/cases';
import { HOUR } from '../../lib/time';
import { mergeRefund, ticketFromRefund } from './merge';
import type { ImportedRefund } from './rows';

const NOW = 1_800_000_000_000;
const row = (over: Partial<ImportedRefund> = {}): ImportedRefund => ({
  row: 2, refundNo: 'R1', orderNo: '3123456789012345678', buyerNick: '小林', stage: 'requested', platformStatus: '等待卖家同意', kind: 'returnRefund', type: 'quality',
  amountFen: 6400, reason: '质量问题', explanation: '袖口开线', appliedAt: NOW - 10 * HOUR, timeoutAt: null, title: '加绒卫衣', carrier: null, returnTrackingNo: null, shopName: '', ...over,
});
const stored = (over: Partial<ImportedRefund> = {}, ticket: Partial<Ticket> = {}): Ticket => ({
  ...ticketFromRefund(row(over), { id: 't-1', shopId: 's1', orderId: null, buyerId: 'b1' }, NOW), updatedAt: NOW, updatedBy: 'a1', deletedAt: null, ...ticket,
});

describe('a case from a refund row', () => {
  it('starts at 安抚 with the platform facts in its fields, due when the platform times out', () => {
    const t = ticketFromRefund(row({ timeoutAt: NOW + 5 * HOUR }), { id: 't-1', shopId: 's1', orderId: 'o1', buyerId: 'b1' }, NOW);
    expect(t).toMatchObject({ type: 'quality', status: 'open', step: 'soothe', dueAt: NOW + 5 * HOUR, summary: '质量问题 · 袖口开线', amountFen: 6400, orderId: 'o1', product: '加绒卫衣', createdAt: NOW - 10 * HOUR, responsibleParty: 'supplier', resolvedAt: null });
    expect(t.fields).toEqual({ refundNo: 'R1', refundStage: 'requested', platformStatus: '等待卖家同意', refundKind: 'returnRefund', reason: '质量问题' });
  });

  it('without a platform deadline is due after the type’s first answer time', () => {
    expect(ticketFromRefund(row(), { id: 't', shopId: 's', orderId: null, buyerId: 'b' }, NOW).dueAt).toBe(NOW - 10 * HOUR + 24 * HOUR);
  });

  it('is resolved when the refund is already paid out, closed when withdrawn', () => {
    expect(ticketFromRefund(row({ stage: 'done' }), { id: 't', shopId: 's', orderId: null, buyerId: 'b' }, NOW)).toMatchObject({ status: 'resolved', resolvedAt: NOW });
    expect(ticketFromRefund(row({ stage: 'cancelled' }), { id: 't', shopId: 's', orderId: null, buyerId: 'b' }, NOW)).toMatchObject({ status: 'closed', resolvedAt: null });
  });
});

describe('a refund row over its case', () => {
  it('changes nothing when the file says the same', () => {
    expect(mergeRefund(stored(), row(), { orderId: null }, NOW)).toBeNull();
  });

  it('moves the case forward with a newer file: stage, status text, amount, return tracking', () => {
    const patch = mergeRefund(stored(), row({ stage: 'returned', platformStatus: '等待卖家确认收货', amountFen: 6000, returnTrackingNo: 'YT1', carrier: '圆通' }), { orderId: null }, NOW);
    expect(patch).toEqual({
      amountFen: 6000, trackingNo: 'YT1',
      fields: { refundNo: 'R1', refundStage: 'returned', platformStatus: '等待卖家确认收货', refundKind: 'returnRefund', reason: '质量问题', returnCarrier: '圆通' },
    });
  });

  it('resolves the case when the refund succeeds', () => {
    expect(mergeRefund(stored(), row({ stage: 'done', platformStatus: '退款成功' }), { orderId: null }, NOW)).toMatchObject({ status: 'resolved', resolvedAt: NOW });
  });

  it('never moves a case back with an older file', () => {
    expect(mergeRefund(stored({ stage: 'done', platformStatus: '退款成功' }), row({ amountFen: 1 }), { orderId: null }, NOW)).toBeNull();
  });

  it('never reopens a case the agent resolved, and keeps the agent’s step, summary, owner and resolution', () => {
    const mine = stored({}, { status: 'resolved', step: 'revisit', summary: '已和买家谈好补偿', ownerId: 'a2', resolution: '退 20 元', fields: { refundNo: 'R1', refundStage: 'requested', platformStatus: '等待卖家同意', note: '我写的' } });
    const patch = mergeRefund(mine, row({ stage: 'awaitingReturn', platformStatus: '等待买家退货' }), { orderId: null }, NOW);
    expect(patch).toEqual({ fields: { refundNo: 'R1', refundStage: 'awaitingReturn', platformStatus: '等待买家退货', refundKind: 'returnRefund', reason: '质量问题', note: '我写的' } });
  });

  it('links the order once it is in the store, never replacing a link', () => {
    expect(mergeRefund(stored(), row(), { orderId: 'o9' }, NOW)).toEqual({ orderId: 'o9' });
    expect(mergeRefund(stored({}, { orderId: 'o1' }), row(), { orderId: 'o9' }, NOW)).toBeNull();
  });
});
