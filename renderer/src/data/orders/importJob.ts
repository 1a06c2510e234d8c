import { importProblem, isDetailFile, joinDetail, readDetailFile, readOrderFile, type DetailFileResult, type ExportPlatform, type ImportedOrder, type OrderFileResult, type OrderImportProblem } from '@shared/domain/orderImport';
import { isRefundFile, readRefundFile, type ImportedRefund } from '@shared/domain/refundImport';
import { parseCsv } from '@shared/lib/csv';
import { bug, problemsOf, type Problem } from '@shared/lib/problem';
import { bytesFromBase64 } from '@shared/lib/base64';
import { decodeShopText } from '@shared/lib/textBytes';
import type { XiaoerDb } from '../db';
import type { WriteContext } from '../repositories/tracked';
import type { JobHandler } from '../workerChannel';
import { importOrders, previewOrderImport, type OrderImportOutcome } from './importOrders';
import { importRefunds, previewRefundImport } from '../cases/importRefunds';

/** What an import thread is told: a file (its bytes as the host gave them), a shop to preview for, go. */
export type ImportRequest =
  | { type: 'read'; base64: string; shopId: string; ctx: WriteContext }
  | { type: 'preview'; shopId: string; ctx: WriteContext }
  | { type: 'import'; shopId: string; ctx: WriteContext };

/** What the file holds, before the store is asked. */
export interface FileRead {
  /** An order export, or a refund / aftersale export (told by its header): its rows become cases. */
  kind: 'orders' | 'refunds';
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Orders the file names (rows of one 订单编号 joined), or the refund requests of a refund file. */
  orders: number;
  problems: OrderImportProblem[];
  /** Told by its columns, for the check against the shop picked. */
  platform: ExportPlatform | null;
  shopNames: string[];
  /** Item lines of a 宝贝明细 file joined to the orders (0 without one). */
  detailRows: number;
}

export type ImportReply =
  | { type: 'read'; file: FileRead; preview: OrderImportOutcome }
  | { type: 'previewed'; preview: OrderImportOutcome }
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; outcome: OrderImportOutcome }
  | { type: 'error'; problems: Problem[] };

/**
 * One order import kept in one thread (a worker, or this one where there is none): the file is
 * decoded (UTF-8, else GB18030), split into CSV records, read by the domain's rules (an order
 * list, or Taobao's 宝贝明细 picked beside it and joined to its orders) and
 * previewed here; its orders stay here until the agent confirms, and never cross back to the
 * console's thread — only counts, refused rows and progress do.
 */
export function createImportHandler(db: () => Promise<XiaoerDb>, reply: (m: ImportReply) => void): JobHandler<ImportRequest> {
  let orders: ImportedOrder[] | null = null;
  // The two files of one Taobao export, picked one after the other in either order.
  let list: OrderFileResult | null = null;
  let detail: DetailFileResult | null = null;
  const joined = (): FileRead & { orders_: ImportedOrder[] } => {
    if (!list) {
      // A 宝贝明细 alone: say what it is and ask for its order list, rather than "0 rows".
      return { kind: 'orders', rows: 0, orders: 0, orders_: [], platform: 'taobao', shopNames: [], detailRows: detail?.rows ?? 0, problems: [...(detail?.problems ?? []), importProblem(0, null, 'orderDetailFile')] };
    }
    const j = detail ? joinDetail(list.orders, detail) : { orders: list.orders, problems: [] };
    return { kind: 'orders', rows: list.rows, orders: j.orders.length, orders_: j.orders, platform: list.platform, shopNames: list.shopNames, detailRows: detail?.rows ?? 0, problems: [...list.problems, ...(detail?.problems ?? []), ...j.problems] };
  };
  // A refund export read instead: its requests wait here like an order list's orders.
  let refunds: ImportedRefund[] | null = null;
  const readRefunds = async (records: Parameters<typeof readRefundFile>[0], shopId: string, ctx: WriteContext): Promise<void> => {
    const read = readRefundFile(records);
    const file: FileRead = { kind: 'refunds', rows: read.rows, orders: read.refunds.length, problems: read.problems, platform: null, shopNames: read.shopNames, detailRows: 0 };
    const preview = await previewRefundImport(await db(), shopId, read.refunds, ctx);
    refunds = read.refunds.length ? read.refunds : null;
    reply({ type: 'read', file, preview });
  };
  return async (m) => {
    try {
      if (m.type === 'read') {
        orders = null;
        refunds = null;
        const records = parseCsv(decodeShopText(bytesFromBase64(m.base64))).records;
        if (isRefundFile(records)) return await readRefunds(records, m.shopId, m.ctx);
        if (isDetailFile(records)) detail = readDetailFile(records);
        else {
          list = readOrderFile(records);
          // A new order list starts a new export: a detail file picked before it stays only if the list came second.
          if (list.orders.length && detail && !list.orders.some((o) => detail?.lines.has(o.orderNo))) detail = null;
        }
        const { orders_: read, ...file } = joined();
        const preview = await previewOrderImport(m.shopId, read, m.ctx, await db());
        orders = read.length ? read : null;
        reply({ type: 'read', file, preview });
      } else if (refunds) {
        if (m.type === 'preview') reply({ type: 'previewed', preview: await previewRefundImport(await db(), m.shopId, refunds, m.ctx) });
        else {
          const outcome = await importRefunds(await db(), m.shopId, refunds, m.ctx);
          refunds = null;
          reply({ type: 'imported', outcome });
        }
      } else if (!orders) throw bug('no order file read');
      else if (m.type === 'preview') reply({ type: 'previewed', preview: await previewOrderImport(m.shopId, orders, m.ctx, await db()) });
      else {
        const outcome = await importOrders(m.shopId, orders, m.ctx, (done, total) => reply({ type: 'progress', done, total }), await db());
        // Kept after a failure: importing the same orders again finishes the job (what is in is unchanged).
        orders = null;
        list = null;
        detail = null;
        reply({ type: 'imported', outcome });
      }
    } catch (e) {
      reply({ type: 'error', problems: problemsOf(e) });
    }
  };
}
