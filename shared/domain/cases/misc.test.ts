import { describe, expect, it } from 'vitest';
import type { ReviewCause } from '../../schemas/cases';
import { suggestCause } from './cause';
import { checkPhoto, MAX_PHOTO_BYTES } from './photos';
import { caseTemplateVars, fillCaseTemplate, stepPhrase } from './templates';

describe('cause suggestion', () => {
  it.each<[string, ReviewCause]>([
    ['洗了一次就有点褪色，有点失望', 'quality'],
    ['线头有点多，其他还行', 'quality'],
    ['东西还可以，就是快递走了一个星期', 'shipping'],
    ['问问题半天才有人回，客服态度一般', 'service'],
    ['千万别买，垃圾', 'malicious'],
    ['不喜欢', 'mood'],
    ['', 'mood'],
  ])('「%s」 suggests %s', (text, cause) => {
    expect(suggestCause(text).cause).toBe(cause);
  });
});

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]);
const TEXT = Uint8Array.from([...'hello world!'].map((c) => c.charCodeAt(0)));

describe('photo check', () => {
  it.each<[string, number, Uint8Array, string | null]>([
    ['a PNG is kept', 2048, PNG, null],
    ['a JPEG of exactly 10 MB is kept', MAX_PHOTO_BYTES, JPEG, null],
    ['one byte over 10 MB is refused', MAX_PHOTO_BYTES + 1, JPEG, 'photoTooLarge'],
    ['a text file renamed .png is refused', 12, TEXT, 'photoNotImage'],
    ['an empty file is refused', 0, PNG, 'photoEmpty'],
  ])('%s', (_n, size, head, code) => {
    const p = checkPhoto({ size, head });
    expect(p?.code ?? null).toBe(code);
    if (p) expect(p.field).toBe('photo');
  });
});

describe('step phrases', () => {
  it('type-specific texts replace the generic one and variables are filled', () => {
    expect(stepPhrase('quality', 'verify')).toContain('照片');
    expect(stepPhrase('tracking', 'verify')).toContain('{订单号}');
    expect(fillCaseTemplate(stepPhrase('tracking', 'verify'), { 订单号: '2043118800123456789' })).toContain('2043118800123456789');
    expect(fillCaseTemplate('单号 {物流单号}', {})).toBe('单号 【缺:物流单号】');
  });
});

describe('case template variables', () => {
  const order = { orderNo: '3125550123456789012', trackingNo: 'SF100' };
  it.each([
    { name: 'the order\'s tracking number fills 物流单号', reship: undefined, want: 'SF100' },
    { name: 'a reshipment\'s own tracking number wins over the order\'s', reship: 'YT200', want: 'YT200' },
    { name: 'no reshipment number falls back to the order\'s', reship: null, want: 'SF100' },
  ])('$name', ({ reship, want }) => {
    expect(caseTemplateVars({ buyer: { nick: '小鱼' }, order }, reship)).toEqual({ 买家: '小鱼', 订单号: order.orderNo, 物流单号: want });
  });

  it('a case without buyer or order leaves the blanks visible', () => {
    expect(fillCaseTemplate('{买家}，订单{订单号}', caseTemplateVars({ buyer: null, order: null }))).toBe('【缺:买家】，订单【缺:订单号】');
  });
});
