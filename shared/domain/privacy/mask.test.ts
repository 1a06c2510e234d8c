import { describe, expect, it } from 'vitest';
import { maskAddress, maskPhone } from './mask';

describe('masking', () => {
  it.each([
    { raw: '13812345678', want: '138****5678' },
    { raw: '138 1234 5678', want: '138****5678' },
    { raw: '+86 138-1234-5678', want: '138****5678' },
    { raw: '138****5678', want: '138****5678' },
    { raw: '0571-87654321', want: '057*****4321' },
    { raw: '12345', want: '*****' },
    { raw: '', want: '' },
  ])('maskPhone($raw)', ({ raw, want }) => {
    expect(maskPhone(raw)).toBe(want);
  });

  it.each([
    { raw: '浙江省杭州市西湖区文三路398号东信大厦5楼', want: '浙江省杭州市西湖区文三路****' },
    { raw: '北京市朝阳区建国路88号', want: '北京市朝阳区建国路****' },
    { raw: '广东省深圳市南山区科技园', want: '广东省深圳市南山区****' },
    { raw: '内蒙古自治区呼和浩特市赛罕区大学西街1号', want: '内蒙古自治区呼和浩特市赛罕区大学西****' },
    { raw: '上海市浦东新区**路**号', want: '上海市浦东新区**路**号' },
  ])('maskAddress($raw)', ({ raw, want }) => {
    expect(maskAddress(raw)).toBe(want);
  });
});
