import type { CsvRecord } from '../../lib/csv';
import { mapDetailHeader, type DetailField } from './columns';
import { importProblem, peelExcel, type ImportedItem, type ImportedOrder, type OrderImportProblem } from './rows';
import { parseMoneyFen, parseOrderNo, parseQty } from './values';

/** Taobao's 宝贝明细 export read: the item lines of each order number. */
export interface DetailFileResult {
  lines: Map<string, ImportedItem[]>;
  problems: OrderImportProblem[];
  rows: number;
}

const HEADER_SEARCH_ROWS = 10;

/** True when the records are a 宝贝明细 export (ExportOrderDetailList), not an order list. */
export const isDetailFile = (records: readonly CsvRecord[]): boolean => records.slice(0, HEADER_SEARCH_ROWS).some((r) => mapDetailHeader(r.cells) !== null);

/**
 * Reads the 宝贝明细 export: one line per item (标题, 价格, 购买数量, 商家编码, 商品属性), keyed by
 * 订单编号. A bad line is named by row like an order row; problems name the order-list columns
 * they match (订单编号, 宝贝标题 as 标题, 商品单价 as 价格, 宝贝总数量 as 购买数量).
 */
export function readDetailFile(records: readonly CsvRecord[]): DetailFileResult {
  const headerAt = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => mapDetailHeader(r.cells) !== null);
  const lines = new Map<string, ImportedItem[]>();
  const problems: OrderImportProblem[] = [];
  if (headerAt < 0) return { lines, problems: [importProblem(0, 'orderNo', 'noOrderColumn')], rows: 0 };
  const header = records[headerAt] as CsvRecord;
  const columns = mapDetailHeader(header.cells) as Partial<Record<DetailField, number>>;
  const body = records.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  for (const record of body) {
    const cell = (f: DetailField): string => (columns[f] === undefined ? '' : (record.cells[columns[f]] ?? '').trim());
    if (record.cells.length < header.cells.length) {
      problems.push(importProblem(record.row, null, 'rowTruncated', { cols: record.cells.length, expected: header.cells.length }));
      continue;
    }
    const no = parseOrderNo(cell('orderNo'));
    const qty = parseQty(cell('qty'));
    const price = cell('price') === '' ? ({ ok: true, value: 0 } as const) : parseMoneyFen(cell('price'));
    if (!no.ok) problems.push(importProblem(record.row, 'orderNo', no.code, no.value ? { value: no.value } : undefined));
    if (!qty.ok) problems.push(importProblem(record.row, 'qty', qty.code, { value: qty.value }));
    if (!price.ok) problems.push(importProblem(record.row, 'price', price.code, { value: price.value }));
    if (!no.ok || !qty.ok || !price.ok) continue;
    const sku = peelExcel(cell('sku') || cell('outerId')).slice(0, 60);
    const props = cell('props').slice(0, 200);
    const item: ImportedItem = { title: cell('title').slice(0, 200) || '—', qty: qty.value, price: price.value, ...(sku ? { sku } : {}), ...(props ? { props } : {}) };
    lines.set(no.value, [...(lines.get(no.value) ?? []), item]);
  }
  return { lines, problems, rows: body.length };
}

/**
 * The order list with its 宝贝明细: an order's items become the detail's lines (with 商家编码 and
 * 商品属性) instead of the list's one 宝贝标题. A detail line whose order is not in the list is
 * named; an order without detail lines keeps the list's item.
 */
export function joinDetail(orders: readonly ImportedOrder[], detail: DetailFileResult): { orders: ImportedOrder[]; problems: OrderImportProblem[] } {
  const known = new Set(orders.map((o) => o.orderNo));
  const problems = [...detail.lines.keys()].filter((no) => !known.has(no)).map((no) => importProblem(0, 'orderNo', 'detailWithoutOrder', { value: no }));
  return { orders: orders.map((o) => (detail.lines.has(o.orderNo) ? { ...o, items: detail.lines.get(o.orderNo) as ImportedItem[] } : o)), problems };
}
