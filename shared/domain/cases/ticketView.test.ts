import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../schemas/cases';
import type { ProblemCode } from '../../lib/problem';
import { DAY, HOUR, fromShanghai } from '../../lib/time';
import { ticketCaseView, ticketFieldsView, ticketProblemPlace } from './ticketView';

const NOW = fromShanghai(2026, 5, 10, 14, 0);
const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 'T1', updatedAt: 0, updatedBy: 'A1', deletedAt: null, type: 'quality', shopId: 'S1', orderId: 'O1', buyerId: 'B1', status: 'open', step: 'verify',
  dueAt: NOW + HOUR, summary: '袖口开线', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: 'A1', createdAt: NOW - DAY, ...over,
});
const order = { orderNo: '3125550123456789012', trackingNo: 'SF100', totalFen: 12_800 };
const view = (over: Partial<Ticket> = {}, now = NOW, withOrder = true) => ticketCaseView({ ticket: ticket(over), order: withOrder ? order : null, buyer: { nick: '小鱼' }, now });

describe('the ticket case view', () => {
  it.each([
    { name: 'an open case before its due time is plainly open', over: {}, overdue: false, tone: 'open' },
    { name: 'an open case at its due time is overdue', over: { dueAt: NOW }, overdue: true, tone: 'overdue' },
    { name: 'a resolved case is never overdue', over: { status: 'resolved' as const, dueAt: NOW - DAY }, overdue: false, tone: 'resolved' },
  ])('$name', ({ over, overdue, tone }) => {
    const v = view(over);
    expect(v.overdue).toBe(overdue);
    expect(v.statusTone).toBe(tone);
  });

  it('the step strip marks the steps behind as done and the current one as current', () => {
    expect(view({ step: 'handle' }).steps).toEqual([
      { step: 'soothe', done: true, current: false },
      { step: 'verify', done: true, current: false },
      { step: 'handle', done: false, current: true },
      { step: 'track', done: false, current: false },
      { step: 'revisit', done: false, current: false },
    ]);
  });

  it('a closed case shows every step done, its last one still current', () => {
    const steps = view({ status: 'resolved', step: 'revisit' }).steps;
    expect(steps.every((s) => s.done)).toBe(true);
    expect(steps.filter((s) => s.current).map((s) => s.step)).toEqual(['revisit']);
  });

  it.each([
    { name: 'an open case offers the next step', over: { step: 'verify' as const }, next: 'handle', resolvable: false },
    { name: 'at 回访 there is no next step, but the case may be resolved', over: { step: 'revisit' as const }, next: null, resolvable: true },
    { name: 'a closed case offers neither', over: { step: 'revisit' as const, status: 'closed' as const }, next: null, resolvable: false },
  ])('$name', ({ over, next, resolvable }) => {
    const v = view(over);
    expect(v.next).toBe(next);
    expect(v.resolvable).toBe(resolvable);
  });

  it.each([
    { name: 'an open case shows its due time', over: {}, dueAt: NOW + HOUR, closedAt: null },
    { name: 'a closed case shows when it was resolved instead', over: { status: 'resolved' as const, resolvedAt: NOW - HOUR }, dueAt: null, closedAt: NOW - HOUR },
    { name: 'a case closed before resolvedAt was kept shows no time', over: { status: 'closed' as const }, dueAt: null, closedAt: null },
  ])('$name', ({ over, dueAt, closedAt }) => {
    const v = view(over);
    expect(v.dueAt).toBe(dueAt);
    expect(v.closedAt).toBe(closedAt);
  });

  it.each([
    { name: 'a quality case may carry a refund up to the order total', type: 'quality' as const, withOrder: true, refundable: true, cap: 12_800 },
    { name: 'a case without an order has no cap to show', type: 'quality' as const, withOrder: false, refundable: true, cap: null },
    { name: 'an intercept case carries no refund', type: 'intercept' as const, withOrder: true, refundable: false, cap: 12_800 },
  ])('$name', ({ type, withOrder, refundable, cap }) => {
    const v = view({ type }, NOW, withOrder);
    expect(v.refundable).toBe(refundable);
    expect(v.refundCapFen).toBe(cap);
  });

  it('the step message is filled from the case, a reshipment number winning over the order\'s', () => {
    expect(view({ type: 'missing_item', step: 'track', trackingNo: 'YT200' }).phrase).toContain('YT200');
    expect(view({ step: 'soothe' }).phrase).not.toContain('【缺:');
  });
});

describe('the ticket type section', () => {
  it.each<{ name: string; over: Partial<Ticket>; photos: boolean; payer: string; verdict: boolean | null }>([
    { name: 'a quality case asks for photos and the shop pays return shipping', over: { type: 'quality' as const }, photos: true, payer: 'shop', verdict: null },
    { name: 'a tracking case has no return shipping to pay', over: { type: 'tracking' as const }, photos: false, payer: 'none', verdict: null },
    { name: 'a 7-day return received 3 days ago is still eligible', over: { type: 'return_7day' as const, fields: { receivedAt: NOW - 3 * DAY } }, photos: false, payer: 'buyer', verdict: true },
    { name: 'a 7-day return with its tags cut is not', over: { type: 'return_7day' as const, fields: { receivedAt: NOW - 3 * DAY, tagsRemoved: true } }, photos: false, payer: 'buyer', verdict: false },
  ])('$name', ({ over, photos, payer, verdict }) => {
    const f = ticketFieldsView(ticket(over), NOW);
    expect(f.needsPhotos).toBe(photos);
    expect(f.shippingPayer).toBe(payer);
    expect(f.eligibility?.eligible ?? null).toBe(verdict);
    expect(f.specs.length).toBeGreaterThan(0);
  });
});

describe('where a refusal is shown', () => {
  it.each<{ name: string; field: string; code: ProblemCode; place: string }>([
    { name: 'a bad photo beside the photos', field: 'photo', code: 'photoTooLarge', place: 'photos' },
    { name: 'a refund above the order beside the handling fields', field: 'amountFen', code: 'amountAboveOrder', place: 'handling' },
    { name: 'a step refused for a missing resolution at the step buttons', field: 'resolution', code: 'resolutionRequired', place: 'top' },
    { name: 'a step refused for missing photos at the step buttons', field: 'photos', code: 'photosRequired', place: 'top' },
    { name: 'anything else at the top', field: 'status', code: 'notOpen', place: 'top' },
  ])('$name', ({ field, code, place }) => {
    expect(ticketProblemPlace({ field, code })).toBe(place);
  });
});
