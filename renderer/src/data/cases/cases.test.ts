import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Buyer, Order, Shop } from '@shared/schemas/entities';
import { DAY, HOUR, fromShanghai } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { caseFacts } from '../tray/cases';
import { ProblemError } from '@shared/lib/problem';
import { addPhoto, photosOf } from './photos';
import { advanceTicket, createTicket, logTicketContact, sendCaseMessage, updateTicket } from './tickets';
import { logReviewContact, moveReview, registerReview, updateReview } from './reviews';
import { caseView, openReviewQueue } from './queries';

let db: XiaoerDb;
let n = 0;
const NOW = fromShanghai(2026, 5, 10, 15, 0);
const ctx = { agentId: 'A1', now: NOW };

beforeEach(async () => {
  db = new XiaoerDb(`cases-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', name: '小鹿童装', platform: 'tmall', rules: {}, demo: false }], ctx);
  await putTracked<Buyer>(db, 'buyers', [{ id: 'B1', shopId: 'S1', nick: 'tb_小林', tier: 'normal', tags: [], phoneMasked: '', addressMasked: '', contactSecret: null, notes: '' }], ctx);
  await putTracked<Order>(db, 'orders', [{ id: 'O1', orderNo: '2043118800123456789', shopId: 'S1', buyerId: 'B1', status: 'delivered', totalFen: 5900, items: [{ title: '纯棉T恤', sku: 'M', qty: 1, price: 59 }], createdAt: NOW - 5 * DAY, paidAt: NOW - 5 * DAY, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '' }], ctx);
});
afterEach(() => db.delete());

const refusedField = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ProblemError) return e.problem.field ?? '';
    throw e;
  }
  throw new Error('not refused');
};

const png = (size = 64): Blob => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([bytes], { type: 'image/png' });
};
const fakeThumb = async (): Promise<Blob> => new Blob([new Uint8Array([1])], { type: 'image/jpeg' });

describe('aftersale cases in the store', () => {
  it('a new case is prefilled from its order and due by its type', async () => {
    const t = await createTicket({ type: 'quality', orderId: 'O1', buyerId: 'B1', shopId: 'S1', summary: '衣服开线', ownerId: 'A1' }, ctx);
    expect(t).toMatchObject({ product: '纯棉T恤', step: 'soothe', status: 'open', dueAt: NOW + 24 * HOUR, responsibleParty: 'supplier' });
  });

  it('a case without an order belongs to the buyer\'s shop; an unknown buyer is refused', async () => {
    await expect(createTicket({ type: 'refund', orderId: null, buyerId: 'B1', shopId: '', summary: '不想要了', ownerId: 'A1' }, ctx)).resolves.toMatchObject({ shopId: 'S1', orderId: null, product: '' });
    expect(await refusedField(createTicket({ type: 'refund', orderId: null, buyerId: 'nobody', shopId: '', summary: 'x', ownerId: 'A1' }, ctx))).toBe('orderNo');
  });

  it('a refund above the order amount is refused naming the field, and the stored case stays as it was', async () => {
    const t = await createTicket({ type: 'quality', orderId: 'O1', buyerId: 'B1', shopId: 'S1', summary: '开线', ownerId: 'A1' }, ctx);
    await updateTicket(t.id, { amountFen: 3000, resolution: '部分退款' }, ctx);
    const before = await db.tickets.get(t.id);
    const changes = await db.changes.count();
    expect(await refusedField(updateTicket(t.id, { amountFen: 5901, resolution: '全额退款' }, { ...ctx, now: NOW + 1 }))).toBe('amountFen');
    expect(await db.tickets.get(t.id)).toEqual(before);
    expect(await db.changes.count()).toBe(changes);
  });

  it('photos that are not images, or over 10 MB, are refused and nothing is stored; an image is kept with its thumbnail', async () => {
    const t = await createTicket({ type: 'quality', orderId: 'O1', buyerId: 'B1', shopId: 'S1', summary: '开线', ownerId: 'A1' }, ctx);
    expect(await refusedField(addPhoto(t.id, new Blob(['just text, not a picture']), 'a.png', ctx, fakeThumb))).toBe('photo');
    expect(await refusedField(addPhoto(t.id, png(10 * 1024 * 1024 + 1), 'big.png', ctx, fakeThumb))).toBe('photo');
    expect(await photosOf(t.id)).toEqual([]);
    await expect(advanceTicket(t.id, 'verify', ctx)).resolves.toMatchObject({ step: 'verify' });
    expect(await refusedField(advanceTicket(t.id, 'handle', ctx))).toBe('photos');
    await addPhoto(t.id, png(), 'ok.png', ctx, fakeThumb);
    const photos = await photosOf(t.id);
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ mime: 'image/png', size: 64 });
    expect(photos[0]?.thumb.size).toBe(1);
    await expect(advanceTicket(t.id, 'handle', ctx)).resolves.toMatchObject({ step: 'handle' });
  });

  it('a next contact time in the past is refused and no contact is logged; a future one becomes the due time', async () => {
    const t = await createTicket({ type: 'tracking', orderId: 'O1', buyerId: 'B1', shopId: 'S1', summary: '查件', ownerId: 'A1' }, ctx);
    expect(await refusedField(logTicketContact(t.id, { channel: 'phone', result: '没接', nextAt: NOW - HOUR }, ctx))).toBe('nextAt');
    expect(await db.contacts.count()).toBe(0);
    await logTicketContact(t.id, { channel: 'phone', result: '没接', nextAt: NOW + 2 * HOUR }, ctx);
    expect((await db.tickets.get(t.id))?.dueAt).toBe(NOW + 2 * HOUR);
  });

  it('sending a step message writes it into the buyer\'s conversation and logs a chat contact', async () => {
    const t = await createTicket({ type: 'tracking', orderId: 'O1', buyerId: 'B1', shopId: 'S1', summary: '查件', ownerId: 'A1' }, ctx);
    await sendCaseMessage(t.id, '已经帮您查件了', ctx);
    const view = await caseView(t.id);
    if (view.kind !== 'ticket') throw new Error('expected a ticket');
    expect(view.messages.map((m) => m.text)).toEqual(['已经帮您查件了']);
    expect(view.contacts.map((c) => c.channel)).toEqual(['chat']);
    expect(view.ticket.conversationId).toBe(view.conversation?.id);
  });
});

describe('reviews in the store', () => {
  it('a 心情 review cannot be contacted on the day it was posted', async () => {
    const r = await registerReview({ orderId: 'O1', rating: 'negative', text: '不喜欢', postedAt: NOW - HOUR, cause: 'mood' }, ctx);
    expect(r.nextContactAt).toBe(fromShanghai(2026, 5, 11, 9, 0));
    expect(await refusedField(logReviewContact(r.id, { channel: 'chat', result: '问候', nextAt: null }, ctx))).toBe('channel');
    expect(await db.contacts.count()).toBe(0);
    const next = { ...ctx, now: fromShanghai(2026, 5, 11, 9, 30) };
    await logReviewContact(r.id, { channel: 'chat', result: '买家说再看看', nextAt: next.now + DAY }, next);
    expect(await db.reviews.get(r.id)).toMatchObject({ status: 'contacting', nextContactAt: next.now + DAY });
  });

  it('compensation above the order amount is refused naming the field and the review stays as it was', async () => {
    const r = await registerReview({ orderId: 'O1', rating: 'neutral', text: '物流慢', postedAt: NOW - HOUR, cause: 'shipping' }, ctx);
    await updateReview(r.id, { compensationFen: 500 }, ctx);
    const before = await db.reviews.get(r.id);
    expect(await refusedField(updateReview(r.id, { compensationFen: 5901 }, ctx))).toBe('compensationFen');
    expect(await db.reviews.get(r.id)).toEqual(before);
  });

  it('the 评价 queue holds open reviews only', async () => {
    const open = await registerReview({ orderId: 'O1', rating: 'neutral', text: '物流慢', postedAt: NOW - HOUR, cause: 'shipping' }, ctx);
    const done = await registerReview({ orderId: 'O1', rating: 'negative', text: '垃圾', postedAt: NOW - HOUR, cause: 'malicious' }, ctx);
    await updateReview(done.id, { explanation: '已核实出库和物流记录' }, ctx);
    await moveReview(done.id, 'explained', ctx);
    expect((await openReviewQueue()).map((x) => x.review.id)).toEqual([open.id]);
  });

  it('a review near the end of its window is in the tray facts, one whose window is far away is not', async () => {
    const near = await registerReview({ orderId: 'O1', rating: 'negative', text: '线头多', postedAt: NOW - 28 * DAY, cause: 'quality' }, ctx);
    expect(await refusedField(logReviewContact(near.id, { channel: 'chat', result: '未回复', nextAt: NOW + 5 * DAY }, ctx))).toBe('nextAt');
    await logReviewContact(near.id, { channel: 'chat', result: '未回复', nextAt: NOW + 36 * HOUR }, ctx);
    const far = await registerReview({ orderId: 'O1', rating: 'neutral', text: '还行', postedAt: NOW - 2 * DAY, cause: 'quality' }, ctx);
    await logReviewContact(far.id, { channel: 'chat', result: '未回复', nextAt: NOW + 5 * DAY }, ctx);
    const facts = await caseFacts(NOW);
    expect(facts.map((f) => f.id)).toEqual([near.id]);
    expect(facts[0]?.dueAt).toBe(near.postedAt + 27 * DAY);
  });
});
