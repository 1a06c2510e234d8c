import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../lib/utf8';
import { cutToBytes, MEMO_ELLIPSIS, platformMemo } from './memo';

const remark = (n: number, chars: number): string => `#${'备'.repeat(chars)}${n} —小王 12-01 10:0${n % 10}`;

describe('platformMemo', () => {
  it.each([
    { name: 'Taobao keeps flags 0–5', platform: 'taobao' as const, flag: 0, out: 0 },
    { name: 'Tmall keeps a red flag', platform: 'tmall' as const, flag: 1, out: 1 },
    { name: 'PDD has no flag 0: it is not sent', platform: 'pdd' as const, flag: 0, out: null },
    { name: 'PDD keeps purple (5)', platform: 'pdd' as const, flag: 5, out: 5 },
    { name: 'JD uses the Taobao set', platform: 'jd' as const, flag: 3, out: 3 },
    { name: 'no flag stays no flag', platform: 'taobao' as const, flag: null, out: null },
  ])('$name', ({ platform, flag, out }) => {
    expect(platformMemo(platform, ['#要发顺丰 —小王 12-01 10:00'], flag).flag).toBe(out);
  });

  it('sends a memo under the limit whole, counting UTF-8 bytes (a Chinese character is 3)', () => {
    const m = platformMemo('taobao', ['#发顺丰 —小王 12-01 10:00', '#加赠品 —小李 12-01 11:00'], 1);
    expect(m).toEqual({ memo: '#发顺丰 —小王 12-01 10:00 #加赠品 —小李 12-01 11:00', bytes: utf8ByteLength(m.memo), limitBytes: 1000, flag: 1, dropped: 0 });
  });

  it('leaves out the oldest remarks when the whole memo would pass 1000 bytes, and marks the cut with …', () => {
    const parts = [remark(1, 150), remark(2, 150), remark(3, 150)];
    const m = platformMemo('taobao', parts, 2);
    expect(m.bytes).toBeLessThanOrEqual(1000);
    expect(m.dropped).toBe(1);
    expect(m.memo).toBe(`${MEMO_ELLIPSIS}${parts[1]} ${parts[2]}`);
  });

  it('cuts a single remark longer than the limit at a whole character', () => {
    const m = platformMemo('pdd', [remark(1, 400)], 3);
    expect(m.bytes).toBeLessThanOrEqual(1000);
    expect(m.bytes).toBeGreaterThan(996);
    expect(m.memo.startsWith('#备备')).toBe(true);
    expect(m.dropped).toBe(0);
  });

  it('memo of exactly 1000 bytes is sent whole', () => {
    const text = 'a'.repeat(1000);
    expect(platformMemo('taobao', [text], null)).toMatchObject({ memo: text, bytes: 1000, dropped: 0 });
  });
});

describe('cutToBytes', () => {
  it.each([
    { text: '备注', limit: 5, out: '备' },
    { text: '备注', limit: 6, out: '备注' },
    { text: 'a😀b', limit: 4, out: 'a' },
    { text: 'a😀b', limit: 5, out: 'a😀' },
  ])('$text within $limit bytes is $out', ({ text, limit, out }) => {
    expect(cutToBytes(text, limit)).toBe(out);
  });
});
