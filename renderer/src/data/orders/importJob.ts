import { readOrderFile, type ImportedOrder, type OrderImportProblem } from '@shared/domain/orderImport';
import { parseCsv } from '@shared/lib/csv';
import { bug, problemsOf, type Problem } from '@shared/lib/problem';
import { bytesFromBase64 } from '@shared/lib/base64';
import { decodeShopText } from '@shared/lib/textBytes';
import type { XiaoerDb } from '../db';
import type { WriteContext } from '../repositories/tracked';
import type { JobHandler } from '../workerChannel';
import { importOrders, previewOrderImport, type OrderImportOutcome } from './importOrders';

/** What an import thread is told: a file (its bytes as the host gave them), a shop to preview for, go. */
export type ImportRequest =
  | { type: 'read'; base64: string; shopId: string; ctx: WriteContext }
  | { type: 'preview'; shopId: string; ctx: WriteContext }
  | { type: 'import'; shopId: string; ctx: WriteContext };

/** What the file holds, before the store is asked. */
export interface FileRead {
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Orders the file names (rows of one 订单编号 joined). */
  orders: number;
  problems: OrderImportProblem[];
}

export type ImportReply =
  | { type: 'read'; file: FileRead; preview: OrderImportOutcome }
  | { type: 'previewed'; preview: OrderImportOutcome }
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; outcome: OrderImportOutcome }
  | { type: 'error'; problems: Problem[] };

/**
 * One order import kept in one thread (a worker, or this one where there is none): the file is
 * decoded (UTF-8, else GB18030), split into CSV records, read by the domain's rules and
 * previewed here; its orders stay here until the agent confirms, and never cross back to the
 * console's thread — only counts, refused rows and progress do.
 */
export function createImportHandler(db: () => Promise<XiaoerDb>, reply: (m: ImportReply) => void): JobHandler<ImportRequest> {
  let orders: ImportedOrder[] | null = null;
  return async (m) => {
    try {
      if (m.type === 'read') {
        orders = null;
        const read = readOrderFile(parseCsv(decodeShopText(bytesFromBase64(m.base64))).records);
        const preview = await previewOrderImport(m.shopId, read.orders, m.ctx, await db());
        orders = read.orders;
        reply({ type: 'read', file: { rows: read.rows, orders: read.orders.length, problems: read.problems }, preview });
      } else if (!orders) throw bug('no order file read');
      else if (m.type === 'preview') reply({ type: 'previewed', preview: await previewOrderImport(m.shopId, orders, m.ctx, await db()) });
      else {
        const outcome = await importOrders(m.shopId, orders, m.ctx, (done, total) => reply({ type: 'progress', done, total }), await db());
        // Kept after a failure: importing the same orders again finishes the job (what is in is unchanged).
        orders = null;
        reply({ type: 'imported', outcome });
      }
    } catch (e) {
      reply({ type: 'error', problems: problemsOf(e) });
    }
  };
}
