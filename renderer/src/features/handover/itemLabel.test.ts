import { describe, expect, it } from 'vitest';
import { itemLabel } from './itemLabel';

const WORDS: Record<string, string> = { 'caseKind.type.lost_parcel': '丢件', 'caseKind.type.missing_item': '少发', 'caseKind.rating.negative': '差评' };
const t = (key: string, o?: Record<string, unknown>): string => WORDS[key] ?? String(o?.['defaultValue'] ?? key);

describe('a handover line names its case kind in the agent language', () => {
  it.each([
    ['a case kind', { kind: 'tickets', label: '小鹿爱吃草 · lost_parcel' }, '小鹿爱吃草 · 丢件'],
    ['another case kind', { kind: 'tickets', label: 'tb_1234ab · missing_item' }, 'tb_1234ab · 少发'],
    ['a review rating', { kind: 'reviews', label: '团子在发呆 · negative' }, '团子在发呆 · 差评'],
    ['a nick with the separator in it: only the last part is the kind', { kind: 'tickets', label: 'a · b · lost_parcel' }, 'a · b · 丢件'],
    ['an unknown value stays as written rather than show a key', { kind: 'tickets', label: '买家 · new_kind' }, '买家 · new_kind'],
    ['other lines are left alone', { kind: 'payments', label: '3812345678901234567' }, '3812345678901234567'],
    ['a line without a kind part', { kind: 'tickets', label: '买家' }, '买家'],
  ])('%s', (_what, item, shown) => {
    expect(itemLabel(t, item)).toBe(shown);
  });
});
