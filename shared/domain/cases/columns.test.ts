import { describe, expect, it } from 'vitest';
import type { Review, Ticket } from '../../schemas/cases';
import { DAY, fromShanghai } from '../../lib/time';
import { cellSortValue, exportTable, gridCellText, gridColumns, REVIEW_COLUMNS, TICKET_COLUMNS, type Label, type RegisterColumn, type ReviewRegisterRow, type TicketRegisterRow } from './columns';

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  id: 'T1', updatedAt: 0, updatedBy: 'A1', deletedAt: null, type: 'quality', shopId: 'S1', orderId: 'O1', buyerId: 'B1', status: 'open', step: 'handle',
  dueAt: fromShanghai(2026, 5, 12, 18, 0), summary: '袖口开线', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: 'A1',
  createdAt: fromShanghai(2026, 5, 10, 9, 5), product: '棉麻衬衫', ...over,
});
const review = (over: Partial<Review> = {}): Review => ({
  id: 'R1', updatedAt: 0, updatedBy: 'A1', deletedAt: null, shopId: 'S1', orderId: 'O1', buyerId: 'B1', rating: 'negative', text: '不喜欢',
  postedAt: fromShanghai(2026, 5, 1, 20, 0), cause: null, status: 'new', nextContactAt: 0, explanation: '', ownerId: null, ...over,
});
const names = { buyerNick: '小鱼', orderNo: '3125550123456789012', ownerName: '小王', shopName: '棉麻旗舰店' };
const ticketRow = (over: Partial<Ticket> = {}): TicketRegisterRow => ({ ticket: ticket(over), ...names });
const reviewRow = (over: Partial<Review> = {}): ReviewRegisterRow => ({ review: review(over), ...names });

/** The few zh-CN words these tests read; any other key comes back as itself, to be noticed. */
const ZH: Record<string, string> = {
  'cases.col.created': '登记时间', 'cases.col.type': '类型', 'cases.col.status': '状态', 'cases.col.step': '步骤', 'cases.col.amount': '退款',
  'cases.col.compensation': '补偿', 'aftersale.types.quality': '质量问题', 'aftersale.ticketStatus.resolved': '已解决', 'aftersale.steps.revisit': '回访',
  'aftersale.parties.warehouse': '仓库', 'reviews.outcomes.deleted': '结果：已删除',
};
const zh: Label = (key, vars) => (key === 'cases.col.inYuan' ? `${vars?.label}(元)` : ZH[key] ?? key);
const col = <Row>(spec: readonly RegisterColumn<Row>[], id: string): RegisterColumn<Row> => spec.find((c) => c.id === id)!;

describe('register column specs', () => {
  it.each([
    { name: '售后登记表', spec: TICKET_COLUMNS as readonly RegisterColumn<unknown>[] },
    { name: '中差评登记表', spec: REVIEW_COLUMNS as readonly RegisterColumn<unknown>[] },
  ])('the $name names each column once, and every header is a cases.col key', ({ spec }) => {
    expect(new Set(spec.map((c) => c.id)).size).toBe(spec.length);
    for (const c of spec) expect(c.header).toBe(`cases.col.${c.id}`);
  });

  it('the ticket grid shows the short columns and leaves the long ones to the export', () => {
    expect(gridColumns(TICKET_COLUMNS).map((c) => c.id)).toEqual(['created', 'type', 'status', 'step', 'buyer', 'order', 'product', 'summary', 'amount', 'party', 'responsible', 'owner', 'shop']);
  });

  it('the review grid keeps the order number as its sixth column', () => {
    expect(gridColumns(REVIEW_COLUMNS).map((c) => c.id)).toEqual(['posted', 'rating', 'cause', 'status', 'buyer', 'order', 'text', 'deadline', 'owner', 'shop']);
  });
});

describe('grid cells', () => {
  it.each([
    { name: 'a time reads as Shanghai "MM-DD HH:mm"', id: 'created', over: {}, text: '05-10 09:05', sort: fromShanghai(2026, 5, 10, 9, 5) },
    { name: 'an enum value reads in the agent\'s words', id: 'type', over: {}, text: '质量问题', sort: '质量问题' },
    { name: 'a refund reads as yuan and sorts by fen', id: 'amount', over: { amountFen: 5_990 }, text: '¥59.90', sort: 5_990 },
    { name: 'no refund is an empty cell that sorts before any amount', id: 'amount', over: { amountFen: null }, text: '', sort: -1 },
    { name: 'no responsible party is an empty cell', id: 'party', over: { responsibleParty: null }, text: '', sort: '' },
    { name: 'a responsible party reads in the agent\'s words', id: 'party', over: { responsibleParty: 'warehouse' as const }, text: '仓库', sort: '仓库' },
  ])('$name', ({ id, over, text, sort }) => {
    const c = col(TICKET_COLUMNS, id);
    expect(gridCellText(c, ticketRow(over), zh)).toBe(text);
    expect(cellSortValue(c, ticketRow(over), zh)).toBe(sort);
  });

  it('a review\'s explanation deadline is 30 days after it was posted', () => {
    expect(cellSortValue(col(REVIEW_COLUMNS, 'deadline'), reviewRow(), zh)).toBe(fromShanghai(2026, 5, 1, 20, 0) + 30 * DAY);
    expect(gridCellText(col(REVIEW_COLUMNS, 'deadline'), reviewRow(), zh)).toBe('05-31 20:00');
  });
});

describe('export', () => {
  it('writes every column of the spec, money headers naming the unit', () => {
    const { header } = exportTable(TICKET_COLUMNS, [], zh);
    expect(header).toHaveLength(TICKET_COLUMNS.length);
    expect(header.slice(0, 4)).toEqual(['登记时间', '类型', '状态', '步骤']);
    expect(header[TICKET_COLUMNS.findIndex((c) => c.id === 'amount')]).toBe('退款(元)');
  });

  it('writes times as text, money as a yuan number and missing values as empty cells', () => {
    const { rows } = exportTable(TICKET_COLUMNS, [ticketRow({ status: 'resolved', step: 'revisit', amountFen: 1_005, resolution: '换新', trackingNo: null })], zh);
    const cell = (id: string): unknown => rows[0]![TICKET_COLUMNS.findIndex((c) => c.id === id)];
    expect(cell('created')).toBe('05-10 09:05');
    expect(cell('due')).toBe('05-12 18:00');
    expect(cell('amount')).toBe(10.05);
    expect(cell('status')).toBe('已解决');
    expect(cell('step')).toBe('回访');
    expect(cell('resolution')).toBe('换新');
    expect(cell('trackingNo')).toBe('');
  });

  it('a review without compensation exports an empty cell, and its outcome in words', () => {
    const { header, rows } = exportTable(REVIEW_COLUMNS, [reviewRow({ compensationFen: null, outcome: 'deleted' })], zh);
    const at = (id: string): number => REVIEW_COLUMNS.findIndex((c) => c.id === id);
    expect(header[at('compensation')]).toBe('补偿(元)');
    expect(rows[0]![at('compensation')]).toBeNull();
    expect(rows[0]![at('outcome')]).toBe('结果：已删除');
  });
});
