import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Buyer, Order, Shop } from '@shared/schemas/entities';
import { DAY, fromShanghai, MINUTE } from '@shared/lib/time';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { putTracked } from '../repositories/tracked';
import { addRemark, editRemark, readRemarkDraft, retractRemark, saveRemarkDraft } from './remarks';
import { closeUnpaidOrder, paymentQueue, sendPaymentReminder, successRates } from './payments';
import { changeAddress, confirmVerification, sendVerifyMessage, verifyQueue } from './verify';
import { EMPTY_FILTER, loadGridRows, queryOrderIds, type OrderFilter, type OrderSort } from './grid';

/** Ids and every row at once, as the grid would page them in. */
async function queryOrderGrid(f: OrderFilter, sort: OrderSort) {
  const r = await queryOrderIds(f, sort);
  return { rows: r.rows.length === r.ids.length ? r.rows : await loadGridRows(r.ids), index: r.index };
}
import { savePaymentPolicy } from './policy';
import { paymentFacts } from '../tray/payments';

let db: XiaoerDb;
let n = 0;
const T0 = fromShanghai(2026, 3, 10, 10, 0);
const A = { agentId: 'A1', now: T0 };
const B = { agentId: 'A2', now: T0 };

const order = (id: string, over: Partial<Order> = {}): Omit<Order, 'updatedAt' | 'updatedBy' | 'deletedAt'> => ({
  id, orderNo: `40${id.padStart(17, '0')}`, shopId: 'S1', buyerId: 'B1', status: 'unpaid', totalFen: 12900,
  items: [{ title: '纯棉短袖T恤', sku: 'T-01', qty: 1, price: 12900 }], createdAt: T0, paidAt: null, addressMasked: '浙江省杭州市西湖区文三路****',
  trackingNo: null, carrier: null, flag: 0, latestRemark: '', ...over,
});

beforeEach(async () => {
  db = new XiaoerDb(`orders-${++n}`);
  await db.open();
  setDbForTests(db);
  await putTracked<Shop>(db, 'shops', [{ id: 'S1', name: '小鹿童装', platform: 'taobao', rules: {}, demo: false }], A);
  await putTracked<Agent>(db, 'agents', [
    { id: 'A1', name: '小王', employeeNo: 'kf01', role: 'agent', signature: '', demo: false },
    { id: 'A2', name: '阿杰', employeeNo: 'kf02', role: 'supervisor', signature: '', demo: false },
  ], A);
  await putTracked<Buyer>(db, 'buyers', [{ id: 'B1', shopId: 'S1', nick: '小米粒妈妈', tier: 'normal', tags: [], phoneMasked: '138****5678', addressMasked: '浙江省杭州市西湖区文三路****', contactSecret: { phone: '13812345678', address: '浙江省杭州市西湖区文三路90号', name: '李娜' }, notes: '' }], A);
});
afterEach(() => db.delete());

describe('remarks repository', () => {
  it('appends signed remarks and shows the newest on the order with its flag', async () => {
    await putTracked<Order>(db, 'orders', [order('1', { status: 'paid', paidAt: T0 })], A);
    await addRemark('1', '发顺丰', 1, A);
    await addRemark('1', '已核实地址', null, { ...B, now: T0 + MINUTE });
    const o = await db.orders.get('1');
    expect(o?.latestRemark).toBe('#已核实地址 —阿杰 03-10 10:01');
    expect(o?.flag).toBe(1);
    expect(await db.remarks.count()).toBe(2);
  });

  it("refuses to edit or retract another agent's remark, and leaves it untouched", async () => {
    await putTracked<Order>(db, 'orders', [order('1')], A);
    const mine = await addRemark('1', '买家要求周五后发货', null, A);
    await expect(retractRemark(mine.id, B)).rejects.toMatchObject({ problems: [{ code: 'remarkNotYours', field: 'remarks', params: { name: '小王' } }] });
    await expect(editRemark(mine.id, '改掉', B)).rejects.toMatchObject({ problems: [{ code: 'remarkNotYours', params: { name: '小王' } }] });
    expect(await db.remarks.get(mine.id)).toMatchObject({ text: '买家要求周五后发货', deletedAt: null });
    await retractRemark(mine.id, A);
    expect((await db.remarks.get(mine.id))?.deletedAt).toBe(T0);
    expect((await db.orders.get('1'))?.latestRemark).toBe('');
  });

  it('an edit by the author appends a new version and keeps the original text stored', async () => {
    await putTracked<Order>(db, 'orders', [order('1')], A);
    const first = await addRemark('1', '周五后发货', 2, A);
    const second = await editRemark(first.id, '周六后发货', { ...A, now: T0 + 5 * MINUTE });
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ replaces: first.id, text: '周六后发货', at: T0, editedAt: T0 + 5 * MINUTE, agentName: '小王', flag: 2 });
    expect(await db.remarks.get(first.id)).toMatchObject({ text: '周五后发货', deletedAt: null });
    expect((await db.orders.get('1'))?.latestRemark).toBe('#周六后发货 —小王 03-10 10:00');
    // The replaced version cannot be edited again; only the newest one can.
    await expect(editRemark(first.id, '再改', A)).rejects.toMatchObject({ problems: [{ code: 'remarkSuperseded' }] });
    // Another agent cannot edit the new version either.
    await expect(editRemark(second.id, '改掉', B)).rejects.toMatchObject({ problems: [{ code: 'remarkNotYours' }] });
    await retractRemark(second.id, A);
    expect((await db.orders.get('1'))?.latestRemark).toBe('');
    expect(await db.remarks.count()).toBe(2);
  });

  it('keeps a draft per agent and order until it is cleared', async () => {
    await saveRemarkDraft('1', '半句话', A);
    expect(await readRemarkDraft('A1', '1')).toBe('半句话');
    expect(await readRemarkDraft('A2', '1')).toBe('');
    await saveRemarkDraft('1', '', A);
    expect(await readRemarkDraft('A1', '1')).toBe('');
  });
});

