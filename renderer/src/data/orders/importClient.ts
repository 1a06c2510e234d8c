import { ProblemError } from '@shared/lib/problem';
import { getDb } from '../store';
import type { WriteContext } from '../repositories/tracked';
import { openJobChannel } from '../workerChannel';
import { withBulk } from '../live/pace';
import { createImportHandler, type FileRead, type ImportReply, type ImportRequest } from './importJob';
import type { OrderImportOutcome } from './importOrders';

export type { FileRead } from './importJob';

/**
 * One 导入订单 panel's import: read a file and preview it, preview again for another shop,
 * import. The file's orders stay in the import thread between the steps. Always close it.
 */
export interface OrderImportSession {
  read(base64: string, shopId: string, ctx: WriteContext): Promise<{ file: FileRead; preview: OrderImportOutcome }>;
  preview(shopId: string, ctx: WriteContext): Promise<OrderImportOutcome>;
  import(shopId: string, ctx: WriteContext, onProgress: (done: number, total: number) => void): Promise<OrderImportOutcome>;
  close(): void;
}

/**
 * Opens an order import in a Web Worker (falling back to this thread where none can start):
 * the console's thread only hands over the file's bytes and shows what comes back, so it
 * stays responsive while a big export is decoded, checked and written.
 */
export async function openOrderImport(): Promise<OrderImportSession> {
  let waiting: { resolve(m: ImportReply): void; reject(e: Error): void; onProgress?: (done: number, total: number) => void } | null = null;
  const onReply = (m: ImportReply): void => {
    if (m.type === 'progress') waiting?.onProgress?.(m.done, m.total);
    else if (m.type === 'error') waiting?.reject(ProblemError.of(m.problems));
    else waiting?.resolve(m);
  };
  const channel = await openJobChannel<ImportRequest, ImportReply>(
    () => new Worker(new URL('./importOrders.worker.ts', import.meta.url), { type: 'module', name: 'xiaoer-order-import' }),
    (reply) => createImportHandler(async () => getDb(), reply),
    onReply,
  );
  let queue: Promise<unknown> = Promise.resolve();
  // One question at a time: a reply always answers the request before it.
  const ask = <T extends ImportReply['type']>(m: ImportRequest, onProgress?: (done: number, total: number) => void): Promise<Extract<ImportReply, { type: T }>> => {
    const answer = queue.then(() => new Promise<ImportReply>((resolve, reject) => {
      waiting = { resolve, reject, onProgress };
      channel.post(m);
    }).finally(() => { waiting = null; }));
    queue = answer.catch(() => undefined);
    return answer as Promise<Extract<ImportReply, { type: T }>>;
  };
  return {
    read: async (base64, shopId, ctx) => {
      const r = await ask<'read'>({ type: 'read', base64, shopId, ctx });
      return { file: r.file, preview: r.preview };
    },
    preview: async (shopId, ctx) => (await ask<'previewed'>({ type: 'preview', shopId, ctx })).preview,
    // The import thread's batches reach this thread's live queries (the 订单 grid, the tray) as
    // one change each: held as a bulk write, they re-read once when the import ends.
    import: (shopId, ctx, onProgress) => withBulk(async () => (await ask<'imported'>({ type: 'import', shopId, ctx }, onProgress)).outcome),
    close: () => channel.close(),
  };
}
