import { ResponsibleParty, ReviewCause, ReviewStatus, TicketStatus, type Review, type Ticket } from '../../schemas/cases';
import type { Cell } from '../../lib/csv';
import { formatShanghaiShort } from '../../lib/time';
import { fenToYuan, formatYuan } from '../../lib/money';
import { reviewDeadlines } from './reviews';
import { TICKET_TYPES } from './kinds';

/**
 * One column spec per register drives both its grid and its CSV/XLSX export, so the two can
 * never disagree on which fields there are, what they are called or how a value is written.
 * Headers and enum values are i18n keys; the renderer passes its translate function as `label`.
 */

/** A register row with the names a list needs (the data layer joins them). */
export interface TicketRegisterRow { ticket: Ticket; buyerNick: string; orderNo: string; ownerName: string; shopName: string }
export interface ReviewRegisterRow { review: Review; buyerNick: string; orderNo: string; ownerName: string; shopName: string }

/** Words for an i18n key (the renderer's `t`). */
export type Label = (key: string, vars?: Record<string, string | number>) => string;

/** text: words; time: epoch ms, written "MM-DD HH:mm" (Shanghai); money: fen, shown ¥ and exported as a yuan number. */
export type ColumnFormat = 'text' | 'time' | 'money';

export interface RegisterColumn<Row> {
  id: string;
  /** i18n key of the header. */
  header: string;
  format: ColumnFormat;
  /** Width in the grid (px); a column without one is only exported (texts too long for a row). */
  width?: number;
  /** The value in its format's unit; null leaves the cell empty. */
  value: (row: Row, label: Label) => string | number | null;
  /** A column of one of a fixed set of values (a type, a status…): what a filter on it offers. */
  choices?: Choices<Row>;
}

export interface Choices<Row> {
  values: readonly string[];
  /** The row's value, before it is put in words. */
  of: (row: Row) => string | null | undefined;
  /** The i18n key that words a value. */
  key: (value: string) => string;
}

// Header keys are written out in full so the locale check finds every one of them.
const text = <Row>(header: string, width: number | undefined, value: (row: Row, label: Label) => string | null): RegisterColumn<Row> =>
  ({ id: header.slice('cases.col.'.length), header, format: 'text', ...(width ? { width } : {}), value });
const time = <Row>(header: string, width: number | undefined, value: (row: Row) => number | null): RegisterColumn<Row> =>
  ({ id: header.slice('cases.col.'.length), header, format: 'time', ...(width ? { width } : {}), value });
const choice = <Row>(header: string, width: number | undefined, choices: Choices<Row>): RegisterColumn<Row> => ({
  ...text<Row>(header, width, (r, l) => {
    const v = choices.of(r);
    return v ? l(choices.key(v)) : '';
  }),
  choices,
});
const money = <Row>(header: string, width: number | undefined, value: (row: Row) => number | null | undefined): RegisterColumn<Row> =>
  ({ id: header.slice('cases.col.'.length), header, format: 'money', ...(width ? { width } : {}), value: (r) => value(r) ?? null });

/** 售后登记表: every column seed 003 asks to register, the long ones in the export only. */
export const TICKET_COLUMNS: readonly RegisterColumn<TicketRegisterRow>[] = [
  time('cases.col.created', 110, (r) => r.ticket.createdAt),
  choice('cases.col.type', 90, { values: TICKET_TYPES, of: (r) => r.ticket.type, key: (v) => `aftersale.types.${v}` }),
  choice('cases.col.status', 70, { values: TicketStatus.options, of: (r) => r.ticket.status, key: (v) => `aftersale.ticketStatus.${v}` }),
  text('cases.col.step', 70, (r, l) => l(`aftersale.steps.${r.ticket.step}`)),
  text('cases.col.buyer', 120, (r) => r.buyerNick),
  text('cases.col.order', 170, (r) => r.orderNo),
  text('cases.col.product', 150, (r) => r.ticket.product ?? ''),
  text('cases.col.summary', 180, (r) => r.ticket.summary),
  text('cases.col.resolution', undefined, (r) => r.ticket.resolution ?? ''),
  money('cases.col.amount', 80, (r) => r.ticket.amountFen),
  text('cases.col.trackingNo', undefined, (r) => r.ticket.trackingNo ?? ''),
  choice('cases.col.party', 70, { values: ResponsibleParty.options, of: (r) => r.ticket.responsibleParty, key: (v) => `aftersale.parties.${v}` }),
  text('cases.col.responsible', 70, (r) => r.ticket.responsible ?? ''),
  text('cases.col.owner', 70, (r) => r.ownerName),
  text('cases.col.shop', 140, (r) => r.shopName),
  time('cases.col.due', undefined, (r) => r.ticket.dueAt),
];

