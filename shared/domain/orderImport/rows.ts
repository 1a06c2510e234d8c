import type { OrderStatus } from '../../schemas/entities';
import type { CsvRecord } from '../../lib/csv';
import { problem, type Problem, type ProblemCode } from '../../lib/problem';
import { mapHeader, type HeaderMap, type ImportField } from './columns';
import { parseMoneyFen, parseOrderNo, parseQty, parseShanghaiTime, parseStatus, type Parsed } from './values';

/** One order read from an export file, ready to be merged into the store. */
export interface ImportedOrder {
  /** Spreadsheet row of its first line (problems and previews name it). */
  row: number;
  orderNo: string;
  buyerNick: string;
  status: OrderStatus;
  totalFen: number;
  items: { title: string; qty: number; price: number }[];
  createdAt: number;
  paidAt: number | null;
  receiver: string;
  phone: string;
  address: string;
  trackingNo: string | null;
  carrier: string | null;
}

/**
 * A refused row or file: a Problem whose `row` is the spreadsheet row (0 = the whole file) and
 * whose field is `orderImport.<column>`; `params.value` holds the offending text.
 */
export type OrderImportProblem = Problem & { row: number };

/** The problem with one column of one row (row 0: the file as a whole). */
export const importProblem = (row: number, f: ImportField | null, code: ProblemCode, params?: Record<string, string | number>): OrderImportProblem =>
  problem(code, { row, field: f ? `orderImport.${f}` : undefined, params }) as OrderImportProblem;

export interface OrderFileResult {
  orders: ImportedOrder[];
  problems: OrderImportProblem[];
  /** Data rows read (blank lines not counted). */
  rows: number;
}

/** The header is the first of the first rows that names an order-number column. */
const HEADER_SEARCH_ROWS = 10;
export const MAX_IMPORT_ROWS = 100_000;

/**
 * Reads an order export (already decoded and split into CSV records): finds the header row,
 * maps the platform's column names, and turns every row into an order or a problem naming the
 * row, the column and why. A row with a problem is left out whole; every other row stands.
 * Several rows with one 订单编号 (an export with a line per item) become one order with those items.
 */
export function readOrderFile(records: readonly CsvRecord[]): OrderFileResult {
  const problems: OrderImportProblem[] = [];
  const headerAt = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => mapHeader(r.cells).columns.orderNo !== undefined);
  if (headerAt < 0) return { orders: [], rows: 0, problems: [importProblem(0, 'orderNo', 'noOrderColumn')] };
  const header = mapHeader((records[headerAt] as CsvRecord).cells);
  if (header.missing.length) {
    return { orders: [], rows: 0, problems: header.missing.map((f) => importProblem((records[headerAt] as CsvRecord).row, f, 'columnMissing')) };
  }
  const body = records.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length > MAX_IMPORT_ROWS) return { orders: [], rows: body.length, problems: [importProblem(0, null, 'tooManyRows', { count: body.length, max: MAX_IMPORT_ROWS })] };

  const byNo = new Map<string, ImportedOrder>();
  for (const record of body) {
    const order = readRow(record, header, problems);
    if (!order) continue;
    const first = byNo.get(order.orderNo);
    if (!first) {
      byNo.set(order.orderNo, order);
      continue;
    }
    first.items.push(...order.items);
    // A line per item without a unit price column: the row's amount is the order's, not the line's.
    if (header.columns.price === undefined) for (const item of first.items) item.price = 0;
  }
  return { orders: [...byNo.values()], problems, rows: body.length };
}

function readRow(record: CsvRecord, header: HeaderMap, problems: OrderImportProblem[]): ImportedOrder | null {
  const cell = (f: ImportField): string => {
    const i = header.columns[f];
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
  const before = problems.length;
  const take = <T>(f: ImportField, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(importProblem(record.row, f, parsed.code, parsed.value ? { value: parsed.value } : undefined));
    return undefined;
  };
  const orderNo = take('orderNo', parseOrderNo(cell('orderNo')));
  const buyerNick = cell('buyerNick');
  const refuse = (f: ImportField, code: ProblemCode, params?: Record<string, number>): void => void problems.push(importProblem(record.row, f, code, params));
  if (buyerNick === '') refuse('buyerNick', 'required');
  else if (buyerNick.length > 64) refuse('buyerNick', 'tooLong', { max: 64 });
  const status = take('status', parseStatus(cell('status')));
  const totalFen = take('total', parseMoneyFen(cell('total')));
  const createdAt = take('createdAt', parseShanghaiTime(cell('createdAt')));
  if (createdAt === null) refuse('createdAt', 'required');
  const paidAt = take('paidAt', parseShanghaiTime(cell('paidAt')));
  if (typeof createdAt === 'number' && typeof paidAt === 'number' && paidAt < createdAt) refuse('paidAt', 'paidBeforeCreated');
  const qty = take('qty', parseQty(cell('qty')));
  const unit = cell('price') === '' ? null : take('price', parseMoneyFen(cell('price')));
  if (problems.length > before || orderNo === undefined || status === undefined || totalFen === undefined || typeof createdAt !== 'number' || paidAt === undefined || qty === undefined || unit === undefined) return null;

  return {
    row: record.row,
    orderNo,
    buyerNick,
    status,
    totalFen,
    items: [{ title: cell('items').slice(0, 200) || '—', qty, price: unit ?? Math.round(totalFen / qty) }],
    createdAt,
    paidAt: status === 'unpaid' ? null : paidAt,
    receiver: cell('receiver').slice(0, 50),
    phone: cell('phone').slice(0, 30),
    address: cell('address').slice(0, 300),
    trackingNo: cell('trackingNo').slice(0, 40) || null,
    carrier: cell('carrier').slice(0, 40) || null,
  };
}
