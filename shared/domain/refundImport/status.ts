import type { TicketStatus } from '../../schemas/cases';
import { sameStatusText } from '../orderImport/status';

/**
 * Where a platform's refund stands: asked, agreed and waiting for the goods, goods on their way
 * back, refused by the shop, refunded (or exchanged) — done, or withdrawn/closed — cancelled.
 */
export type RefundStage = 'requested' | 'awaitingReturn' | 'returned' | 'refused' | 'done' | 'cancelled';

/**
 * How far along a refund is. An export is a snapshot: a file older than what the store knows
 * never moves a case back. A refusal may come at any point before the end; equal ranks are
 * the file's word (the later import wins), the two ends are both final.
 */
export const REFUND_STAGE_RANK: Readonly<Record<RefundStage, number>> = { requested: 0, awaitingReturn: 1, returned: 2, refused: 2, done: 3, cancelled: 3 };

/** Every refund / aftersale status text the platforms write, as written, with its stage. */
export const REFUND_STATUSES: Readonly<Record<'taobao' | 'jd' | 'pdd', Readonly<Record<string, RefundStage>>>> = {
  // Taobao/Tmall 退款报表 (退款状态).
  taobao: {
    '买家已经申请退款，等待卖家同意': 'requested',
    '等待卖家同意': 'requested',
    '卖家已经同意退款，等待买家退货': 'awaitingReturn',
    '等待买家退货': 'awaitingReturn',
    '买家已经退货，等待卖家确认收货': 'returned',
    '等待卖家确认收货': 'returned',
    '卖家拒绝退款': 'refused',
    '退款关闭': 'cancelled',
    '退款成功': 'done',
  },
  // JD 售后服务单 (服务单状态 / 审核状态).
  jd: {
    '待审核': 'requested',
    '申请中': 'requested',
    '审核通过': 'awaitingReturn',
    '待用户发货': 'awaitingReturn',
    '待客户发货': 'awaitingReturn',
    '待收货': 'returned',
    '待商家收货': 'returned',
    '处理中': 'returned',
    '审核不通过': 'refused',
    '审核关闭': 'cancelled',
    '已取消': 'cancelled',
    '取消': 'cancelled',
    '完成': 'done',
    '已完成': 'done',
  },
  // Pinduoduo 售后 export (售后状态).
  pdd: {
    '待商家处理': 'requested',
    '待商家同意': 'requested',
    '待买家退货': 'awaitingReturn',
    '待买家发货': 'awaitingReturn',
    '待商家收货': 'returned',
    '买家已发货': 'returned',
    '驳回': 'refused',
    '商家已拒绝': 'refused',
    '平台处理中': 'refused',
    '退款成功': 'done',
    '售后成功': 'done',
    '换货成功': 'done',
    '补寄成功': 'done',
    '售后关闭': 'cancelled',
    '售后已取消': 'cancelled',
    '买家撤销': 'cancelled',
  },
};

const EXACT: ReadonlyMap<string, RefundStage> = new Map(
  Object.values(REFUND_STATUSES).flatMap((table) => Object.entries(table).map(([text, stage]) => [sameStatusText(text), stage] as const)),
);

/** For a text no table lists: the first phrase found decides (the ends first, then waiting on the buyer before the shop). */
const STAGE_PHRASES: readonly [string, RefundStage][] = [
  ['成功', 'done'], ['完成', 'done'],
  ['关闭', 'cancelled'], ['取消', 'cancelled'], ['撤销', 'cancelled'],
  ['拒绝', 'refused'], ['驳回', 'refused'], ['不通过', 'refused'],
  ['买家退货', 'awaitingReturn'], ['用户发货', 'awaitingReturn'], ['买家发货', 'awaitingReturn'],
  ['已退货', 'returned'], ['收货', 'returned'], ['寄回', 'returned'],
  ['同意', 'awaitingReturn'], ['审核通过', 'awaitingReturn'],
  ['申请', 'requested'], ['待审核', 'requested'], ['待处理', 'requested'], ['待商家', 'requested'],
];

export function refundStageOf(raw: string): RefundStage | null {
  const s = sameStatusText(raw);
  return EXACT.get(s) ?? STAGE_PHRASES.find(([phrase]) => s.includes(phrase))?.[1] ?? null;
}

/** Our case status for a stage: a refund paid out is resolved, a withdrawn one closed; the rest is work. */
export const ticketStatusOfStage = (stage: RefundStage): TicketStatus => (stage === 'done' ? 'resolved' : stage === 'cancelled' ? 'closed' : 'open');