/** 中差评登记表. */
export const REVIEW_COLUMNS: readonly RegisterColumn<ReviewRegisterRow>[] = [
  time('cases.col.posted', 110, (r) => r.review.postedAt),
  text('cases.col.rating', 60, (r, l) => l(`reviews.rating.${r.review.rating}`)),
  choice('cases.col.cause', 80, { values: ReviewCause.options, of: (r) => r.review.cause, key: (v) => `reviews.causes.${v}` }),
  choice('cases.col.status', 80, { values: ReviewStatus.options, of: (r) => r.review.status, key: (v) => `reviews.reviewStatus.${v}` }),
  text('cases.col.buyer', 120, (r) => r.buyerNick),
  text('cases.col.order', 170, (r) => r.orderNo),
  text('cases.col.text', 240, (r) => r.review.text),
  text('cases.col.followUp', undefined, (r) => r.review.followUp ?? ''),
  text('cases.col.explanation', undefined, (r) => r.review.explanation),
  text('cases.col.outcome', undefined, (r, l) => (r.review.outcome ? l(`reviews.outcomes.${r.review.outcome}`) : '')),
  money('cases.col.compensation', undefined, (r) => r.review.compensationFen),
  time('cases.col.deadline', 110, (r) => reviewDeadlines(r.review).explainBy),
  text('cases.col.owner', 80, (r) => r.ownerName),
  text('cases.col.shop', 140, (r) => r.shopName),
];

/** The columns the grid shows, in register order. */
export function gridColumns<Row>(spec: readonly RegisterColumn<Row>[]): RegisterColumn<Row>[] {
  return spec.filter((c) => c.width !== undefined);
}

/** What a grid cell shows: times as "MM-DD HH:mm", money as "¥59.90", nothing for no value. */
export function gridCellText<Row>(col: RegisterColumn<Row>, row: Row, label: Label): string {
  const v = col.value(row, label);
  if (v === null) return '';
  if (col.format === 'time') return formatShanghaiShort(v as number);
  if (col.format === 'money') return formatYuan(v as number);
  return String(v);
}

/** What a grid column sorts by: times and amounts as numbers (no amount first), text as text. */
export function cellSortValue<Row>(col: RegisterColumn<Row>, row: Row, label: Label): string | number {
  const v = col.value(row, label);
  if (col.format === 'text') return v === null ? '' : String(v);
  return v === null ? -1 : (v as number);
}

/** An exported cell: times as text, money as a yuan number (so a spreadsheet can sum it), empty as empty. */
export function exportCell<Row>(col: RegisterColumn<Row>, row: Row, label: Label): Cell {
  const v = col.value(row, label);
  if (v === null) return null;
  if (col.format === 'time') return formatShanghaiShort(v as number);
  if (col.format === 'money') return fenToYuan(v as number);
  return String(v);
}

/** A money column's exported header names its unit ("退款(元)"): the cells are bare numbers. */
export function exportHeader<Row>(col: RegisterColumn<Row>, label: Label): string {
  return col.format === 'money' ? label('cases.col.inYuan', { label: label(col.header) }) : label(col.header);
}

/** The whole register as a header and rows, every column of the spec. */
export function exportTable<Row>(spec: readonly RegisterColumn<Row>[], rows: readonly Row[], label: Label): { header: string[]; rows: Cell[][] } {
  return { header: spec.map((c) => exportHeader(c, label)), rows: rows.map((r) => spec.map((c) => exportCell(c, r, label))) };
}
