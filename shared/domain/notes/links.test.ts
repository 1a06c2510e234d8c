import { describe, expect, it } from 'vitest';
import { parseNoteLinks } from './links';

describe('parseNoteLinks', () => {
  it('finds an order number and a buyer nick among text', () => {
    expect(parseNoteLinks('跟进 #3921004455667788 的@tb_小鱼 换货')).toEqual([
      { kind: 'text', text: '跟进 ' },
      { kind: 'order', text: '#3921004455667788', orderNo: '3921004455667788' },
      { kind: 'text', text: ' 的' },
      { kind: 'buyer', text: '@tb_小鱼', nick: 'tb_小鱼' },
      { kind: 'text', text: ' 换货' },
    ]);
  });

  it.each([
    ['a short number is not an order', '第 #12 号', [{ kind: 'text', text: '第 #12 号' }]],
    ['a lone @ is text', '邮箱 @ 后面', [{ kind: 'text', text: '邮箱 @ 后面' }]],
    ['a nick stops at Chinese punctuation', '@阿花，明天', [{ kind: 'buyer', text: '@阿花', nick: '阿花' }, { kind: 'text', text: '，明天' }]],
    ['markup stays plain text', '<b>#123456</b>', [{ kind: 'text', text: '<b>' }, { kind: 'order', text: '#123456', orderNo: '123456' }, { kind: 'text', text: '</b>' }]],
    ['an empty body has no segments', '', []],
  ])('%s', (_l, body, expected) => {
    expect(parseNoteLinks(body)).toEqual(expected);
  });
});
