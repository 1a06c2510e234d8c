import type { OrderStatus } from '../../schemas/entities';
import type { CsvRecord } from '../../lib/csv';
import { problem, type Problem, type ProblemCode } from '../../lib/problem';
import { cleanNick, stripInvisible, textFault } from '../../lib/textHygiene';
import { mapHeader, type ExportPlatform, type HeaderMap, type ImportField } from './columns';
import { parseMoneyFen, parseOrderNo, parseQty, parseShanghaiTime, parseStatus, type Parsed } from './values';

/** One order read from an export file, ready to be merged into the store. */
export interface ImportedOrder {
  /** Spreadsheet row of its first line (problems and previews name it). */
  row: number;
  orderNo: string;
  buyerNick: string;
  status: OrderStatus;
  /** What the buyer owes (unpaid, closed) or paid (paid and after), postage included. */
  totalFen: number;
  /** What the buyer actually paid; null until payment. */
  paidFen: number | null;
  /** Postage within totalFen, when the export says it (买家应付邮费). */
  postageFen: number | null;
  items: ImportedItem[];
  createdAt: number;
  paidAt: number | null;
  receiver: string;
  phone: string;
  address: string;
  trackingNo: string | null;
  carrier: string | null;
  /** 买家留言: what the buyer wrote when ordering ("请发顺丰"). */
  buyerNote: string;
  /** 订单备注: the shop's memo on the platform, from before this desk. */
  sellerMemo: string;
  /** 店铺名称, checked against the shop the agent imports into. */
  shopName: string;
}

export interface ImportedItem {
  title: string;
  qty: number;
  price: number;
  /** 商家编码 and 商品属性 of a line from the 宝贝明细 export. */
  sku?: string;
  props?: string;
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
  /** Told by the header's columns; null when no platform's own columns are there. */
  platform: ExportPlatform | null;
  /** Every 店铺名称 the file names (none when it has no such column). */
  shopNames: string[];
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
  const none = { orders: [], rows: 0, platform: null, shopNames: [] };
  const headerAt = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => mapHeader(r.cells).columns.orderNo !== undefined);
  if (headerAt < 0) return { ...none, problems: [importProblem(0, 'orderNo', 'noOrderColumn')] };
  const header = mapHeader((records[headerAt] as CsvRecord).cells);
  if (header.missing.length) {
    return { ...none, problems: header.missing.map((f) => importProblem((records[headerAt] as CsvRecord).row, f, 'columnMissing')) };
  }
  const body = records.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length > MAX_IMPORT_ROWS) return { ...none, rows: body.length, problems: [importProblem(0, null, 'tooManyRows', { count: body.length, max: MAX_IMPORT_ROWS })] };
  // A line per item (JD, PDD: a unit price or SKU per line) joins lines of one 订单编号; in a
  // line-per-order export (Taobao's order list) a second line of one number is a mistake in the
  // file, and which line is right cannot be known: both are refused, naming each other.
  const linePerItem = header.columns.price !== undefined || header.columns.sku !== undefined;
  const byNo = new Map<string, ImportedOrder>();
  const doubled = new Set<string>();
  for (const record of body) {
    if (record.cells.length < header.width) {
      problems.push(importProblem(record.row, null, 'rowTruncated', { cols: record.cells.length, expected: header.width }));
      continue;
    }
    const order = readRow(record, header, problems);
    if (!order) continue;
    const first = byNo.get(order.orderNo);
    if (!first) {
      byNo.set(order.orderNo, order);
      continue;
    }
    if (!linePerItem) {
      problems.push(importProblem(order.row, 'orderNo', 'duplicateOrderNo', { first: first.row, value: order.orderNo }));
      doubled.add(order.orderNo);
      continue;
    }
    first.items.push(...order.items);
    // A line per item without a unit price column: the row's amount is the order's, not the line's.
    if (header.columns.price === undefined) for (const item of first.items) item.price = 0;
  }
  const orders = [...byNo.values()].filter((o) => !doubled.has(o.orderNo));
  const shopNames = [...new Set(orders.map((o) => o.shopName).filter((n) => n !== ''))];
  return { orders, problems, rows: body.length, platform: header.platform, shopNames };
}

