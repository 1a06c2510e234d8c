import { describe, expect, it } from 'vitest';
import { commandIndex, findCommands, findNames } from './commandSearch';

const index = commandIndex([
  { id: 'notes:newNote', label: '新建笔记', words: ['New note', '笔记'] },
  { id: 'payments:sms', label: '已发短信', words: ['SMS sent', '催付'] },
  { id: 'global:help', label: '打开这张快捷键表', words: ['Open this shortcut sheet', '任何页面'] },
]);

describe('palette search over commands', () => {
  it.each([
    ['新建', ['notes:newNote']],
    ['xjbj', ['notes:newNote']],
    ['xinjian', ['notes:newNote']],
    ['yfdx', ['payments:sms']],
    ['快捷键', ['global:help']],
    ['kjj', ['global:help']],
    ['sms', ['payments:sms']],
    ['催付', ['payments:sms']],
  ])('finds %s', (query, ids) => {
    expect(findCommands(index, query).slice(0, ids.length)).toEqual(ids);
  });

  it('lists every command in registry order for an empty query', () => {
    expect(findCommands(index, '  ')).toEqual(['notes:newNote', 'payments:sms', 'global:help']);
  });

  it('finds nothing for an order number', () => {
    expect(findCommands(index, '3812345678901234567')).toEqual([]);
  });
});

describe('palette search over buyers, shops and products: the phrase picker matching', () => {
  const names = commandIndex([
    { id: 'buyer:1', label: '小鹿爱吃草', words: [] },
    { id: 'buyer:2', label: 'sunny_1999', words: [] },
    { id: 'shop:1', label: '青禾衣舍旗舰店', words: [] },
    { id: 'product:1', label: '纯棉宽松短袖T恤', words: [] },
  ]);
  it.each([
    ['pinyin initials of a nick', 'xlacc', 'buyer:1'],
    ['full pinyin of a nick', 'xiaolu', 'buyer:1'],
    ['a nick as typed', 'sunny', 'buyer:2'],
    ['pinyin initials of a shop', 'qhys', 'shop:1'],
    ['full pinyin of a shop', 'qinghe', 'shop:1'],
    ['pinyin initials of a product', 'cmks', 'product:1'],
    ['Chinese characters of a product', '短袖', 'product:1'],
  ])('finds %s (%s)', (_what, query, id) => {
    expect(findNames(names, query, 8)[0]).toBe(id);
  });

  it('finds no name by a loose subsequence, nor for an empty query', () => {
    expect(findNames(names, 'xc', 8)).toEqual([]);
    expect(findNames(names, ' ', 8)).toEqual([]);
  });
});
