import { DAY, fromShanghai, HOUR, MINUTE, shanghaiParts } from '../../lib/time';

/** What an agent can promise a buyer in chat (the things Taobao counts as 违背承诺 when broken). */
export type PromiseKind = 'reply-later' | 'gift' | 'courier' | 'price' | 'callback';
export const PROMISE_KINDS: readonly PromiseKind[] = ['reply-later', 'gift', 'courier', 'price', 'callback'];

export interface DetectedPromise {
  kind: PromiseKind;
  /** The clause that made the promise, to show and to store as what was promised. */
  clause: string;
  /** Suggested due time; the agent can change it before recording. */
  dueAt: number;
}

// Checked in this order: the more specific commitments first, the generic "reply later" last.
const PATTERNS: readonly [PromiseKind, RegExp][] = [
  ['callback', /(回电|回个电话|回电话|(给|打给)您打?(个)?电话|打电话给您|致电您?|电话联系您)/u],
  ['price', /((给|帮|为)您|这边|我来|马上|稍后|拍下后?|付款前).{0,6}(改价|改个价|改一下价|改下价|修改价格|退差价|补差价|退您差价|便宜\s*\d+|优惠\s*\d+|减\s*\d+)|(退|补)您?(\d+元)?差价/u],
  ['gift', /((送|赠|加送|多送|附赠|配送|备注送)(您|给您)?.{0,6}(小礼物|礼物|赠品|小样|试用装|袜子|发圈))|((小礼物|赠品|小样).{0,6}(给您|帮您|为您).{0,4}(安排|备注|放|带上|加上))/u],
  ['courier', /((给|帮|为)您|这边|我们|可以|会|安排|备注).{0,6}(发|走|改发|换成|用)(顺丰|京东快递|京东物流|中通|圆通|韵达|申通|邮政|EMS|极兔)/u],
  ['reply-later', /(上午|下午|中午|\d{1,2}\s*[点:：]|[一二两三四五六七八九十]{1,3}点|明天|明早|明日|今晚|晚上|稍后|稍等|晚点|晚些|一会儿?|待会儿?|等会儿?|回头|等下|查到后|确认后|问好后|核实后|有结果后?).{0,10}(回复您?|答复您?|回您|告诉您|通知您|联系您|给您(消息|答复|回复|说|回话|结果)|跟您说|同步您)/u],
];

/** A clause that says we will NOT do it, or asks, is not a promise. */
const NEGATION = /(不|没|无法|没法|不能|不会|不可以|暂不|不支持|不包|恕不)/u;
const QUESTION = /(吗|么|[?？])\s*$/u;
/** Shop policy stated to everyone ("我们默认发中通") is information, not a promise to this buyer. */
const POLICY = /(默认|一般|通常|都是)/u;

/** Chinese numerals up to 24, for "三点" style times. */
const CN: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? CN[m[1]]! : 1) * 10 + (m[2] ? CN[m[2]]! : 0);
  return s.length === 1 && s in CN ? CN[s]! : null;
}

const startOfDay = (at: number): number => {
  const p = shanghaiParts(at);
  return fromShanghai(p.year, p.month, p.day);
};

/**
 * The suggested due time: an explicit clock time ("下午三点前", "明天10点") wins; otherwise
 * "tomorrow" means tomorrow 10:00, "tonight" 20:00, "later" within the hour, and for gifts,
 * couriers and prices — things to settle before the order ships or is paid — within 2 h / 15 min.
 */
export function suggestDue(kind: PromiseKind, text: string, now: number): number {
  const tomorrow = /(明天|明早|明日)/u.test(text);
  const day = startOfDay(now) + (tomorrow ? DAY : 0);
  const clock = /(上午|早上|中午|下午|晚上|今晚)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[点:：]\s*(半|\d{2})?/u.exec(text);
  if (clock) {
    let h = cnNumber(clock[2]!) ?? -1;
    const part = clock[1] ?? '';
    if (/(下午|晚上|今晚)/u.test(part) && h < 12) h += 12;
    if (part === '中午' && h < 6) h += 12;
    const min = clock[3] === '半' ? 30 : clock[3] ? Number(clock[3]) : 0;
    if (h >= 0 && h <= 24 && min < 60) {
      let at = day + h * HOUR + min * MINUTE;
      if (at <= now && !tomorrow) at += DAY;
      return at;
    }
  }
  if (tomorrow) return day + (/明早/u.test(text) ? 9.5 * HOUR : 10 * HOUR);
  if (/(今晚|晚上)/u.test(text)) {
    const at = startOfDay(now) + 20 * HOUR;
    return at > now ? at : now + HOUR;
  }
  switch (kind) {
    case 'price':
      return now + 15 * MINUTE;
    case 'gift':
    case 'courier':
      return now + 2 * HOUR;
    case 'callback':
      return now + HOUR;
    case 'reply-later':
      return /(晚点|晚些|回头)/u.test(text) ? now + 2 * HOUR : now + 30 * MINUTE;
  }
}

/**
 * Whether an agent's message promises the buyer something to be done later. Looks clause by
 * clause, so "不能改价哦，明天给您答复" still finds the reply promise and ignores the refusal.
 */
export function detectPromise(text: string, now: number): DetectedPromise | null {
  const clauses = text.split(/(?<=[，。！!；;\n~～])|(?<=[,.](?!\d))/u).map((c) => c.trim()).filter(Boolean);
  for (const clause of clauses) {
    if (QUESTION.test(clause)) continue;
    for (const [kind, re] of PATTERNS) {
      const m = re.exec(clause);
      if (!m) continue;
      // A negation before the commitment ("不能给您改价") turns it into a refusal.
      if (NEGATION.test(clause.slice(0, (m.index ?? 0) + m[0].length))) continue;
      if (POLICY.test(clause)) continue;
      return { kind, clause: clause.replace(/[，。！!；;,.~～]+$/u, '').slice(0, 120), dueAt: suggestDue(kind, clause, now) };
    }
  }
  return null;
}
