import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv';
import { fromShanghai } from '../../lib/time';
import { readOrderFile } from '../orderImport/rows';
import { JD_SERVICE_HEADER, PDD_AFTERSALE_HEADER, taobaoRefundLines, type TaobaoRefund } from './fixtures/refundExports';
import { isRefundFile, readRefundFile } from './rows';

const records = (lines: readonly string[]) => parseCsv(lines.join('\r\n')).records;
const read = (lines: readonly string[]) => readRefundFile(records(lines));

const refund = (over: Partial<TaobaoRefund> = {}): TaobaoRefund => ({
  refundNo: '201234567890123456', orderNo: '3123456789012345678', nick: '小林爱买', paid: '128.00', amount: '64.00', needsReturn: '是',
  appliedAt: '2026-11-21 10:00:00', timeoutAt: '2026-11-23 10:00:00', status: '买家已经申请退款，等待卖家同意', reason: '质量问题', explanation: '袖口开线',
  title: '加绒卫衣', carrier: '圆通速递', trackingNo: 'YT9876543210', shopName: '青禾衣舍旗舰店', ...over,
});

describe('reading a refund export', () => {
  it('reads a Taobao 退款报表 row into a request with its case type, amount and deadline', () => {
    const r = read(taobaoRefundLines([refund()]));
    expect(r.problems).toEqual([]);
    expect(r.refunds).toEqual([{
      row: 2, refundNo: '201234567890123456', orderNo: '3123456789012345678', buyerNick: '小林爱买', stage: 'requested', platformStatus: '买家已经申请退款，等待卖家同意',
      kind: 'returnRefund', type: 'quality', amountFen: 6400, reason: '质量问题', explanation: '袖口开线', appliedAt: fromShanghai(2026, 11, 21, 10, 0),
      timeoutAt: fromShanghai(2026, 11, 23, 10, 0), title: '加绒卫衣', carrier: '圆通速递', returnTrackingNo: 'YT9876543210', shopName: '青禾衣舍旗舰店',
    }]);
    expect(r.shopNames).toEqual(['青禾衣舍旗舰店']);
  });

  it('is told from an order export by its header, and the order reader does not take it for orders', () => {
    const lines = taobaoRefundLines([refund()]);
    expect(isRefundFile(records(lines))).toBe(true);
    expect(isRefundFile(records(['订单编号,买家会员名,订单状态', '1,2,3']))).toBe(false);
    expect(readOrderFile(records(lines)).orders).toEqual([]);
  });

  it('reads a JD 售后服务单 export', () => {
    const r = read([JD_SERVICE_HEADER, '5512345678,312345678901,100012,保温杯,退货,待审核,2026-11-21 10:00:00,jd_wang,王先生,杯盖漏水 质量问题,59.90']);
    expect(r.problems).toEqual([]);
    expect(r.refunds[0]).toMatchObject({ refundNo: '5512345678', orderNo: '312345678901', buyerNick: 'jd_wang', stage: 'requested', kind: 'returnRefund', type: 'return_7day', amountFen: 5990, explanation: '杯盖漏水 质量问题' });
  });

  it('reads a Pinduoduo 售后 export without a buyer column, with unit suffixes', () => {
    const r = read(['售后列表导出', PDD_AFTERSALE_HEADER, '8800112233,261120-123456789012,保温杯,仅退款,待商家处理,19.90,少件/漏发,2026-11-21 10:00:00,晴天童装']);
    expect(r.problems).toEqual([]);
    expect(r.refunds[0]).toMatchObject({ row: 3, refundNo: '8800112233', orderNo: '261120123456789012', buyerNick: '', stage: 'requested', kind: 'refundOnly', type: 'missing_item', amountFen: 1990 });
  });

  it('names every bad cell by row and column, refuses a refund number twice naming both rows, and a cut-short row', () => {
    const lines = taobaoRefundLines([
      refund(),
      refund({ refundNo: '201234567890123457', status: '神秘', amount: '六十', appliedAt: '2026-02-31 10:00' }),
      refund({ amount: '1.00' }),
    ]);
    const r = read([...lines, '="201234567890123458",="3123456789012345678",只有三列']);
    expect(r.refunds).toEqual([]);
    expect(r.problems).toEqual([
      { row: 3, field: 'refundImport.status', code: 'unknownRefundStatus', params: { value: '神秘' } },
      { row: 3, field: 'refundImport.amount', code: 'notAmount', params: { value: '六十' } },
      { row: 3, field: 'refundImport.appliedAt', code: 'noSuchTime', params: { value: '2026-02-31 10:00' } },
      { row: 4, field: 'refundImport.refundNo', code: 'duplicateRefundNo', params: { first: 2, value: '201234567890123456' } },
      { row: 5, code: 'rowTruncated', params: { cols: 3, expected: 22 } },
    ]);
  });

  it('names the missing columns of a refund file', () => {
    const r = read(['退款编号,退款状态,买家会员名', '1,退款成功,x']);
    expect(r.problems.map((p) => p.field)).toEqual(['refundImport.orderNo', 'refundImport.appliedAt']);
  });
});