describe('催付 through the store', () => {
  it('counts the 催付成功率 only for reminders sent inside the asked window', async () => {
    await putTracked<Order>(db, 'orders', [order('1'), order('2', { createdAt: T0 + DAY })], A);
    await sendPaymentReminder({ orderId: '1', channel: 'chat', outcome: 'sent' }, { ...A, now: T0 + 11 * MINUTE });
    await sendPaymentReminder({ orderId: '2', channel: 'chat', outcome: 'sent' }, { ...A, now: T0 + DAY + 11 * MINUTE });
    const reminded = async (since: number, until?: number): Promise<number> => (await successRates(since, ['agent'], until)).reduce((n, r) => n + r.reminded, 0);
    expect(await reminded(T0, T0 + DAY)).toBe(1);
    expect(await reminded(T0 + DAY)).toBe(1);
    expect(await reminded(T0)).toBe(2);
    expect(await reminded(T0 + 11 * MINUTE + 1, T0 + DAY)).toBe(0);
  });

  it('computes due reminders from the scheduler, ignoring stored rows in state due', async () => {
    await putTracked<Order>(db, 'orders', [order('1'), order('2', { createdAt: T0 + 20 * MINUTE })], A);
    await db.reminders.put({ id: 'R0', kind: 'payment', subjectId: '2', buyerId: 'B1', shopId: 'S1', label: 'x', dueAt: T0, attempt: 1, channel: 'chat', state: 'due', outcome: null, updatedAt: T0, updatedBy: 'system', deletedAt: null });
    const at = T0 + 11 * MINUTE;
    const { rows: queue } = await paymentQueue(at);
    expect(queue.filter((r) => r.plan.kind === 'due').map((r) => r.order.id)).toEqual(['1']);
    expect((await paymentFacts(at)).map((f) => f.orderId)).toEqual(['1']);
  });

  it('a chat reminder lands in the conversation, leaves the queue, and counts in the success rate when paid', async () => {
    await putTracked<Order>(db, 'orders', [order('1')], A);
    const at = T0 + 12 * MINUTE;
    const { text } = await sendPaymentReminder({ orderId: '1', channel: 'chat', outcome: 'sent' }, { ...A, now: at });
    expect(text).toContain('小米粒妈妈');
    const msgs = await db.messages.toArray();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ from: 'agent', agentId: 'A1', text });
    expect((await paymentQueue(at + MINUTE)).rows.filter((r) => r.plan.kind === 'due')).toHaveLength(0);
    expect((await successRates(T0, ['agent']))[0]).toMatchObject({ agentId: 'A1', reminded: 1, paid: 0 });
    await db.orders.update('1', { status: 'paid', paidAt: at + 2 * MINUTE });
    expect((await successRates(T0, ['agent']))[0]).toMatchObject({ reminded: 1, paid: 1, rate: 1 });
  });

  it('closes an unpaid order only from 5 minutes after creation and with a reason', async () => {
    await putTracked<Order>(db, 'orders', [order('1')], A);
    await expect(closeUnpaidOrder('1', '买家拍错了', { ...A, now: T0 + 4 * MINUTE })).rejects.toMatchObject({ problems: [{ code: 'closeTooEarly', params: { seconds: 60 } }] });
    await expect(closeUnpaidOrder('1', '  ', { ...A, now: T0 + 6 * MINUTE })).rejects.toMatchObject({ problems: [{ code: 'required', field: 'orders.closeReason' }] });
    await closeUnpaidOrder('1', '买家拍错了', { ...A, now: T0 + 6 * MINUTE });
    expect(await db.orders.get('1')).toMatchObject({ status: 'closed', closeReason: '买家拍错了' });
  });

  it('refuses a policy with a step after auto-close, naming the field, and keeps the old one', async () => {
    const bad = { autoCloseMinutes: 30, steps: [{ anchor: 'created', minutes: 45 }], maxReminders: 2, minGapMinutes: 5, quietHours: [], skip: { minAmountFen: 0, buyerRemindedToday: false } };
    await expect(savePaymentPolicy('S1', bad, A)).rejects.toMatchObject({ problems: [{ code: 'afterClose', field: 'policy.steps.0.minutes' }] });
    expect((await db.shops.get('S1'))?.rules).toEqual({});
  });
});

