import { describe, expect, it } from 'vitest';
import { shopMismatch } from './shopCheck';

describe('checking a file against the shop it goes into', () => {
  const shop = { name: '小二旗舰店', platform: 'tmall' as const };
  it.each([
    ['a Taobao file naming the shop', { platform: 'taobao' as const, shopNames: [' 小二旗舰店 '] }, null],
    ['a file without shop names', { platform: null, shopNames: [] }, null],
    ['a file naming another shop', { platform: 'taobao' as const, shopNames: ['隔壁小店'] }, { kind: 'name', names: ['隔壁小店'] }],
    ['a JD file for a Tmall shop', { platform: 'jd' as const, shopNames: [] }, { kind: 'platform', file: 'jd' }],
  ])('%s', (_name, file, expected) => {
    expect(shopMismatch(file, shop)).toEqual(expected);
  });
  it('says nothing of the platform for a shop of another platform', () => {
    expect(shopMismatch({ platform: 'pdd', shopNames: [] }, { name: 'x', platform: 'other' })).toBeNull();
  });
});
