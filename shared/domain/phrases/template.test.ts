import { describe, expect, it } from 'vitest';
import { MARKER_PATTERN, analyzeTemplate, hasTemplateMarkers, parseTemplate, renderTemplate } from './index';
import type { TemplateContext } from './index';

const ctx: TemplateContext = { 买家: 'tb_小林', 店铺: '小二家居', 客服: '小雨', 订单号: '2043118800123456789', 金额: '¥128.00' };

describe('analyzeTemplate', () => {
  it.each([
    ['亲，您好', [], [], []],
    ['{买家}您好，订单{订单号}已发出', ['买家', '订单号'], [], []],
    ['建议选{{尺码}}，送您{{赠品}}', [], ['尺码', '赠品'], []],
    ['{买家}，{{尺码}}和{{尺码}}，{买家}', ['买家'], ['尺码'], []],
    ['{会员等级}专享，{买家}', ['买家'], [], ['会员等级']],
    ['{ 买家 }和{{ 尺码 }}', ['买家'], ['尺码'], []],
    ['空括号{}和{ }不算', [], [], []],
    ['换行{买\n家}不算', [], [], []],
  ] as const)('finds variables, slots and unknown names in %j', (text, variables, slots, unknown) => {
    expect(analyzeTemplate(text)).toEqual({ variables, slots, unknownVariables: unknown });
  });

  it('tokenises with offsets that cover the whole text', () => {
    const text = '亲{买家}，选{{尺码}}吧{未知}';
    const tokens = parseTemplate(text);
    expect(tokens.map((t) => t.kind)).toEqual(['text', 'variable', 'text', 'slot', 'text', 'unknown']);
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
  });
});

describe('renderTemplate', () => {
  it.each([
    ['fills every known variable', '{买家}，订单{订单号}实付{金额}', ctx, {}, 'tb_小林，订单2043118800123456789实付¥128.00', []],
    ['marks a missing variable instead of writing undefined', '运单号{物流单号}', ctx, {}, '运单号【缺:物流单号】', ['variable:物流单号']],
    ['treats a blank value as missing', '{买家}您好', { 买家: '  ' }, {}, '【缺:买家】您好', ['variable:买家']],
    ['treats null as missing', '{客服}为您服务', { 客服: null }, {}, '【缺:客服】为您服务', ['variable:客服']],
    ['fills required slots from what the agent typed', '建议选{{尺码}}', ctx, { 尺码: 'L码' }, '建议选L码', []],
    ['asks for an unfilled slot once even when used twice', '{{尺码}}有货，{{尺码}}偏大', ctx, {}, '【缺:尺码】有货，【缺:尺码】偏大', ['slot:尺码']],
    ['marks an unknown variable', '{会员等级}专享', ctx, {}, '【未知:会员等级】专享', ['unknown:会员等级']],
    ['never expands a value again', '{买家}您好', { 买家: '{订单号}' }, {}, '{订单号}您好', []],
    ['does not read slot values from the prototype', '{{constructor}}', ctx, {}, '【缺:constructor】', ['slot:constructor']],
    ['leaves plain braces alone', '表情{ }和{}', ctx, {}, '表情{ }和{}', []],
  ] as const)('%s', (_name, text, context, slots, expected, missing) => {
    const r = renderTemplate(text, context, slots);
    expect(r.text).toBe(expected);
    expect(r.text).not.toContain('undefined');
    expect(r.missing.map((m) => `${m.kind}:${m.name}`)).toEqual(missing);
  });

  it('leaves markers the composer can find before sending', () => {
    const { text } = renderTemplate('{买家}，选{{尺码}}，{会员}', {}, {});
    expect(text.match(MARKER_PATTERN)).toEqual(['【缺:买家】', '【缺:尺码】', '【未知:会员】']);
    expect(hasTemplateMarkers(text)).toBe(true);
    expect(hasTemplateMarkers(text)).toBe(true);
    expect(hasTemplateMarkers(renderTemplate('{买家}您好', { 买家: '小林' }).text)).toBe(false);
  });
});
