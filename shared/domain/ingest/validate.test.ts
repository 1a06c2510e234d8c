import { describe, expect, it } from 'vitest';
import { checkBatch } from './validate';

const msg = (over: Record<string, unknown> = {}) => ({ eventId: 'e1', type: 'buyer.message', shopId: 'shop-1', at: 1_700_000_000_000, buyerNick: 'tb_小林', text: '在吗', ...over });
const NO = '3920118822334455667';
const created = (over: Record<string, unknown> = {}) => ({
  eventId: 'c1', type: 'order.created', shopId: 'shop-1', at: 1, orderNo: NO, buyerNick: 'tb_小林',
  items: [{ title: '羊毛围巾', sku: 'GR-1', qty: 1, priceFen: 12900 }], totalFen: 12900, createdAt: 1, ...over,
});

describe('checkBatch', () => {
  it.each([
    ['a body that is not an object', 'hello', 'the body must be {"events": [...]}'],
    ['an array instead of a batch', [msg()], 'the body must be {"events": [...]}'],
    ['an empty batch', { events: [] }, 'events is empty'],
    ['an extra top-level field', { events: [msg()], shop: 'x' }, 'unknown top-level field shop'],
    ['more than 500 events', { events: Array.from({ length: 501 }, (_, i) => msg({ eventId: `e${i}` })) }, 'at most 500 events per batch (got 501)'],
  ])('refuses %s as a whole', (_name, body, error) => {
    expect(checkBatch(body)).toEqual({ valid: [], problems: [], error });
  });

  it.each([
    ['an order number given as a JSON number', created({ orderNo: Number(NO) }), 'orderNo', 'must be a string of digits (a JSON number loses digits)'],
    ['an order number with letters', created({ orderNo: 'A123456789' }), 'orderNo', 'must be 6–24 digits'],
    ['a message without text', msg({ text: undefined }), 'text', 'required'],
    ['a blank message', msg({ text: '   ' }), 'text', 'empty'],
    ['an unknown type', msg({ type: 'buyer.sneeze' }), 'type', 'unknown event type (one of buyer.message, order.created, order.paid, order.shipped, order.closed, review.posted)'],
    ['an unknown field', msg({ colour: 'red' }), 'colour', 'unknown field'],
    ['an event id with spaces', msg({ eventId: 'a b' }), 'eventId', 'eventId: 1–60 letters, digits, . _ : - (starting with a letter or digit)'],
    ['a fractional price', created({ items: [{ title: 't', qty: 1, priceFen: 1.5 }] }), 'items.0.priceFen', 'Invalid input: expected int, received number'],
  ])('names the field of %s', (_name, event, field, reason) => {
    const r = checkBatch({ events: [msg({ eventId: 'ok-1' }), event] });
    expect(r.error).toBeNull();
    expect(r.valid.map((v) => v.index)).toEqual([0]);
    expect(r.problems).toEqual([{ index: 1, eventId: (event as { eventId: string }).eventId, field, reason }]);
  });

  it('keeps the 19-digit order number exactly and fills an omitted sku with an empty one', () => {
    const r = checkBatch({ events: [created({ items: [{ title: '围巾', qty: 2, priceFen: 100 }] })] });
    const event = r.valid[0]?.event;
    expect(event?.type === 'order.created' && event.orderNo).toBe('3920118822334455667');
    expect(event?.type === 'order.created' && event.items[0]?.sku).toBe('');
  });

  it('reports an event that is not an object with a null eventId', () => {
    expect(checkBatch({ events: [42] }).problems).toEqual([{ index: 0, eventId: null, field: '(event)', reason: expect.any(String) }]);
  });

  it.each([
    ['a NUL in a message', msg({ text: '在\u0000吗' }), 'text', 'NUL'],
    ['a decoding error in a nick', msg({ buyerNick: '\uFFFD€' }), 'buyerNick', 'U+FFFD'],
    ['a NUL in an item title', created({ items: [{ title: '围\u0000巾', qty: 1, priceFen: 1 }] }), 'items[0].title', 'NUL'],
    ['a nick of invisible characters only', msg({ buyerNick: '\u200B\u202E' }), 'buyerNick', 'empty'],
  ])('refuses %s naming the field, and keeps the good event beside it', (_name, bad, field, reason) => {
    const batch = checkBatch({ events: [msg({ eventId: 'ok' }), bad] });
    expect(batch.valid.map((v) => v.event.eventId)).toEqual(['ok']);
    expect(batch.problems).toMatchObject([{ index: 1, field, reason: expect.stringContaining(reason) }]);
  });

  it('removes bidi overrides and zero-width characters and normalises the nick, so look-alikes are one buyer', () => {
    const batch = checkBatch({ events: [msg({ buyerNick: 'ｔｂ＿小\u200B林', text: '退款\u202E已到账' })] });
    expect(batch.valid[0]?.event).toMatchObject({ buyerNick: 'tb_小林', text: '退款已到账' });
  });
});
