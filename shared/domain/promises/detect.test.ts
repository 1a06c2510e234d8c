import { describe, expect, it } from 'vitest';
import { fromShanghai, HOUR, MINUTE } from '../../lib/time';
import { detectPromise, type PromiseKind } from './detect';

// Thursday 2026-11-19 14:20 in Shanghai.
const NOW = fromShanghai(2026, 11, 19, 14, 20);

describe('detectPromise finds promises', () => {
  it.each<[string, PromiseKind, number]>([
    ['亲，这个问题我问下仓库，明天给您答复哦', 'reply-later', fromShanghai(2026, 11, 20, 10, 0)],
    ['我查一下物流，稍后回复您', 'reply-later', NOW + 30 * MINUTE],
    ['好的亲，晚点核实清楚了告诉您', 'reply-later', NOW + 2 * HOUR],
    ['确认后第一时间通知您', 'reply-later', NOW + 30 * MINUTE],
    ['今晚给您消息', 'reply-later', fromShanghai(2026, 11, 19, 20, 0)],
    ['下午五点前给您回复', 'reply-later', fromShanghai(2026, 11, 19, 17, 0)],
    ['明天上午10点半联系您', 'reply-later', fromShanghai(2026, 11, 20, 10, 30)],
    ['这单给您备注送一个小礼物哈', 'gift', NOW + 2 * HOUR],
    ['赠品已经帮您安排上了', 'gift', NOW + 2 * HOUR],
    ['可以的，这边给您发顺丰', 'courier', NOW + 2 * HOUR],
    ['已备注改发京东快递', 'courier', NOW + 2 * HOUR],
    ['您先拍下，我给您改价', 'price', NOW + 15 * MINUTE],
    ['到货降价的话给您退差价', 'price', NOW + 15 * MINUTE],
    ['稍后给您回电话', 'callback', NOW + HOUR],
    ['明天给您打电话确认地址', 'callback', fromShanghai(2026, 11, 20, 10, 0)],
  ])('“%s” → %s', (text, kind, dueAt) => {
    expect(detectPromise(text, NOW)).toMatchObject({ kind, dueAt });
  });

  it('keeps the promise found after a refusal in another clause', () => {
    expect(detectPromise('亲，不能改价哦，明天给您答复能不能申请优惠券', NOW)).toMatchObject({ kind: 'reply-later', clause: '明天给您答复能不能申请优惠券' });
  });

  it('moves a clock time already past today to tomorrow', () => {
    expect(detectPromise('十点给您回复', NOW)?.dueAt).toBe(fromShanghai(2026, 11, 20, 10, 0));
  });
});

describe('detectPromise ignores look-alikes', () => {
  it.each([
    ['a plain greeting', '亲，在的，请问有什么可以帮您'],
    ['a refusal to adjust the price', '不好意思亲，这个价格不能改价哦'],
    ['a refusal of a courier', '我们不支持发顺丰的哦'],
    ['a fact about tomorrow, no commitment', '明天是周末，仓库休息'],
    ['a question to the buyer', '需要给您发顺丰吗？'],
    ['a statement about gifts not given', '这款没有赠品的哦'],
    ['asking the buyer to call', '您可以打客服电话咨询'],
    ['saying the courier was used already', '您的包裹是中通快递，单号已经更新'],
    ['a price with no commitment', '这款现在优惠价是99元'],
    ['the shop\'s default courier, said to everyone', '我们默认发中通快递哦'],
    ['usual timing, not a commitment', '一般明天就会给您回复物流信息的'],
    ['an empty message', ''],
  ])('%s', (_l, text) => {
    expect(detectPromise(text, NOW)).toBeNull();
  });
});