/** A phone or tracking number as exported: Excel's leading apostrophe, ="…" and spaces peeled off. */
export function peelExcel(raw: string): string {
  let s = raw.trim();
  const quoted = /^="(.*)"$/.exec(s);
  if (quoted) s = quoted[1] ?? '';
  return s.replace(/^['‘’＇]+/u, '').replace(/\s+/g, '');
}

/** A row holding NUL or a decoding error (a GBK file read as something else) is refused whole, naming the column. */
function textProblem(record: CsvRecord, header: HeaderMap): OrderImportProblem | null {
  const at = record.cells.findIndex((c) => textFault(c) !== null);
  if (at < 0) return null;
  const field = (Object.entries(header.columns) as [ImportField, number][]).find(([, i]) => i === at)?.[0] ?? null;
  return importProblem(record.row, field, textFault(record.cells[at] as string) === 'nul' ? 'textNul' : 'textEncoding');
}

/**
 * One address from the split columns (省, 市, 区, 街道) and the 详细地址 after them. A part the
 * detail already holds is not written twice (some exports put the whole address in 详细地址
 * and the parts beside it), nor a part the next one repeats (直辖市: 上海 then 上海市).
 */
export function joinAddress(parts: readonly string[], detail: string): string {
  const given = parts.map((p) => p.trim()).filter((p) => p !== '');
  const head = given.filter((p, i) => !given[i + 1]?.startsWith(p) && !detail.includes(p));
  return head.join('') + detail.trim();
}

function readRow(record: CsvRecord, header: HeaderMap, problems: OrderImportProblem[]): ImportedOrder | null {
  const bad = textProblem(record, header);
  if (bad) { problems.push(bad); return null; }
  // Bidi overrides and zero-width characters removed from every cell (textHygiene).
  const cell = (f: ImportField): string => {
    const i = header.columns[f];
    return i === undefined ? '' : stripInvisible(record.cells[i] ?? '').trim();
  };
  const before = problems.length;
  const take = <T>(f: ImportField, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(importProblem(record.row, f, parsed.code, parsed.value ? { value: parsed.value } : undefined));
    return undefined;
  };
  const orderNo = take('orderNo', parseOrderNo(cell('orderNo')));
  const nick = cleanNick(cell('buyerNick'));
  const buyerNick = nick.ok ? nick.value : '';
  const refuse = (f: ImportField, code: ProblemCode, params?: Record<string, number>): void => void problems.push(importProblem(record.row, f, code, params));
  if (buyerNick === '') refuse('buyerNick', 'required');
  else if (buyerNick.length > 64) refuse('buyerNick', 'tooLong', { max: 64 });
  const status = take('status', parseStatus(cell('status')));
  const money = (f: ImportField): number | null | undefined => {
    if (header.columns[f] === undefined || cell(f) === '') return null;
    return take(f, parseMoneyFen(cell(f)));
  };
  const [owed, paid, postage] = [money('total'), money('paid'), money('postage')];
  // An unpaid or closed order's amount is what the buyer owes: its 实付 column says 0.00.
  const owing = status === 'unpaid' || status === 'closed';
  const totalFen = owing ? (owed ?? paid) : (paid || owed) ?? paid;
  if (totalFen === null && owed !== undefined && paid !== undefined) refuse(header.columns.total !== undefined ? 'total' : 'paid', 'required');
  const createdAt = take('createdAt', parseShanghaiTime(cell('createdAt')));
  if (createdAt === null) refuse('createdAt', 'required');
  const paidAt = take('paidAt', parseShanghaiTime(cell('paidAt')));
  if (typeof createdAt === 'number' && typeof paidAt === 'number' && paidAt < createdAt) refuse('paidAt', 'paidBeforeCreated');
  const qty = take('qty', parseQty(cell('qty')));
  const unit = cell('price') === '' ? null : take('price', parseMoneyFen(cell('price')));
  if (problems.length > before || orderNo === undefined || status === undefined || typeof totalFen !== 'number' || typeof createdAt !== 'number' || paidAt === undefined || qty === undefined || unit === undefined || postage === undefined) return null;
  const goodsFen = Math.max(0, totalFen - (postage ?? 0));
  const sku = cell('sku').slice(0, 60);
  return {
    row: record.row,
    orderNo,
    buyerNick,
    status,
    totalFen,
    paidFen: status === 'unpaid' ? null : (paid ?? (owing ? null : totalFen)),
    postageFen: postage,
    items: [{ title: cell('items').slice(0, 200) || '—', qty, price: unit ?? Math.round(goodsFen / qty), ...(sku ? { sku } : {}) }],
    createdAt,
    paidAt: status === 'unpaid' ? null : paidAt,
    receiver: cell('receiver').slice(0, 50),
    phone: (peelExcel(cell('phone')) || peelExcel(cell('landline'))).slice(0, 30),
    address: joinAddress([cell('province'), cell('city'), cell('district'), cell('street')], cell('address')).slice(0, 300),
    trackingNo: peelExcel(cell('trackingNo')).slice(0, 40) || null,
    carrier: cell('carrier').slice(0, 40) || null,
    buyerNote: cell('buyerNote').slice(0, 500),
    sellerMemo: cell('sellerMemo').slice(0, 1000),
    shopName: cell('shopName').slice(0, 100),
  };
}
