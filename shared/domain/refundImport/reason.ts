import type { TicketType } from '../../schemas/cases';

/** What the buyer asked for: money only, money against the goods sent back, another piece, a repair, a reship. */
export type AftersaleKind = 'refundOnly' | 'returnRefund' | 'exchange' | 'repair' | 'reship';

/** 售后类型 / 服务类型 / 退款类型, or 是否需要退货 (是/否) in Taobao's 退款报表. */
const KIND_TEXTS: readonly [string, AftersaleKind][] = [
  ['退货退款', 'returnRefund'], ['仅退款', 'refundOnly'], ['换货', 'exchange'], ['维修', 'repair'], ['补寄', 'reship'], ['补发', 'reship'],
  ['退货', 'returnRefund'], ['退款', 'refundOnly'], ['是', 'returnRefund'], ['否', 'refundOnly'],
];

export function aftersaleKindOf(raw: string): AftersaleKind | null {
  const s = raw.trim();
  if (s === '') return null;
  return KIND_TEXTS.find(([text]) => s.includes(text))?.[1] ?? null;
}

/**
 * Our case type from the buyer's 退款原因 (the platforms' reason lists, and what buyers type),
 * first match wins: a missing piece, a wrong piece, a fault, a parcel lost, one not arrived, a
 * late or unshipped order, then a change of mind. 丢 comes before 物流 (a lost parcel is
 * reported as a logistics reason), quality before 描述 (商品与描述不符 is mostly a fault).
 */
const REASON_TYPES: readonly [readonly string[], TicketType][] = [
  [['少件', '漏发', '少发', '缺件', '数量不符', '配件缺失'], 'missing_item'],
  [['错发', '发错', '颜色不符', '款式不符', '型号不符', '规格不符'], 'wrong_item'],
  [['质量', '破损', '瑕疵', '做工', '污渍', '褪色', '开线', '损坏', '故障', '假冒', '描述不符', '与描述', '变质'], 'quality'],
  [['丢件', '丢失', '丢了', '遗失'], 'lost_parcel'],
  [['未收到货', '没收到', '没有收到', '物流', '快递', '未送达', '派送', '签收'], 'tracking'],
  [['缺货', '未按约定时间发货', '发货慢', '延迟发货', '未发货', '没有发货', '不发货'], 'out_of_stock'],
  [['七天无理由', '7天无理由', '不想要', '拍错', '多拍', '买错', '不喜欢', '尺码', '大小', '不合适', '效果不好'], 'return_7day'],
];

/**
 * A change of mind is a 7天无理由 return only when goods come back; money alone (仅退款) is a
 * refund to talk about. Anything unknown is a refund: ask why, try to keep the order, refund.
 */
export function ticketTypeOf(reason: string, kind: AftersaleKind | null): TicketType {
  const s = reason.replace(/\s+/g, '');
  const found = REASON_TYPES.find(([words]) => words.some((w) => s.includes(w)))?.[1];
  if (found === 'return_7day' && kind !== 'returnRefund' && kind !== 'exchange') return 'refund';
  return found ?? (kind === 'returnRefund' ? 'return_7day' : 'refund');
}
