import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { Shop, Ticket } from '@shared/schemas/entities';
import { TAOBAO_FULL_HEADER, taobaoFullRow, type TaobaoOrder } from '@shared/domain/orderImport/fixtures/taobaoExport';
import { PDD_AFTERSALE_HEADER, taobaoRefundLines, type TaobaoRefund } from '@shared/domain/refundImport/fixtures/refundExports';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { createImportHandler, type ImportReply } from '../orders/importJob';
import { advanceTicket } from './tickets';

/** Refund exports through the same handler the import worker runs, into a real (fake-indexeddb) store. */
let db: XiaoerDb;
let n = 0;
const ctx = { agentId: 'A1', now: Date.UTC(2026, 10, 25) };

beforeEach(async () => {
  db = new XiaoerDb(`refunds-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [
    { id: 'S1', platform: 'taobao', name: '青禾小铺', rules: {}, demo: false },
    { id: 'S2', platform: 'pdd', name: '晴天童装', rules: {}, demo: false },
  ], ctx);
});
afterEach(() => db.delete());

const gbk = (lines: readonly string[]): Buffer => iconv.encode(lines.join('\r\n'), 'gbk');

async function pick(file: Buffer, shopId = 'S1') {
  const replies: ImportReply[] = [];
  const handle = createImportHandler(async () => db, (m) => replies.push(m));
  await handle({ type: 'read', base64: file.toString('base64'), shopId, ctx });
  const read = replies.at(-1) as Extract<ImportReply, { type: 'read' }>;
  if (read.type !== 'read') throw new Error(JSON.stringify(read));
  return {
    read,
    import: async () => {
      await handle({ type: 'import', shopId, ctx });
      const r = replies.at(-1) as ImportReply;
      if (r.type !== 'imported') throw new Error(JSON.stringify(r));
      return r.outcome;
    },
  };
}

const order: TaobaoOrder = {
  orderNo: '4100000000000000001', nick: '小林爱买', status: '交易成功', goods: '118.00', postage: '10.00', paid: '128.00', receiver: '林女士',
  address: '浙江省杭州市西湖区文三路1号', phone: '13812340001', createdAt: '2026-11-20 10:00:00', paidAt: '2026-11-20 10:05:00', title: '加绒卫衣', shopName: '青禾小铺',
};
const refund = (over: Partial<TaobaoRefund> = {}): TaobaoRefund => ({
  refundNo: '201234567890123456', orderNo: order.orderNo, nick: '小林爱买', paid: '128.00', amount: '64.00', needsReturn: '是', appliedAt: '2026-11-24 10:00:00',
  timeoutAt: '2026-11-26 10:00:00', status: '买家已经申请退款，等待卖家同意', reason: '质量问题', explanation: '袖口开线', title: '加绒卫衣', shopName: '青禾小铺', ...over,
});
const tickets = async (): Promise<Ticket[]> => db.tickets.toArray();

describe('importing a refund export', () => {
  it('creates cases linked to their order and buyer, says it is a refund file, and a second import changes nothing', async () => {
    await (await pick(gbk([TAOBAO_FULL_HEADER.join(','), taobaoFullRow(order)]))).import();
    const first = await pick(gbk(taobaoRefundLines([refund(), refund({ refundNo: '201234567890123457', orderNo: '4100000000000000099', nick: '新买家', reason: '少件/漏发', needsReturn: '否', amount: '20.00' })])));
    expect(first.read.file).toMatchObject({ kind: 'refunds', rows: 2, orders: 2, problems: [] });
    expect(first.read.preview).toMatchObject({ created: 2, updated: 0, unchanged: 0, newBuyers: 1, problems: [] });
    expect(await tickets()).toEqual([]);
    await first.import();
    const stored = await db.orders.where('orderNo').equals(order.orderNo).first();
    const cases = await tickets();
    expect(cases.map((t) => [t.type, t.status, t.amountFen, t.orderId, t.buyerId === stored?.buyerId]).sort()).toEqual([
      ['missing_item', 'open', 2000, null, false],
      ['quality', 'open', 6400, stored?.id, true],
    ]);
    const again = await pick(gbk(taobaoRefundLines([refund()])));
    expect(again.read.preview).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('moves a case forward with a newer file, never back with an older one, and never touches the agent’s step', async () => {
    await (await pick(gbk(taobaoRefundLines([refund()])))).import();
    const [made] = await tickets();
    await advanceTicket(made!.id, 'verify', ctx);
    await (await pick(gbk(taobaoRefundLines([refund({ status: '退款成功', amount: '60.00' })])))).import();
    expect(await tickets()).toMatchObject([{ id: made!.id, status: 'resolved', step: 'verify', amountFen: 6000, fields: { refundStage: 'done', platformStatus: '退款成功' } }]);
    const older = await pick(gbk(taobaoRefundLines([refund()])));
    expect(older.read.preview).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    await older.import();
    expect(await tickets()).toMatchObject([{ status: 'resolved', amountFen: 6000 }]);
  });

  it('refuses a Pinduoduo row whose order is not in the store (the file names no buyer), naming row and order', async () => {
    const p = await pick(gbk([PDD_AFTERSALE_HEADER, '8800112233,261120-123456789012,保温杯,仅退款,待商家处理,19.90,少件/漏发,2026-11-21 10:00:00,晴天童装']), 'S2');
    expect(p.read.preview.problems).toEqual([{ row: 2, field: 'refundImport.orderNo', code: 'refundWithoutOrder', params: { value: '261120123456789012' } }]);
    expect(p.read.preview.created).toBe(0);
  });
});
