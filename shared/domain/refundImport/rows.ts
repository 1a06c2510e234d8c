import type { CsvRecord } from '../../lib/csv';
import { problem, type ProblemCode } from '../../lib/problem';
import type { TicketType } from '../../schemas/cases';
import { peelExcel, type OrderImportProblem } from '../orderImport/rows';
import { parseMoneyFen, parseOrderNo, parseShanghaiTime, type Parsed } from '../orderImport/values';
import { isRefundHeader, mapRefundHeader, type RefundField, type RefundHeader } from './columns';
import { aftersaleKindOf, ticketTypeOf, type AftersaleKind } from './reason';
import { refundStageOf, type RefundStage } from './status';

/** One refund / aftersale request read from an export. */
export interface ImportedRefund {
  row: number;
  /** 退款编号 / 服务单号 / 售后编号: with the platform and shop, the case's natural key. */
  refundNo: string;
  orderNo: string;
  /** Empty where the export has no buyer column (Pinduoduo): the order then names the buyer. */
  buyerNick: string;
  stage: RefundStage;
  /** The platform's own words for the status, shown on the case. */
  platformStatus: string;
  kind: AftersaleKind | null;
  type: TicketType;
  /** What the buyer asks back; null when the file does not say. */
  amountFen: number | null;
  reason: string;
  explanation: string;
  appliedAt: number;
  /** When the platform decides by itself if the shop does not answer. */
  timeoutAt: number | null;
  title: string;
  carrier: string | null;
  returnTrackingNo: string | null;
  shopName: string;
}

export interface RefundFileResult {
  refunds: ImportedRefund[];
  problems: OrderImportProblem[];
  rows: number;
  shopNames: string[];
}

const HEADER_SEARCH_ROWS = 10;

/** A refused cell or row of a refund file: field `refundImport.<column>`, like the order import's. */
export const refundProblem = (row: number, f: RefundField | null, code: ProblemCode, params?: Record<string, string | number>): OrderImportProblem =>
  problem(code, { row, field: f ? `refundImport.${f}` : undefined, params }) as OrderImportProblem;

/** True when one of the first rows is a refund export's header. */
export const isRefundFile = (records: readonly CsvRecord[]): boolean => records.slice(0, HEADER_SEARCH_ROWS).some((r) => isRefundHeader(r.cells));

/**
 * Reads a refund / aftersale export: every row becomes a request or problems naming the row,
 * the column and why; a refund number twice in one file refuses both rows (which is right
 * cannot be known), like the order import's 订单编号.
 */
export function readRefundFile(records: readonly CsvRecord[]): RefundFileResult {
  const none = { refunds: [], rows: 0, shopNames: [] };
  const headerAt = records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isRefundHeader(r.cells));
  if (headerAt < 0) return { ...none, problems: [refundProblem(0, 'refundNo', 'noRefundColumn')] };
  const headerRow = records[headerAt] as CsvRecord;
  const header = mapRefundHeader(headerRow.cells);
  if (header.missing.length) return { ...none, problems: header.missing.map((f) => refundProblem(headerRow.row, f, 'columnMissing')) };
  const problems: OrderImportProblem[] = [];
  const body = records.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const byNo = new Map<string, ImportedRefund>();
  const doubled = new Set<string>();
  for (const record of body) {
    if (record.cells.length < header.width) {
      problems.push(refundProblem(record.row, null, 'rowTruncated', { cols: record.cells.length, expected: header.width }));
      continue;
    }
    const refund = readRow(record, header, problems);
    if (!refund) continue;
    const first = byNo.get(refund.refundNo);
    if (first) {
      problems.push(refundProblem(refund.row, 'refundNo', 'duplicateRefundNo', { first: first.row, value: refund.refundNo }));
      doubled.add(refund.refundNo);
    } else byNo.set(refund.refundNo, refund);
  }
  const refunds = [...byNo.values()].filter((r) => !doubled.has(r.refundNo));
  return { refunds, problems, rows: body.length, shopNames: [...new Set(refunds.map((r) => r.shopName).filter((n) => n !== ''))] };
}

function readRow(record: CsvRecord, header: RefundHeader, problems: OrderImportProblem[]): ImportedRefund | null {
  const cell = (f: RefundField): string => {
    const i = header.columns[f];
    return i === undefined ? '' : (record.cells[i] ?? '').trim();
  };
  const before = problems.length;
  const take = <T>(f: RefundField, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push(refundProblem(record.row, f, parsed.code, parsed.value ? { value: parsed.value } : undefined));
    return undefined;
  };
  const refundNo = peelExcel(cell('refundNo')).slice(0, 40);
  if (refundNo === '') problems.push(refundProblem(record.row, 'refundNo', 'required'));
  const orderNo = take('orderNo', parseOrderNo(cell('orderNo')));
  const statusText = cell('status');
  const stage = statusText === '' ? null : refundStageOf(statusText);
  if (statusText === '') problems.push(refundProblem(record.row, 'status', 'required'));
  else if (!stage) problems.push(refundProblem(record.row, 'status', 'unknownRefundStatus', { value: statusText.slice(0, 40) }));
  const amountFen = cell('amount') === '' ? null : take('amount', parseMoneyFen(cell('amount')));
  const appliedAt = take('appliedAt', parseShanghaiTime(cell('appliedAt')));
  if (appliedAt === null) problems.push(refundProblem(record.row, 'appliedAt', 'required'));
  const timeoutAt = take('timeoutAt', parseShanghaiTime(cell('timeoutAt')));
  if (problems.length > before || !orderNo || !stage || amountFen === undefined || typeof appliedAt !== 'number' || timeoutAt === undefined) return null;
  const kind = aftersaleKindOf(cell('kind'));
  const reason = cell('reason').slice(0, 100);
  return {
    row: record.row,
    refundNo,
    orderNo,
    buyerNick: cell('buyerNick').slice(0, 64),
    stage,
    platformStatus: statusText.slice(0, 60),
    kind,
    type: ticketTypeOf(reason, kind),
    amountFen,
    reason,
    explanation: cell('explanation').slice(0, 300),
    appliedAt,
    timeoutAt,
    title: cell('title').slice(0, 200),
    carrier: cell('carrier').slice(0, 40) || null,
    returnTrackingNo: peelExcel(cell('returnTrackingNo')).slice(0, 40) || null,
    shopName: cell('shopName').slice(0, 100),
  };
}
