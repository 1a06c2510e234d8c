import { describe, expect, it } from 'vitest';
import { draftSlots, fillSlots, insertPhrase, leftMarkers } from './compose';

describe('putting a phrase into the composer', () => {
  it('fills variables from context, keeps slots for the agent, marks what is missing, never "undefined"', () => {
    const out = insertPhrase('{买家}您好，{商品}建议选{{尺码}}，订单{订单号}，{会员等级}', { 买家: '小林', 商品: '卫衣', 订单号: null });
    expect(out).toBe('小林您好，卫衣建议选{{尺码}}，订单【缺:订单号】，【未知:会员等级】');
    expect(out).not.toContain('undefined');
    expect(draftSlots(out)).toEqual(['尺码']);
    expect(leftMarkers(out)).toEqual(['订单号', '会员等级']);
  });

  it('sends nothing until every slot is filled, then replaces each occurrence', () => {
    const draft = '选{{尺码}}就好，{{尺码}}有现货';
    expect(fillSlots(draft, {})).toEqual({ text: draft, missing: ['尺码'] });
    expect(fillSlots(draft, { 尺码: '  ' }).missing).toEqual(['尺码']);
    expect(fillSlots(draft, { 尺码: 'L' })).toEqual({ text: '选L就好，L有现货', missing: [] });
  });

  it('leaves braces the agent typed as they are', () => {
    expect(fillSlots('{买家} {abc}', {}).text).toBe('{买家} {abc}');
  });
});
