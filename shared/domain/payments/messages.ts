import type { OrderItem } from '../../schemas/entities';
import type { z } from 'zod';
import { formatDuration, ZH_DURATION_WORDS } from '../../lib/duration';
import { formatYuan } from '../../lib/money';
import { fillVariables } from '../../lib/template';
import type { PaymentPolicy } from './policy';
import type { ReminderChannel } from './scheduler';
import { maskAddress, maskPhone } from '../privacy';

/**
 * Message texts for 催付 and 核实, written for this product (not copied from the seeds).
 * Variables are `{名字}` placeholders filled by `fillTemplate` (same `{变量}` syntax as phrases); agents may edit the texts in
 * settings, so unknown placeholders are left as they are rather than failing.
 *
 * 催付 variables: {买家} {商品} {金额} {剩余时间} {店铺}
 * 核实 variables: {买家} {商品清单} {收件人} {电话} {地址}
 * Texts avoid absolute promises (保证, 肯定…) and 极限词 (最, 第一…) per the reply rules.
 */
export type PaymentMessageKind = 'first' | 'followup' | 'final' | 'sms';

export const PAYMENT_TEMPLATES: Readonly<Record<PaymentMessageKind, string>> = Object.freeze({
  first: '{买家}您好～看到您拍下了{商品}，还差一步付款哦。付款后我们会尽快为您打包发出，尺码、颜色或发货方面有任何拿不准的，随时问我就好。',
  followup:
    '{买家}您好，打扰一下～您的订单（{商品}，共{金额}）还在等待付款。早一点付款就能早一点安排发货、早一点收到；订单还会为您保留{剩余时间}，有什么顾虑也可以跟我说说。',
  final:
    '{买家}您好，您拍下的{商品}再过{剩余时间}就要自动关闭啦。如果还需要，麻烦在关闭前完成付款，我们收到后会尽快安排发货；如果暂时不需要了，忽略这条消息就好，感谢您的关注。',
  sms: '【{店铺}】{买家}您好，您拍下的{商品}（{金额}）还未付款，订单将在{剩余时间}后自动关闭，如仍需要请及时付款，我们会尽快发货。回T退订',
});

export const VERIFY_TEMPLATE =
  '{买家}您好，您的订单已付款成功，谢谢您！麻烦帮忙核对一下收货信息：\n{商品清单}\n收件人：{收件人}\n电话：{电话}\n地址：{地址}{买家留言}\n信息无误回复"对"就可以；如需修改，请在发货前告诉我。';

/** Which 催付 text a step uses: the first step is gentle, the last (or a before-close step) mentions closing, SMS uses the short text. */
export function paymentMessageKind(step: number, policy: Pick<PaymentPolicy, 'steps'>, channel: ReminderChannel): PaymentMessageKind {
  if (channel === 'sms') return 'sms';
  if (policy.steps[step]?.anchor === 'beforeClose') return 'final';
  if (step === 0) return 'first';
  return step === policy.steps.length - 1 ? 'final' : 'followup';
}

/** Fills `{name}` placeholders; unknown ones stay as written. */
export function fillTemplate(text: string, vars: Readonly<Record<string, string>>): string {
  return fillVariables(text, vars);
}

/**
 * Time left as buyers read it: "23小时50分钟", "2小时", "25分钟", "1分钟" — rounded up, so a
 * buyer is never told "0分钟" while the order is still open.
 */
export function formatTimeLeft(ms: number): string {
  return formatDuration(ms, ZH_DURATION_WORDS, { round: 'up' });
}

type Item = Pick<z.infer<typeof OrderItem>, 'title' | 'qty'> & { sku?: string };

const shorten = (s: string, max: number): string => {
  const chars = [...s.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
};

/** "{商品}" for a message: the first item's title, shortened, with "等N件" when there are more. */
export function itemsSummary(items: readonly Item[], maxTitleChars = 18): string {
  const first = items[0];
  if (!first) return '宝贝';
  const count = items.reduce((n, i) => n + i.qty, 0);
  const title = shorten(first.title, maxTitleChars);
  return items.length > 1 || count > 1 ? `${title}等${count}件` : title;
}

export interface PaymentMessageInput {
  buyerNick: string;
  items: readonly Item[];
  totalFen: number;
  closeAt: number;
  now: number;
  shopName?: string;
}

/** Variables for the 催付 templates. */
export function paymentMessageVars(input: PaymentMessageInput): Record<string, string> {
  return {
    买家: input.buyerNick,
    商品: itemsSummary(input.items),
    金额: formatYuan(input.totalFen),
    剩余时间: formatTimeLeft(input.closeAt - input.now),
    店铺: input.shopName ?? '',
  };
}

/** The 催付 message for a step, ready to paste (templates may be the shop's own edited copies). */
export function buildPaymentMessage(
  input: PaymentMessageInput & { step: number; channel: ReminderChannel },
  policy: Pick<PaymentPolicy, 'steps'>,
  templates: Readonly<Record<PaymentMessageKind, string>> = PAYMENT_TEMPLATES,
): string {
  return fillTemplate(templates[paymentMessageKind(input.step, policy, input.channel)], paymentMessageVars(input));
}

export interface VerifyMessageInput {
  buyerNick: string;
  items: readonly Item[];
  recipient: string;
  /** Full or masked; it is masked here either way. */
  phone: string;
  /** Full or masked; it is masked here either way. */
  address: string;
  /** 买家留言 of the order ("请发顺丰"): repeated so the buyer sees it was read. */
  buyerNote?: string;
}

/** One line per item: "· 标题（规格）×2". */
export function itemLines(items: readonly Item[]): string {
  return items.map((i) => `· ${i.title.trim()}${i.sku && i.sku.trim() ? `（${i.sku.trim()}）` : ''} ×${i.qty}`).join('\n');
}

/** The 核实 message sent after payment: items, recipient, masked phone and address. */
export function buildVerifyMessage(input: VerifyMessageInput, template: string = VERIFY_TEMPLATE): string {
  return fillTemplate(template, {
    买家: input.buyerNick,
    商品清单: itemLines(input.items),
    收件人: input.recipient.trim(),
    电话: maskPhone(input.phone),
    地址: maskAddress(input.address),
    // A line of its own, or nothing: an order without a note shows no empty 留言 line.
    买家留言: input.buyerNote?.trim() ? `\n您的留言：${input.buyerNote.trim().replace(/\s+/g, ' ')}` : '',
  });
}

