import { describe, expect, it } from 'vitest';
import type { Review, Ticket } from '../../schemas/cases';
import { filterRegister, registerFilters, REVIEW_REGISTER, TICKET_REGISTER, type RegisterFilterValues, type RegisterSpec } from './registers';
import type { ReviewRegisterRow, TicketRegisterRow } from './columns';

let n = 0;
const names = { buyerNick: '', orderNo: '', ownerName: '', shopName: '' };
const t = (over: Partial<Ticket>): TicketRegisterRow => ({
  ticket: {
    id: `T${++n}`, updatedAt: 0, updatedBy: 'A1', deletedAt: null, type: 'quality', shopId: 'S1', orderId: null, buyerId: 'B1', status: 'open', step: 'soothe',
    dueAt: 0, summary: '', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: 'A1', createdAt: 0, ...over,
  },
  ...names,
});
const r = (over: Partial<Review>): ReviewRegisterRow => ({
  review: {
    id: `R${++n}`, updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: null, buyerId: 'B1', rating: 'negative', text: '', postedAt: 0,
    cause: null, status: 'new', nextContactAt: 0, explanation: '', ownerId: null, ...over,
  },
  ...names,
});

describe('register specs', () => {
  it.each([
    { name: '售后登记表', spec: TICKET_REGISTER as RegisterSpec<unknown>, want: ['type', 'status', 'party'] },
    { name: '中差评登记表', spec: REVIEW_REGISTER as RegisterSpec<unknown>, want: ['status', 'cause'] },
  ])('the $name filters by columns that have choices, in its order', ({ spec, want }) => {
    expect(registerFilters(spec).map((f) => f.column.id)).toEqual(want);
    expect(registerFilters(spec).length).toBe(spec.filters.length);
  });

  it('a filter naming a column without choices is not offered', () => {
    const spec: RegisterSpec<TicketRegisterRow> = { ...TICKET_REGISTER, filters: [{ column: 'buyer', any: 'x' }, { column: 'type', any: 'y' }] };
    expect(registerFilters(spec).map((f) => f.column.id)).toEqual(['type']);
  });

  it('ticket filters combine type, status, owner, shop, responsible party and registration dates', () => {
    const rows = [
      t({ type: 'quality', status: 'open', ownerId: 'A1', createdAt: 10 }), t({ type: 'quality', status: 'resolved', ownerId: 'A2', createdAt: 20 }),
      t({ type: 'wrong_item', responsibleParty: 'warehouse', shopId: 'S2', createdAt: 30 }),
    ];
    const keep = (f: RegisterFilterValues) => filterRegister(TICKET_REGISTER, rows, f);
    expect(keep({ byColumn: { type: 'quality' } })).toHaveLength(2);
    expect(keep({ byColumn: { type: 'quality', status: 'resolved' } }).map((x) => x.ticket.ownerId)).toEqual(['A2']);
    expect(keep({ byColumn: { party: 'warehouse' }, shopId: 'S2' })).toHaveLength(1);
    expect(keep({ from: 15, to: 30 })).toHaveLength(1);
  });

  it.each<[string, RegisterFilterValues, string[]]>([
    ['an empty filter keeps every review', {}, ['a', 'b', 'c']],
    ['empty and null choices mean any', { byColumn: { status: '', cause: '' }, ownerId: null }, ['a', 'b', 'c']],
    ['status and cause must both match', { byColumn: { status: 'new', cause: 'quality' } }, ['a']],
    ['owner and shop must match', { ownerId: 'A2', shopId: 'S2' }, ['c']],
    ['from is inclusive and to exclusive, on the posting time', { from: 20, to: 30 }, ['b']],
    ['a value for a column the register does not filter by is ignored', { byColumn: { buyer: 'x' } }, ['a', 'b', 'c']],
  ])('review filter: %s', (_n, f, want) => {
    const rows = [
      r({ text: 'a', status: 'new', cause: 'quality', postedAt: 10 }), r({ text: 'b', status: 'new', cause: 'shipping', postedAt: 20 }),
      r({ text: 'c', status: 'explained', ownerId: 'A2', shopId: 'S2', postedAt: 30 }),
    ];
    expect(filterRegister(REVIEW_REGISTER, rows, f).map((x) => x.review.text)).toEqual(want);
  });

  it('a row opens a tab named by what it is and the buyer', () => {
    const l = (k: string): string => ({ 'aftersale.types.quality': '质量问题', 'reviews.reviewTab': '中差评' })[k] ?? k;
    expect(TICKET_REGISTER.tabTitle({ ...t({ type: 'quality' }), buyerNick: '小鱼' }, l)).toBe('质量问题 小鱼');
    expect(REVIEW_REGISTER.tabTitle({ ...r({}), buyerNick: '小鱼' }, l)).toBe('中差评 小鱼');
  });
});
