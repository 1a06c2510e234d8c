import { fillVariables } from '../../lib/template';
import type { ReviewCause, TicketStep, TicketType } from '../../schemas/cases';
import { missingMarker } from '../phrases/template';

/**
 * What the agent sends the buyer at each aftersale step (our own wording; {买家}, {订单号},
 * {物流单号} are filled from the case). Type-specific texts replace the generic one.
 */
const STEP_PHRASES: Readonly<Record<TicketStep, string>> = {
  soothe: '{买家}您好，给您添麻烦了，真的很抱歉。您别着急，这件事我来跟进，一定给您一个交代。',
  verify: '为了尽快帮您处理，麻烦您核对一下：订单号 {订单号}，收货信息和问题描述都对吗？有照片的话也请发我一下。',
  handle: '情况我已经了解清楚了，处理方案这边已经安排上，有进展我第一时间告诉您。',
  track: '您的处理进度我一直盯着呢，新的快递单号是 {物流单号}，您留意一下物流信息。',
  revisit: '{买家}您好，想问一下问题现在解决了吗？您还满意吗？有任何不妥随时找我。',
};

const TYPE_PHRASES: Partial<Record<TicketType, Partial<Record<TicketStep, string>>>> = {
  tracking: { handle: '我这边已经联系快递公司帮您查件了，查到结果马上回复您，请您稍等一下。' },
  missing_item: { verify: '仓库正在核对您这单的发货重量，确认少发后马上给您补寄。', track: '少发的商品已经给您补寄出去了，单号 {物流单号}，给您带来不便很抱歉。' },
  wrong_item: { handle: '发错货是我们的失误，您看是换货还是退款都可以，寄回的运费由我们承担。' },
  quality: { verify: '麻烦您拍几张问题部位的照片发给我，我这边登记后马上给您处理。', handle: '质量问题由我们负责，您可以选择退款、换新或者部分退款，来回运费我们出。' },
  return_7day: { handle: '您这单符合七天无理由退换，请按页面提示寄回，寄回运费需要您这边承担哦。' },
  refund: { verify: '方便说一下是哪里不满意吗？能帮您解决的话我们尽量帮您解决。' },
  lost_parcel: { handle: '包裹在运输途中丢失了，我们已经登记并向快递公司索赔，马上给您重新发一份。' },
  intercept: { handle: '已经通知快递拦截这个包裹了，拦截成功后会退回我们仓库，我再告诉您结果。' },
  out_of_stock: { soothe: '{买家}您好，非常抱歉，您拍的这款暂时缺货了。您看是等到货、换一款，还是给您退款呢？' },
};

export function stepPhrase(type: TicketType, step: TicketStep): string {
  return TYPE_PHRASES[type]?.[step] ?? STEP_PHRASES[step];
}

/** Public replies (解释) by cause: factual, polite, no promises we cannot keep. */
export const EXPLANATION_TEMPLATES: Readonly<Record<ReviewCause, readonly string[]>> = {
  quality: [
    '感谢您的反馈，给您带来不好的体验很抱歉。商品出库前都会逐件检查，您说的问题我们已反馈给质检，也联系了您提供退换服务。',
    '对于商品的问题我们很重视，已经安排退换，来回运费由我们承担，欢迎您随时联系客服。',
  ],
  service: ['您好，高峰期回复慢了让您久等，非常抱歉。我们已经增加了客服人手，今后会更快回复您。'],
  shipping: ['您好，物流延误让您等了很久，很抱歉。我们已和快递公司沟通时效问题，后续也会为您挑选更快的线路。'],
  mood: ['谢谢您的评价。如果对商品有哪里不满意，欢迎联系客服，我们很愿意帮您解决。'],
  malicious: [
    '本单商品出库记录、物流签收和聊天记录我们都已核对，商品无质量问题，买家也未联系客服。如有疑问，欢迎其他顾客咨询客服了解真实情况。',
  ],
};

const CASE_VARIABLES = ['买家', '订单号', '物流单号'] as const;
const isCaseVariable = (name: string): boolean => (CASE_VARIABLES as readonly string[]).includes(name);

/** Fill {买家}/{订单号}/{物流单号}; a missing value leaves a visible blank marker. */
export function fillCaseTemplate(text: string, vars: Readonly<Record<string, string | null | undefined>>): string {
  const known: Record<string, string | undefined> = {};
  for (const name of CASE_VARIABLES) known[name] = vars[name]?.trim();
  // Only the case variables get a 【缺:…】 marker; any other `{…}` is not ours and stays as written.
  return fillVariables(text, known, { blankIsMissing: true, onMissing: (name, raw) => (isCaseVariable(name) ? missingMarker(name) : raw) });
}

/**
 * The variables a case fills its texts from: the buyer, the order and a tracking number (a
 * reshipment's own number wins over the order's).
 */
export function caseTemplateVars(ctx: { buyer: { nick: string } | null; order: { orderNo: string; trackingNo: string | null } | null }, reshipTrackingNo?: string | null): Record<string, string | null | undefined> {
  return { 买家: ctx.buyer?.nick, 订单号: ctx.order?.orderNo, 物流单号: reshipTrackingNo ?? ctx.order?.trackingNo };
}
