import { describe, expect, it } from 'vitest';
import { cleanNick, cleanRecordTexts, cleanText, stripInvisible, textFault } from './textHygiene';

describe('text hygiene at the boundary', () => {
  it.each([
    ['a NUL character', 'tb_\u0000小林', 'nul'],
    ['a GBK decoding error (U+FFFD)', '\uFFFD€', 'encoding'],
    ['plain Chinese', '亲，在吗？', null],
    ['a line break', '第一行\n第二行', null],
  ])('judges %s', (_name, input, fault) => {
    expect(textFault(input)).toBe(fault);
    expect(cleanText(input).ok).toBe(fault === null);
  });

  it.each([
    ['a right-to-left override that reverses a signature', '已退款\u202E — 小王', '已退款 — 小王'],
    ['every bidi embedding, override and isolate', '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069x', 'x'],
    ['bidi marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    ['zero-width characters in a nick', 't\u200Bb_\u200C小\u200D林\u2060\uFEFF', 'tb_小林'],
    ['control characters', 'a\u0001b\u001Fc\u007Fd\u0085e', 'abcde'],
    ['tab and line breaks, which a remark may have', 'a\tb\r\nc', 'a\tb\r\nc'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripInvisible(input)).toBe(expected);
  });

  it('turns line breaks into a space in single-line text', () => {
    expect(cleanText('名\r\n字\t号', { singleLine: true })).toEqual({ ok: true, value: '名 字 号' });
  });

  it.each([
    ['full-width letters', 'ｔｂ＿小林', 'tb_小林'],
    ['a zero-width look-alike', 'tb_小\u200B林', 'tb_小林'],
    ['surrounding spaces', '  tb_小林 ', 'tb_小林'],
    ['a bidi override', '\u202Etb_小林', 'tb_小林'],
  ])('normalises a nick with %s to the same buyer', (_name, input, expected) => {
    expect(cleanNick(input)).toEqual({ ok: true, value: expected });
  });

  it('cleans every string of a record and names the field it refuses', () => {
    expect(cleanRecordTexts({ a: 'x\u200By', n: 3, list: [{ b: '\u202Ez' }] })).toEqual({ ok: true, value: { a: 'xy', n: 3, list: [{ b: 'z' }] } });
    expect(cleanRecordTexts({ a: 'ok', list: [{ b: 'bad\u0000' }] })).toEqual({ ok: false, fault: 'nul', field: 'list[0].b' });
  });
});
