import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shop } from '@shared/schemas/entities';
import iconv from 'iconv-lite';
import { TAOBAO_DETAIL_HEADER, TAOBAO_FULL_HEADER, TAOBAO_STATUSES, taobaoDetailRow, taobaoFullRow, type TaobaoOrder } from '@shared/domain/orderImport/fixtures/taobaoExport';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { createImportHandler, type ImportReply } from './importJob';
import { revealOrderContact, sendVerifyMessage } from './verify';

/**
 * A real shop's first day: Taobao 订单报表 exports with the platform's full column set, in GBK,
 * through the same handler the import worker runs, then revealed and confirmed (核实).
 */
let db: XiaoerDb;
let n = 0;
const ctx = { agentId: 'A1', now: Date.UTC(2026, 10, 25) };

beforeEach(async () => {
  db = new XiaoerDb(`taobao-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', platform: 'taobao', name: '青禾小铺', rules: {}, demo: false }], ctx);
});
afterEach(() => db.delete());

const order = (i: number, over: Partial<TaobaoOrder> = {}): TaobaoOrder => ({
  orderNo: `41${String(i).padStart(17, '0')}`, nick: `买家${i}`, status: '买家已付款，等待卖家发货', goods: '118.00', postage: '10.00', paid: '128.00',
  receiver: `收件人${i}`, address: `浙江省杭州市西湖区文三路${i}号`, phone: `1381234${String(i).padStart(4, '0')}`, createdAt: '2026-11-20 10:00:00', paidAt: '2026-11-20 10:05:00',
  title: '加绒卫衣', shopName: '青禾小铺', ...over,
});

/** One import session: files picked in turn, then the import; the replies it gave. */
async function session() {
  const replies: ImportReply[] = [];
  const handle = createImportHandler(async () => db, (m) => replies.push(m));
  const last = () => replies[replies.length - 1] as ImportReply;
  return {
    read: async (file: Buffer) => {
      await handle({ type: 'read', base64: file.toString('base64'), shopId: 'S1', ctx });
      const r = last();
      if (r.type !== 'read') throw new Error(JSON.stringify(r));
      return r;
    },
    import: async () => {
      await handle({ type: 'import', shopId: 'S1', ctx });
      const r = last();
      if (r.type !== 'imported') throw new Error(JSON.stringify(r));
      return r.outcome;
    },
  };
}

/** As the platform writes the file: GBK, CRLF. */
const gbkFile = (lines: readonly string[]): Buffer => iconv.encode(lines.join('\r\n'), 'gbk');
const taobaoFullExport = (orders: readonly TaobaoOrder[], extra: readonly string[] = []): Buffer => gbkFile([TAOBAO_FULL_HEADER.join(','), ...orders.map(taobaoFullRow), ...extra]);

const byNo = async (no: string) => (await db.orders.where('orderNo').equals(no).first())!;

describe('a Taobao order list with the full column set, in GBK', () => {
  it('reads every platform status, with the amount the buyer owes for unpaid and closed orders', async () => {
    const s = await session();
    const unpaidLike = new Set(['等待买家付款', '交易关闭', '交易被淘宝关闭']);
    const orders = TAOBAO_STATUSES.map((status, i) => order(i, { status, paid: unpaidLike.has(status) ? '0.00' : '128.00', paidAt: status === '等待买家付款' ? '' : '2026-11-20 10:05:00' }));
    const read = await s.read(taobaoFullExport(orders));
    expect(read.file.problems).toEqual([]);
    expect(read.file).toMatchObject({ rows: TAOBAO_STATUSES.length, orders: TAOBAO_STATUSES.length, platform: 'taobao', shopNames: ['青禾小铺'] });
    await s.import();
    const unpaid = await byNo(orders[0]!.orderNo);
    expect(unpaid).toMatchObject({ status: 'unpaid', totalFen: 12800, paidFen: null, postageFen: 1000 });
    expect(await byNo(orders[7]!.orderNo)).toMatchObject({ status: 'closed', totalFen: 12800, paidFen: 0 });
    expect((await db.orders.toArray()).map((o) => o.status).sort()).toEqual(['closed', 'closed', 'closed', 'completed', 'paid', 'paid', 'shipped', 'shipped', 'shipped', 'unpaid']);
  });

  it('keeps each order its own recipient: two orders of one buyer are revealed and confirmed with their own', async () => {
    const s = await session();
    const home = order(1, { nick: '小林', receiver: '林女士', address: '浙江省杭州市西湖区文三路1号', phone: '13812340001', buyerNote: '请发顺丰' });
    const gift = order(2, { nick: '小林', receiver: '林妈妈', address: '江苏省南京市鼓楼区中山路2号', phone: '13900000002', memo: '老客户 送小样' });
    await s.read(taobaoFullExport([home, gift]));
    expect(await s.import()).toMatchObject({ created: 2, newBuyers: 1 });
    const [a, b] = [await byNo(home.orderNo), await byNo(gift.orderNo)];
    expect(a.buyerId).toBe(b.buyerId);
    expect(await db.buyers.get(a.buyerId)).toMatchObject({ contactSecret: null, addressMasked: '' });
    expect(await revealOrderContact(b.id, '核实收货信息', ctx)).toEqual({ recipient: '林妈妈', phone: '13900000002', address: '江苏省南京市鼓楼区中山路2号', old: null });
    await expect(revealOrderContact(a.id, '  ', ctx)).rejects.toMatchObject({ code: 'required', problem: { field: 'audit.reason' } });
    expect(await revealOrderContact(a.id, '核实收货信息', ctx)).toEqual({ recipient: '林女士', phone: '13812340001', address: '浙江省杭州市西湖区文三路1号', old: null });
    const textA = await sendVerifyMessage(a.id, ctx);
    expect(textA).toContain('收件人：林女士');
    expect(textA).toContain('地址：浙江省杭州市西湖区文三路****');
    expect(textA).toContain('您的留言：请发顺丰');
    const textB = await sendVerifyMessage(b.id, ctx);
    expect(textB).toContain('收件人：林妈妈');
    expect(textB).toContain('电话：139****0002');
    expect(b).toMatchObject({ platformMemo: '老客户 送小样', latestRemark: '' });
    expect(await db.remarks.count()).toBe(0);
    expect((await db.audit.toArray()).map((e) => e.subjectId)).toEqual([b.id, a.id]);
  });

  it('refuses a doubled order number and a cut-short row by their rows, and imports the rest', async () => {
    const s = await session();
    const good = [order(1), order(2), order(3)];
    const cut = taobaoFullRow(order(4)).split(',').slice(0, 17).join(',');
    const read = await s.read(taobaoFullExport([...good, order(1, { paid: '1.00' })], [cut]));
    expect(read.file.problems).toEqual([
      { row: 5, field: 'orderImport.orderNo', code: 'duplicateOrderNo', params: { first: 2, value: good[0]!.orderNo } },
      { row: 6, code: 'rowTruncated', params: { cols: 17, expected: TAOBAO_FULL_HEADER.length } },
    ]);
    expect(await s.import()).toMatchObject({ created: 2 });
  });

  it('a corrected file repairs what an earlier import stored wrong, and keeps the shop’s own flag and 核实', async () => {
    const first = await session();
    const o = order(1, { status: '交易关闭', paid: '0.00', paidAt: '2026-11-20 10:05:00', receiver: '错的人' });
    await first.read(taobaoFullExport([o]));
    await first.import();
    const stored = await byNo(o.orderNo);
    await db.orders.put({ ...stored, totalFen: 0, flag: 3, latestRemark: '#已电话 —小雅' });
    const again = await session();
    await again.read(taobaoFullExport([{ ...o, receiver: '林女士', buyerNote: '请发顺丰' }]));
    expect(await again.import()).toMatchObject({ updated: 1 });
    expect(await byNo(o.orderNo)).toMatchObject({ totalFen: 12800, recipient: { name: '林女士' }, buyerNote: '请发顺丰', flag: 3, latestRemark: '#已电话 —小雅' });
  });

  it('joins the 宝贝明细 file to its orders as SKU lines, and says what the detail file is when picked alone', async () => {
    const o = order(1);
    const detail = gbkFile([TAOBAO_DETAIL_HEADER, taobaoDetailRow({ orderNo: o.orderNo, title: '加绒卫衣', price: '59.00', qty: 2, props: '颜色分类：黑色；尺码：XL', sku: 'WY-BLK-XL', status: o.status })]);
    const s = await session();
    const alone = await s.read(detail);
    expect(alone.file.problems).toEqual([{ row: 0, code: 'orderDetailFile' }]);
    const both = await s.read(taobaoFullExport([o]));
    expect(both.file).toMatchObject({ orders: 1, detailRows: 1, problems: [] });
    await s.import();
    expect((await byNo(o.orderNo)).items).toEqual([{ title: '加绒卫衣', sku: 'WY-BLK-XL', qty: 2, price: 5900, props: '颜色分类：黑色；尺码：XL' }]);
  });
});
