import { describe, expect, it } from 'vitest';
import { fillVariables, replacePlaceholders, splitTemplate, type FillOptions, type VariableValues } from './template';

describe('the one placeholder filler', () => {
  const marker = (name: string): string => `【缺:${name}】`;
  it.each<{ name: string; text: string; vars: VariableValues; opts?: FillOptions; want: string }>([
    { name: 'a known variable is replaced by its value', text: '您好{买家}', vars: { 买家: '小林' }, want: '您好小林' },
    { name: 'every occurrence is replaced', text: '{a}-{a}', vars: { a: 'x' }, want: 'x-x' },
    { name: 'numbers are written as text', text: '共{n}件', vars: { n: 3 }, want: '共3件' },
    { name: 'an unknown variable stays as written by default', text: '{买家}，{优惠券}', vars: { 买家: 'A' }, want: 'A，{优惠券}' },
    { name: 'an empty value is inserted as empty by default', text: '好的{留言}。', vars: { 留言: '' }, want: '好的。' },
    { name: 'a blank value counts as missing when asked', text: '单号{单号}', vars: { 单号: '  ' }, opts: { blankIsMissing: true, onMissing: marker }, want: '单号【缺:单号】' },
    { name: 'null and undefined count as missing', text: '{a}{b}', vars: { a: null, b: undefined }, opts: { onMissing: marker }, want: '【缺:a】【缺:b】' },
    { name: 'onMissing can keep some names as written', text: '{a}{b}', vars: {}, opts: { onMissing: (n, raw) => (n === 'a' ? marker(n) : raw) }, want: '【缺:a】{b}' },
    { name: 'spaces around a name are ignored', text: '{ 买家 }', vars: { 买家: 'A' }, want: 'A' },
    { name: 'slots are left for the composer', text: '{{尺码}}码', vars: { 尺码: 'L' }, want: '{{尺码}}码' },
    { name: 'blank braces, line breaks and JSON are plain text', text: '{ } {a\nb} {"k":1}', vars: { a: 'x' }, want: '{ } {a\nb} {"k":1}' },
    { name: 'names longer than 20 characters are plain text', text: `{${'x'.repeat(21)}}`, vars: { ['x'.repeat(21)]: 'v' }, want: `{${'x'.repeat(21)}}` },
    { name: 'inherited keys are not values', text: '{toString}', vars: {}, want: '{toString}' },
    { name: 'values are never expanded again', text: '{买家}', vars: { 买家: '{订单号}', 订单号: '1' }, want: '{订单号}' },
  ])('$name', ({ text, vars, opts, want }) => {
    expect(fillVariables(text, vars, opts)).toBe(want);
  });

  it('splits a template into text and placeholders with offsets', () => {
    expect(splitTemplate('a{x}b{{y}}')).toEqual([
      { kind: 'text', text: 'a', start: 0, end: 1 },
      { kind: 'variable', name: 'x', raw: '{x}', start: 1, end: 4 },
      { kind: 'text', text: 'b', start: 4, end: 5 },
      { kind: 'slot', name: 'y', raw: '{{y}}', start: 5, end: 10 },
    ]);
  });

  it('replaces each placeholder by what the caller says and keeps the text between', () => {
    expect(replacePlaceholders('a{x}b{{y}}c', (p) => `<${p.kind}:${p.name}>`)).toBe('a<variable:x>b<slot:y>c');
  });
});
