import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAG_MEANINGS, FLAG_COLOURS, flagOptions, flagRange, resolveFlagMeanings, validateFlagMeanings } from './flags';

describe('flagRange', () => {
  it.each([
    { platform: 'taobao' as const, want: [0, 1, 2, 3, 4, 5] },
    { platform: 'tmall' as const, want: [0, 1, 2, 3, 4, 5] },
    { platform: 'pdd' as const, want: [1, 2, 3, 4, 5] },
    { platform: 'jd' as const, want: [0, 1, 2, 3, 4, 5] },
  ])('$platform → $want', ({ platform, want }) => {
    expect(flagRange(platform)).toEqual(want);
  });

  it('colours: Taobao 1 is red, PDD 5 is purple', () => {
    expect(FLAG_COLOURS.taobao[1]?.name).toBe('红');
    expect(FLAG_COLOURS.taobao[5]?.name).toBe('粉');
    expect(FLAG_COLOURS.pdd[5]?.name).toBe('紫');
    expect(FLAG_COLOURS.pdd[0]).toBeUndefined();
  });
});

describe('flagOptions', () => {
  it('uses the defaults, overridden by the shop', () => {
    const opts = flagOptions('pdd', { 1: '加急', 2: '  ' });
    expect(opts.map((o) => o.flag)).toEqual([1, 2, 3, 4, 5]);
    expect(opts[0]).toMatchObject({ flag: 1, meaning: '加急', colour: { name: '红' } });
    expect(opts[1]?.meaning).toBe(DEFAULT_FLAG_MEANINGS[2]);
  });
});

describe('validateFlagMeanings', () => {
  it.each([
    { name: 'taobao 0–5', platform: 'taobao' as const, raw: { 0: '普通', 5: '送礼' }, ok: true, want: null },
    { name: 'pdd has no flag 0', platform: 'pdd' as const, raw: { 0: '普通' }, ok: false, want: { code: 'notAFlag', field: 'flagMeanings.flag', params: { flag: '0', allowed: '1, 2, 3, 4, 5' } } },
    { name: 'flag 6 does not exist', platform: 'taobao' as const, raw: { 6: '新旗' }, ok: false, want: { code: 'notAFlag', field: 'flagMeanings.flag', params: { flag: '6', allowed: '0, 1, 2, 3, 4, 5' } } },
    { name: 'meaning too long', platform: 'taobao' as const, raw: { 1: '这是一个非常非常非常长的旗帜含义' }, ok: false, want: { code: 'tooLong', field: 'flagMeanings.flag', params: { max: 12, flag: '1' } } },
    { name: 'not an object', platform: 'taobao' as const, raw: ['红'], ok: false, want: { code: 'invalid', field: 'flagMeanings' } },
  ])('$name', ({ platform, raw, ok, want }) => {
    const r = validateFlagMeanings(platform, raw);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).toContainEqual(want);
  });

  it.each([
    { name: 'absent', rules: {}, want: {} },
    { name: 'valid', rules: { flagMeanings: { 1: '加急' } }, want: { 1: '加急' } },
    { name: 'invalid is ignored', rules: { flagMeanings: { 9: 'x' } }, want: {} },
  ])('resolveFlagMeanings: $name', ({ rules, want }) => {
    expect(resolveFlagMeanings('taobao', rules)).toEqual(want);
  });
});
