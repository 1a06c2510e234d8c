import { describe, expect, it } from 'vitest';
import { fromShanghai } from '../../lib/time';
import { truncateUtf8, utf8ByteLength } from '../../lib/utf8';
import { canEditRemark, composeMemo, currentRemarks, formatRemark, isSuperseded, MEMO_LIMIT_BYTES, memoLimitWarning, previewMemo } from './remarks';

const at = (day: number, hour: number, minute = 0): number => fromShanghai(2025, 3, day, hour, minute);

describe('utf8ByteLength', () => {
  it.each([
    { s: '', want: 0 },
    { s: 'abc', want: 3 },
    { s: '中文', want: 6 },
    { s: '发顺丰', want: 9 },
    { s: '#发顺丰 —小王 03-10 14:05', want: 1 + 9 + 1 + 3 + 6 + 1 + 11 },
    { s: '，。！', want: 9 }, // full-width punctuation is 3 bytes too
    { s: 'é', want: 2 },
    { s: '😀', want: 4 },
    { s: '送小礼物🎁', want: 4 * 3 + 4 },
    { s: '\uD800', want: 3 }, // lone surrogate → U+FFFD
  ])('$s → $want bytes', ({ s, want }) => {
    expect(utf8ByteLength(s)).toBe(want);
    expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
  });

  it.each([
    { s: '中文abc', max: 7, want: '中文a' },
    { s: '中文abc', max: 5, want: '中' },
    { s: 'a😀b', max: 4, want: 'a' },
  ])('truncateUtf8($s, $max) = $want', ({ s, max, want }) => {
    expect(truncateUtf8(s, max)).toBe(want);
  });
});

describe('formatRemark', () => {
  it.each([
    { name: 'plain', r: { text: '发顺丰', agentName: '小王', at: at(10, 14, 5) }, want: '#发顺丰 —小王 03-10 14:05' },
    { name: 'Shanghai time, not UTC', r: { text: '改地址', agentName: '阿杰', at: Date.UTC(2025, 11, 31, 16, 30) }, want: '#改地址 —阿杰 01-01 00:30' },
    { name: 'lines and extra spaces collapse', r: { text: '  送小礼物\n  备注赠品 ', agentName: '小王', at: at(10, 9) }, want: '#送小礼物 备注赠品 —小王 03-10 09:00' },
    { name: 'a # inside text cannot start a fake remark', r: { text: '换成#2号色', agentName: '小王', at: at(10, 9) }, want: '#换成＃2号色 —小王 03-10 09:00' },
    { name: 'a right-to-left override cannot reverse the signature', r: { text: '已退款\u202E王小— ', agentName: '小\u200B王', at: at(10, 9) }, want: '#已退款王小— —小王 03-10 09:00' },
  ])('$name', ({ r, want }) => {
    expect(formatRemark(r)).toBe(want);
  });
});

describe('composeMemo', () => {
  const remarks = [
    { id: 'r2', text: '已核实地址', agentName: '阿杰', at: at(10, 15), deletedAt: null },
    { id: 'r1', text: '发顺丰', agentName: '小王', at: at(10, 14, 5), deletedAt: null },
    { id: 'r3', text: '写错了', agentName: '小王', at: at(10, 14, 6), deletedAt: at(10, 14, 7) },
  ];
  it.each([
    { name: 'time order, tombstones left out', opts: {}, want: '#发顺丰 —小王 03-10 14:05 #已核实地址 —阿杰 03-10 15:00' },
    { name: 'platform memo kept in front', opts: { base: ' 老客户 ' }, want: '老客户 #发顺丰 —小王 03-10 14:05 #已核实地址 —阿杰 03-10 15:00' },
  ])('$name', ({ opts, want }) => {
    expect(composeMemo(remarks, opts)).toBe(want);
  });

  it('ties at the same minute keep id order', () => {
    const same = [
      { id: 'b', text: '二', agentName: 'X', at: at(10, 9) },
      { id: 'a', text: '一', agentName: 'X', at: at(10, 9) },
    ];
    expect(composeMemo(same)).toBe('#一 —X 03-10 09:00 #二 —X 03-10 09:00');
  });
});

