import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { bytesFromBase64 } from './base64';
import { decodeShopText } from './textBytes';

const base64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

describe('the text of a file a shop hands us', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('订单编号,买家会员名\r\n小林😀')],
    ['GBK (a Taobao 订单报表 saved by Excel)', new Uint8Array(iconv.encode('订单编号,买家会员名\r\n小林', 'gbk'))],
    ['GB18030 outside GBK', new Uint8Array(iconv.encode('订单编号,㐀', 'gb18030'))],
  ])('reads %s', (_label, bytes) => {
    expect(decodeShopText(bytesFromBase64(base64(bytes)))).toBe(iconv.decode(Buffer.from(bytes), _label.startsWith('UTF') ? 'utf8' : 'gb18030'));
  });
  it('gives back every byte of base64, high bytes included', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...bytesFromBase64(base64(bytes))]).toEqual([...bytes]);
  });
});
