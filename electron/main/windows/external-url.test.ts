import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1', true],
    ['https://taobao.com', true],
    ['https://detail.tmall.com/item.htm?id=2', true],
    ['https://item.jd.com/100.html', true],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=3', true],
    ['https://www.pinduoduo.com/', true],
    ['https://www.alibaba.com/', true],
    ['HTTPS://ITEM.TAOBAO.COM/', true],
    ['https://item.taobao.com./', true],
    ['http://item.taobao.com/', false],
    ['https://taobao.com.evil.example/', false],
    ['https://eviltaobao.com/', false],
    ['https://taobao.com@evil.example/', false],
    ['https://user:pw@item.taobao.com/', false],
    ['https://item.taobao.com:8443/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['smb://taobao.com/share', false],
    ['not a url', false],
  ])('says %s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected);
  });
});
