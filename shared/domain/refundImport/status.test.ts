import { describe, expect, it } from 'vitest';
import { REFUND_STAGE_RANK, REFUND_STATUSES, refundStageOf, ticketStatusOfStage, type RefundStage } from './status';

describe('refund statuses', () => {
  const every = Object.entries(REFUND_STATUSES).flatMap(([platform, table]) => Object.entries(table).map(([text, stage]) => [platform, text, stage] as const));
  it.each(every)('reads %s’s %s as %s', (_, text, stage) => {
    expect(refundStageOf(text)).toBe(stage);
  });

  it.each([
    ['买家已经申请退款, 等待卖家同意', 'requested'],
    ['退款成功 ', 'done'],
    ['售后单已关闭', 'cancelled'],
    ['商家拒绝退货', 'refused'],
    ['等待买家退货寄回', 'awaitingReturn'],
    ['买家已退货', 'returned'],
  ] as const)('reads a text worded anew, %s, by its phrase as %s', (text, stage) => {
    expect(refundStageOf(text)).toBe(stage);
  });

  it('knows nothing of a text with no refund words', () => {
    expect(refundStageOf('神秘')).toBeNull();
  });

  it.each([
    ['requested', 'open'], ['awaitingReturn', 'open'], ['returned', 'open'], ['refused', 'open'], ['done', 'resolved'], ['cancelled', 'closed'],
  ] as const)('a case whose refund is %s is %s', (stage, status) => {
    expect(ticketStatusOfStage(stage)).toBe(status);
  });

  it('ranks the normal path forward, with both ends final', () => {
    const path: RefundStage[] = ['requested', 'awaitingReturn', 'returned', 'done'];
    expect(path.map((s) => REFUND_STAGE_RANK[s])).toEqual([0, 1, 2, 3]);
    expect(REFUND_STAGE_RANK.cancelled).toBe(REFUND_STAGE_RANK.done);
  });
});
