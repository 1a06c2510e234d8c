import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../schemas/outbox';
import { checkAcks } from './ack';
import { deliveriesBySubject, deliveryView, needsAlert, replyCountsAt, settleRow, type OutboxRow } from './delivery';
import { expiresAtFor, readShopDelivery } from './mode';

const item: OutboxItem = { kind: 'message', id: 'o1', shopId: 's1', platform: 'taobao', createdAt: 1, expiresAt: 2, buyerNick: 'tb_a', text: '您好', orderNo: null };
const row = (over: Partial<OutboxRow> = {}): OutboxRow => ({
  id: 'o1', subjectId: 'm1', conversationId: 'c1', orderId: null, shopId: 's1', mode: 'bridge', state: 'sending', item, copyText: '您好',
  createdAt: 1, settledAt: null, reason: null, offeredTo: null, attempt: 1, handled: false, ...over,
});

describe('delivery state of a message', () => {
  it.each([
    { name: 'a bridge row in the outbox is sending', rows: [row()], state: 'sending', resend: false, copy: false },
    { name: 'a failed bridge row offers 重发', rows: [row({ state: 'failed', reason: 'buyer blocked' })], state: 'failed', resend: true, copy: false },
    { name: 'a resend (attempt 2) decides over the failed first try', rows: [row({ state: 'failed' }), row({ id: 'o2', attempt: 2, createdAt: 5 })], state: 'sending', resend: false, copy: false },
    { name: 'a companion row can be copied again', rows: [row({ mode: 'companion', state: 'copied' })], state: 'copied', resend: false, copy: true },
  ])('$name', ({ rows, state, resend, copy }) => {
    expect(deliveryView(rows)).toMatchObject({ state, canResend: resend, canCopy: copy });
  });

  it('groups rows by the message they belong to', () => {
    const map = deliveriesBySubject([row(), row({ id: 'o3', subjectId: 'm2', state: 'delivered' })]);
    expect([...map].map(([k, v]) => [k, v.state])).toEqual([['m1', 'sending'], ['m2', 'delivered']]);
  });

  it.each([
    { outcome: 'delivered' as const, reason: null, state: 'delivered', why: null },
    { outcome: 'failed' as const, reason: '买家已屏蔽', state: 'failed', why: '买家已屏蔽' },
    { outcome: 'expired' as const, reason: null, state: 'failed', why: 'expired' },
  ])('a $outcome result settles a sending row as $state', ({ outcome, reason, state, why }) => {
    expect(settleRow(row(), outcome, reason, 9)).toMatchObject({ state, reason: why, settledAt: 9 });
  });

  it('a result replayed for a settled row changes nothing', () => {
    const done = row({ state: 'delivered', settledAt: 3 });
    expect(settleRow(done, 'failed', 'late', 9)).toBe(done);
  });

  it('alerts for a failed bridge delivery until it is handled, never for companion rows', () => {
    expect(needsAlert(row({ state: 'failed' }))).toBe(true);
    expect(needsAlert(row({ state: 'failed', handled: true }))).toBe(false);
    expect(needsAlert(row({ mode: 'companion', state: 'failed' }))).toBe(false);
  });
});

describe('per-shop delivery setting', () => {
  it.each([
    { raw: undefined, mode: 'companion', minutes: 30 },
    { raw: { mode: 'bridge', expireMinutes: 5 }, mode: 'bridge', minutes: 5 },
    { raw: { mode: 'fax', expireMinutes: 0 }, mode: 'companion', minutes: 30 },
    { raw: { mode: 'bridge', expireMinutes: 1.5 }, mode: 'bridge', minutes: 30 },
  ])('$raw reads as $mode, $minutes minutes', ({ raw, mode, minutes }) => {
    expect(readShopDelivery(raw)).toEqual({ mode, expireMinutes: minutes });
  });
  it('an item expires the shop\'s minutes after it was made', () => {
    expect(expiresAtFor(1000, { mode: 'bridge', expireMinutes: 2 })).toBe(121_000);
  });
});

describe('checkAcks', () => {
  it('accepts delivered and failed-with-reason lines', () => {
    expect(checkAcks({ acks: [{ id: 'a', status: 'delivered' }, { id: 'b', status: 'failed', reason: '订单已关闭' }] }).ok).toBe(true);
  });
  it.each([
    { name: 'a failed line without a reason', body: { acks: [{ id: 'a', status: 'failed' }] }, problem: { index: 0, id: 'a', field: 'reason' } },
    { name: 'an unknown status', body: { acks: [{ id: 'a', status: 'sent' }] }, problem: { index: 0, id: 'a', field: 'status' } },
    { name: 'an extra field', body: { acks: [{ id: 'a', status: 'delivered', extra: 1 }] }, problem: { index: 0, id: 'a' } },
    { name: 'no acks at all', body: { acks: [] }, problem: { index: null, field: 'acks' } },
    { name: 'not an object', body: 'delivered', problem: { index: null } },
  ])('refuses $name, naming where', ({ body, problem }) => {
    const r = checkAcks(body);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject(problem);
  });
});

describe('replyCountsAt', () => {
  it.each([
    { name: 'a message without outbox rows counts when written', rows: [], at: 100 },
    { name: 'a companion message counts when written (pasted at once)', rows: [row({ mode: 'companion', state: 'copied', settledAt: 150 })], at: 100 },
    { name: 'a bridge message counts when delivered', rows: [row({ state: 'delivered', settledAt: 170 })], at: 170 },
    { name: 'a bridge message still sending is no reply yet', rows: [row()], at: null },
    { name: 'a failed first try resent and delivered counts at the delivery', rows: [row({ state: 'failed' }), row({ id: 'o2', attempt: 2, state: 'delivered', settledAt: 400 })], at: 400 },
  ])('$name', ({ rows, at }) => {
    expect(replyCountsAt(100, rows)).toBe(at);
  });
});
