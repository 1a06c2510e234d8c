import { describe, expect, it } from 'vitest';
import type { TemplateContext } from '../phrases';
import { problem } from '../../lib/problem';
import { AUTO_REPLY_TEXT, autoReplyReason, autoReplyText, validateAutoReplyTexts, type AutoReplyInput, type AutoReplyReason } from './autoReply';

const T0 = 1_700_000_000_000;
const base: AutoReplyInput = { presence: 'busy', status: 'waiting', lastBuyerAt: T0, lastAutoAt: null, waitingCount: 1, now: T0 + 1000 };

describe('auto reply by agent status, once per round', () => {
  it.each([
    ['online, quiet desk', { presence: 'online' }, null],
    ['busy', {}, 'busy'],
    ['away', { presence: 'away' }, 'away'],
    ['already auto-replied in this round', { lastAutoAt: T0 + 500 }, null],
    ['auto-replied in an earlier round only', { lastAutoAt: T0 - 60_000 }, 'busy'],
    ['answered conversations get nothing', { status: 'answered' }, null],
    ['online but overloaded (12 waiting) and waited 90 s', { presence: 'online', waitingCount: 12, now: T0 + 90_000 }, 'overload'],
    ['online, overloaded, waited only 30 s', { presence: 'online', waitingCount: 12, now: T0 + 30_000 }, null],
  ] as const)('%s', (_name, patch, expected) => {
    expect(autoReplyReason({ ...base, ...patch } as AutoReplyInput)).toBe(expected);
  });

  it('replies once: after the auto reply is recorded the same round gets no second one', () => {
    const first = autoReplyReason(base);
    expect(first).toBe('busy');
    expect(autoReplyReason({ ...base, lastAutoAt: base.now, now: base.now + 60_000 })).toBeNull();
    // The buyer writes again after an agent's answer: a new round, a new auto reply.
    expect(autoReplyReason({ ...base, lastAutoAt: base.now, lastBuyerAt: base.now + 120_000, now: base.now + 121_000 })).toBe('busy');
  });
});

describe('a shop’s own auto-reply texts', () => {
  const rules = { autoReply: { busy: '{买家}您好，{店铺}的{客服}正在回复前面的亲，马上就到您～' } };

  it.each<[string, AutoReplyReason, Record<string, unknown>, TemplateContext, string]>([
    ['the shop’s text with its variables filled', 'busy', rules, { 买家: 'tb_小林', 店铺: '晴天小铺', 客服: '王芳' }, 'tb_小林您好，晴天小铺的王芳正在回复前面的亲，马上就到您～'],
    ['a reason the shop did not word goes out in the default words', 'away', rules, { 买家: 'tb_小林' }, AUTO_REPLY_TEXT.away],
    ['a missing value falls back to the default, never 【缺:买家】', 'busy', rules, { 店铺: '晴天小铺', 客服: '王芳' }, AUTO_REPLY_TEXT.busy],
    ['a shop without texts', 'overload', {}, {}, AUTO_REPLY_TEXT.overload],
    ['a stored text that no longer passes counts as none', 'busy', { autoReply: { busy: '{订单号}已收到' } }, { 订单号: '1' }, AUTO_REPLY_TEXT.busy],
  ])('%s', (_name, reason, shopRules, context, text) => {
    expect(autoReplyText(reason, shopRules, context)).toBe(text);
  });

  it.each<[string, unknown, ReturnType<typeof validateAutoReplyTexts>]>([
    ['texts with the three variables pass, blanks dropped', { busy: ' {店铺}稍等 ', away: '' }, { ok: true, value: { busy: '{店铺}稍等' } }],
    ['a slot nobody will fill', { busy: '稍等{{分钟}}分钟' }, { ok: false, error: [problem('slotNotAllowed', { field: 'autoReply.busy', params: { name: '{{分钟}}' } })] }],
    ['a variable an auto reply cannot know', { away: '{订单号}收到' }, { ok: false, error: [problem('variableNotAllowed', { field: 'autoReply.away', params: { name: '{订单号}', allowed: '{店铺} {客服} {买家}' } })] }],
    ['an unknown variable', { overload: '{会员}请稍等' }, { ok: false, error: [problem('unknownVariable', { field: 'autoReply.overload', params: { variable: '{会员}', name: '会员' } })] }],
    ['a text too long', { busy: '等'.repeat(301) }, { ok: false, error: [problem('tooLong', { field: 'autoReply.busy', params: { max: 300 } })] }],
  ])('checking texts: %s', (_name, raw, result) => {
    expect(validateAutoReplyTexts(raw)).toEqual(result);
  });
});
