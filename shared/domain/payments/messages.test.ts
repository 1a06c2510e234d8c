import { describe, expect, it } from 'vitest';
import { fromShanghai, HOUR, MINUTE } from '../../lib/time';
import { DEFAULT_PAYMENT_POLICY, PROMOTION_PAYMENT_POLICY } from './policy';
import {
  buildPaymentMessage,
  buildVerifyMessage,
  formatTimeLeft,
  itemsSummary,
  PAYMENT_TEMPLATES,
  paymentMessageKind,
  fillTemplate,
  VERIFY_TEMPLATE,
} from './messages';
import { isOrderNo, normalizeOrderNo } from './orderNo';

const now = fromShanghai(2025, 3, 10, 10, 30);
const items = [
  { title: '纯棉宽松圆领短袖T恤 男女同款 夏季新品', sku: '白色 XL', qty: 1 },
  { title: '帆布托特包', sku: '', qty: 2 },
];

describe('payment message templates', () => {
  it.each(Object.entries(PAYMENT_TEMPLATES))('%s template avoids absolute promises and 极限词, and uses known variables', (_kind, text) => {
    for (const word of ['保证', '肯定', '绝对', '100%', '最', '第一', '唯一', '顶级']) expect(text).not.toContain(word);
    const vars = [...text.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const v of vars) expect(['买家', '商品', '金额', '剩余时间', '店铺']).toContain(v);
    expect(text).toContain('{买家}');
  });

  it.each([
    { step: 0, policy: DEFAULT_PAYMENT_POLICY, channel: 'chat' as const, want: 'first' },
    { step: 1, policy: DEFAULT_PAYMENT_POLICY, channel: 'chat' as const, want: 'followup' },
    { step: 2, policy: DEFAULT_PAYMENT_POLICY, channel: 'chat' as const, want: 'final' },
    { step: 1, policy: PROMOTION_PAYMENT_POLICY, channel: 'chat' as const, want: 'final' },
    { step: 0, policy: { steps: [{ anchor: 'created' as const, minutes: 10 }] }, channel: 'chat' as const, want: 'first' },
    { step: 1, policy: DEFAULT_PAYMENT_POLICY, channel: 'sms' as const, want: 'sms' },
  ])('step $step on $channel uses "$want"', ({ step, policy, channel, want }) => {
    expect(paymentMessageKind(step, policy, channel)).toBe(want);
  });

  it('renders the final step with time left and no placeholders left', () => {
    const text = buildPaymentMessage({ buyerNick: '小鱼', items, totalFen: 15_900, closeAt: now + HOUR, now, step: 2, channel: 'chat' }, DEFAULT_PAYMENT_POLICY);
    expect(text).toContain('小鱼');
    expect(text).toContain('1小时');
    expect(text).toContain('纯棉宽松圆领短袖T恤 男女同款 夏季…等3件');
    expect(text).not.toMatch(/\{[^}]+\}/);
  });

  it('renders the SMS with shop name and amount', () => {
    const text = buildPaymentMessage({ buyerNick: '小鱼', items: items.slice(0, 1), totalFen: 9_900, closeAt: now + 25 * MINUTE, now, step: 1, channel: 'sms', shopName: '棉语小铺' }, DEFAULT_PAYMENT_POLICY);
    expect(text.startsWith('【棉语小铺】小鱼您好')).toBe(true);
    expect(text).toContain('¥99.00');
    expect(text).toContain('25分钟');
  });

  it('keeps unknown placeholders as written', () => {
    expect(fillTemplate('{买家}，{优惠券}', { 买家: 'A' })).toBe('A，{优惠券}');
  });
});

describe('formatting', () => {
  it.each([
    { ms: 23 * HOUR + 50 * MINUTE, want: '23小时50分钟' },
    { ms: 2 * HOUR, want: '2小时' },
    { ms: 25 * MINUTE, want: '25分钟' },
    { ms: 24 * MINUTE + 1, want: '25分钟' },
    { ms: 20_000, want: '1分钟' },
    { ms: -5, want: '1分钟' },
  ])('formatTimeLeft($ms) = $want', ({ ms, want }) => {
    expect(formatTimeLeft(ms)).toBe(want);
  });

  it.each([
    { items: [], want: '宝贝' },
    { items: [{ title: '帆布托特包', qty: 1 }], want: '帆布托特包' },
    { items: [{ title: '帆布托特包', qty: 3 }], want: '帆布托特包等3件' },
  ])('itemsSummary → $want', ({ items: list, want }) => {
    expect(itemsSummary(list)).toBe(want);
  });
});

describe('核实 message', () => {
  it("repeats the order's 买家留言 after the address, so the buyer sees it was read", () => {
    const text = buildVerifyMessage({ buyerNick: '小鱼', items, recipient: '林小雨', phone: '13812345678', address: '浙江省杭州市西湖区文三路398号', buyerNote: ' 请发顺丰\n谢谢 ' });
    expect(text.split('\n').slice(-3, -1)).toEqual(['地址：浙江省杭州市西湖区文三路****', '您的留言：请发顺丰 谢谢']);
  });

  it('lists items, recipient, masked phone and address', () => {
    const text = buildVerifyMessage({ buyerNick: '小鱼', items, recipient: '林小雨', phone: '13812345678', address: '浙江省杭州市西湖区文三路398号东信大厦5楼' });
    expect(text).toBe(
      [
        '小鱼您好，您的订单已付款成功，谢谢您！麻烦帮忙核对一下收货信息：',
        '· 纯棉宽松圆领短袖T恤 男女同款 夏季新品（白色 XL） ×1',
        '· 帆布托特包 ×2',
        '收件人：林小雨',
        '电话：138****5678',
        '地址：浙江省杭州市西湖区文三路****',
        '信息无误回复"对"就可以；如需修改，请在发货前告诉我。',
      ].join('\n'),
    );
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('398');
  });

  it('template has no absolute promises', () => {
    for (const word of ['保证', '肯定', '绝对', '最', '第一']) expect(VERIFY_TEMPLATE).not.toContain(word);
  });
});

describe('normalizeOrderNo', () => {
  it.each([
    { raw: '1234567890123456789', want: '1234567890123456789' },
    { raw: '  1234 5678 9012 3456 789 ', want: '1234567890123456789' },
    { raw: '="1234567890123456789"', want: '1234567890123456789' },
    { raw: ' = "1234567890123456789" ', want: '1234567890123456789' },
    { raw: '＝“1234567890123456789”', want: '1234567890123456789' },
    { raw: "'1234567890123456789", want: '1234567890123456789' },
    { raw: '"1234567890123456789"', want: '1234567890123456789' },
    { raw: '"=""1234567890123456789"""', want: '1234567890123456789' },
    { raw: '\t1234567890123456789\r\n', want: '1234567890123456789' },
    { raw: '1234\u00A05678\u3000 9012\u200B3456789', want: '1234567890123456789' },
    { raw: '１２３４５６７８９０１２３', want: '1234567890123' },
    { raw: '1.23457E+18', want: '1.23457E+18' },
    { raw: '201120-012345678901234', want: '201120012345678901234' },
    { raw: '201120－0123456789', want: '2011200123456789' },
  ])('$raw → $want', ({ raw, want }) => {
    expect(normalizeOrderNo(raw)).toBe(want);
  });

  it.each([
    { s: '1234567890123456789', want: true },
    { s: '12345', want: false },
    { s: '1.23457E+18', want: false },
  ])('isOrderNo($s) = $want', ({ s, want }) => {
    expect(isOrderNo(s)).toBe(want);
  });
});
