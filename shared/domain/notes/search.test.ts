import { describe, expect, it } from 'vitest';
import { matchesNote, noteSearchKey, pinyinInitials } from './search';

const note = { id: 'n1', title: '退换货流程', body: '客户投诉尺码偏小，记得先道歉再核实订单。', tags: ['售后'] };

describe('note search', () => {
  it('spells pinyin initials per Han character and keeps latin letters and digits', () => {
    expect(pinyinInitials('退换货流程')).toBe('thhlc');
    expect(pinyinInitials('报价单A2')).toBe('bjda2');
  });

  it.each([
    ['a word from the body', '投诉', true],
    ['the initials of the title', 'thh', true],
    ['the initials of a body phrase', 'khts', true],
    ['a tag', '售后', true],
    ['two words that both occur', '道歉 核实', true],
    ['full-width letters typed by an IME', 'ｔｈｈ', true],
    ['a word that does not occur', '发票', false],
    ['initials that do not occur', 'xyz', false],
    ['two words where one is missing', '道歉 发票', false],
  ])('matches %s → %s', (_l, query, expected) => {
    expect(matchesNote(noteSearchKey(note), query)).toBe(expected);
  });
});