describe('核实 and the grid', () => {
  it('sends the confirmation, records an address change keeping old and new, and leaves the list', async () => {
    await putTracked<Order>(db, 'orders', [order('1', { status: 'paid', paidAt: T0 }), order('2', { status: 'paid', paidAt: T0 + 1 })], A);
    expect((await verifyQueue(T0 + MINUTE)).map((r) => r.order.id)).toEqual(['1', '2']);
    const text = await sendVerifyMessage('1', { ...A, now: T0 + MINUTE });
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    await changeAddress('1', '江苏省苏州市工业园区星湖街218号', { ...A, now: T0 + 2 * MINUTE });
    const o = await db.orders.get('1');
    expect(o?.addressChanges?.[0]).toMatchObject({ from: '浙江省杭州市西湖区文三路90号', to: '江苏省苏州市工业园区星湖街218号', byName: '小王' });
    expect(o?.verification?.state).toBe('changed');
    await confirmVerification('2', B);
    expect(await verifyQueue(T0 + 3 * MINUTE)).toEqual([]);
  });

  it('finds an order by a pasted 19-digit number with spaces or ="…" and filters by status', async () => {
    await putTracked<Order>(db, 'orders', [order('1'), order('2', { status: 'paid', paidAt: T0 }), order('3', { status: 'paid', paidAt: T0, latestRemark: '#x' })], A);
    const no = (await db.orders.get('2'))!.orderNo;
    for (const q of [no, ` ${no.slice(0, 6)} ${no.slice(6)} `, `="${no}"`]) {
      const r = await queryOrderGrid({ ...EMPTY_FILTER, search: q }, { key: 'createdAt', desc: true });
      expect(r.rows.map((x) => x.orderNo)).toEqual([no]);
    }
    const paid = await queryOrderGrid({ ...EMPTY_FILTER, statuses: ['paid'], hasRemark: 'yes' }, { key: 'createdAt', desc: true });
    expect(paid.rows.map((x) => x.id)).toEqual(['3']);
    expect(paid.index).toBe('sort:createdAt ∩ [status+createdAt] ∩ latestRemark');
  });
});

describe('orders simulator', () => {
  it('some reminded buyers pay a few seconds after the reminder, others do not, and each reminder is answered once', async () => {
    await db.shops.update('S1', { demo: true, rules: { payment: { autoCloseMinutes: 1440, steps: [{ anchor: 'created', minutes: 10 }], maxReminders: 1, minGapMinutes: 0, quietHours: [], skip: { minAmountFen: 0, buyerRemindedToday: false } } } });
    const { tick } = await import('../simulators/orders');
    const ids = Array.from({ length: 12 }, (_, i) => String(i + 1));
    await putTracked<Order>(db, 'orders', ids.map((id) => order(id)), A);
    const at = T0 + 11 * MINUTE;
    for (const id of ids) await sendPaymentReminder({ orderId: id, channel: 'chat', outcome: 'sent' }, { ...A, now: at });
    await tick(at + 1_000);
    expect(await db.orders.where('status').equals('paid').count()).toBe(0);
    await tick(at + 20_000);
    const paid = (await db.orders.toArray()).filter((o) => o.status === 'paid');
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.length).toBeLessThan(ids.length);
    expect(paid.every((o) => o.paidAt === at + 20_000)).toBe(true);
    // Each paying buyer says so in the chat the reminder went into.
    const buyerLines = (await db.messages.toArray()).filter((m) => m.from === 'buyer');
    expect(buyerLines.length).toBeGreaterThanOrEqual(paid.length);
    await tick(at + 40_000);
    expect((await db.orders.toArray()).filter((o) => o.status === 'paid')).toHaveLength(paid.length);
    expect((await successRates(T0, ['agent']))[0]).toMatchObject({ reminded: 12, paid: paid.length });
  });
});