describe('memoLimitWarning (1000 UTF-8 bytes, Chinese = 3)', () => {
  it.each([
    { name: 'empty', memo: '', want: null },
    { name: '899 ASCII bytes', memo: 'a'.repeat(899), want: null },
    { name: '300 Chinese characters = 900 bytes: near', memo: '备'.repeat(300), want: { level: 'near', bytes: 900, remaining: 100, overBy: 0 } },
    { name: '333 Chinese = 999 bytes: near', memo: '备'.repeat(333), want: { level: 'near', bytes: 999, remaining: 1 } },
    { name: '1000 ASCII bytes: exactly at the limit is allowed', memo: 'a'.repeat(1000), want: { level: 'near', bytes: 1000, remaining: 0 } },
    { name: '334 Chinese = 1002 bytes: over (only 334 characters!)', memo: '备'.repeat(334), want: { level: 'over', bytes: 1002, overBy: 2, remaining: 0 } },
  ])('$name', ({ memo, want }) => {
    const got = memoLimitWarning(memo);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject({ ...want, limit: MEMO_LIMIT_BYTES });
  });

  it('warns for a draft remark that would push a Chinese memo over the limit', () => {
    // Each remark: "#" + 40 Chinese (120 bytes) + " —" (4) + "小王" (6) + " 03-10 14:05" (12) = 143 bytes, plus a 1-byte separator.
    const text = '请'.repeat(40);
    const existing = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, text, agentName: '小王', at: at(10, 14, 5) }));
    expect(utf8ByteLength(composeMemo(existing))).toBe(6 * 143 + 5);
    const preview = previewMemo(existing, { text, agentName: '小王', at: at(10, 14, 5) });
    expect(preview.bytes).toBe(7 * 143 + 6);
    expect(preview.warning).toMatchObject({ level: 'over', overBy: 7 });
    expect(preview.memo.endsWith(`#${text} —小王 03-10 14:05`)).toBe(true);
    expect(previewMemo(existing.slice(0, 5), { text: '好', agentName: '小王', at: at(10, 14, 6) }).warning).toBeNull();
  });
});

describe('canEditRemark', () => {
  it.each([
    { name: 'own live remark', remark: { agentId: 'a1', deletedAt: null }, agent: 'a1', want: true },
    { name: "another agent's remark", remark: { agentId: 'a1', deletedAt: null }, agent: 'a2', want: false },
    { name: 'supervisor on another agent’s remark is no exception', remark: { agentId: 'a1', deletedAt: null }, agent: 'supervisor', want: false },
    { name: 'own retracted remark', remark: { agentId: 'a1', deletedAt: at(10, 9) }, agent: 'a1', want: false },
    { name: 'empty agent id', remark: { agentId: '', deletedAt: null }, agent: '', want: false },
  ])('$name → $want', ({ remark, agent, want }) => {
    expect(canEditRemark(remark, agent)).toBe(want);
  });
});

describe('currentRemarks (append-only edits)', () => {
  const row = (id: string, t: number, replaces: string | null = null, deletedAt: number | null = null) => ({ id, at: t, replaces, deletedAt });
  it.each([
    { name: 'an unedited remark is current with no history', rows: [row('a', 1)], want: [['a', []]] },
    { name: 'an edit hides the replaced row and keeps it as history', rows: [row('a', 1), row('b', 1, 'a')], want: [['b', ['a']]] },
    { name: 'two edits keep both earlier texts, oldest first', rows: [row('c', 1, 'b'), row('a', 1), row('b', 1, 'a')], want: [['c', ['a', 'b']]] },
    { name: 'retracting the newest version hides the whole chain', rows: [row('a', 1), row('b', 1, 'a', 9)], want: [] },
    { name: 'an edited remark keeps its place by original time', rows: [row('a', 1), row('x', 2), row('b', 1, 'a')], want: [['b', ['a']], ['x', []]] },
  ])('$name', ({ rows, want }) => {
    expect(currentRemarks(rows).map((c) => [c.remark.id, c.history.map((h) => h.id)])).toEqual(want);
  });

  it('knows a replaced row is no longer the one to edit', () => {
    const rows = [row('a', 1), row('b', 1, 'a')];
    expect(isSuperseded(rows, 'a')).toBe(true);
    expect(isSuperseded(rows, 'b')).toBe(false);
  });
});
