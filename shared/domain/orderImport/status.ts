import type { OrderStatus } from '../../schemas/entities';

/**
 * Every 订单状态 text the platforms write in their order exports, as written (after the
 * commas and spaces are made alike), with what it means here. Exact texts first: a phrase
 * search alone got 付款以后用户退款成功，交易自动关闭 wrong (it holds 退款 but the trade is
 * closed) and refused 交易被淘宝关闭 and 卖家部分发货 outright.
 */
export const PLATFORM_STATUSES: Readonly<Record<'taobao' | 'jd' | 'pdd', Readonly<Record<string, OrderStatus>>>> = {
  // Taobao/Tmall 卖家中心 已卖出的宝贝 → 批量导出 (ExportOrderList).
  taobao: {
    '等待买家付款': 'unpaid',
    '等待买家付尾款': 'unpaid', // 预售: the deposit is in, the balance is not
    '买家已付款': 'paid',
    '已付款': 'paid',
    '买家已付款，等待卖家发货': 'paid',
    '等待卖家发货': 'paid',
    '卖家部分发货': 'shipped', // some parcels left: the order is past 核实 and waits on logistics
    '卖家已发货': 'shipped',
    '卖家已发货，等待买家确认': 'shipped',
    '等待买家确认收货': 'shipped',
    '买家已签收': 'delivered',
    '交易成功': 'completed',
    '交易关闭': 'closed',
    '交易被淘宝关闭': 'closed',
    '付款以后用户退款成功，交易自动关闭': 'closed',
    '退款中': 'refunding',
  },
  // JD 商家后台 订单管理 → 订单导出.
  jd: {
    '等待付款': 'unpaid',
    '等待付款确认': 'unpaid',
    '等待出库': 'paid',
    '等待打印': 'paid',
    '等待发货': 'paid',
    '暂停': 'paid',
    '等待确认收货': 'shipped',
    '配送中': 'shipped',
    '已妥投': 'delivered',
    '完成': 'completed',
    '已完成': 'completed',
    '已取消': 'closed',
    '取消': 'closed',
    '锁定': 'refunding', // locked while a cancellation or after-sale request is decided
    '退换货中': 'refunding',
  },
  // Pinduoduo 商家后台 订单查询 → 导出.
  pdd: {
    '待支付': 'unpaid',
    '待付款': 'unpaid',
    '待发货': 'paid',
    '已成团待发货': 'paid',
    '已成团，待发货': 'paid',
    '待成团': 'paid', // paid, the group is not full yet: nothing to ship
    '未发货': 'paid',
    '已发货待签收': 'shipped',
    '已发货，待签收': 'shipped',
    '已发货，待收货': 'shipped',
    '已签收': 'delivered',
    '交易成功': 'completed',
    '交易已取消': 'closed',
    '已取消': 'closed',
    '未成团已取消': 'closed',
    '售后中': 'refunding',
  },
};

/** Commas and spaces as the platforms vary them: full- and half-width, with or without a space. */
export const sameStatusText = (s: string): string => s.trim().replace(/\s+/g, '').replace(/,/g, '，').replace(/\//g, '，');

const EXACT: ReadonlyMap<string, OrderStatus> = new Map(
  Object.values(PLATFORM_STATUSES).flatMap((table) => Object.entries(table).map(([text, status]) => [sameStatusText(text), status] as const)),
);

/**
 * For a text no table lists (a platform words a status anew): the first phrase found decides.
 * Closing and cancelling come before 退款, as a refunded and closed trade is closed.
 */
const STATUS_PHRASES: readonly [string, OrderStatus][] = [
  ['关闭', 'closed'], ['已取消', 'closed'], ['取消', 'closed'],
  ['退款', 'refunding'], ['售后', 'refunding'],
  ['等待买家付款', 'unpaid'], ['待付款', 'unpaid'], ['未付款', 'unpaid'], ['待支付', 'unpaid'], ['付尾款', 'unpaid'],
  ['交易成功', 'completed'], ['已完成', 'completed'], ['完成', 'completed'],
  ['已签收', 'delivered'], ['妥投', 'delivered'],
  ['部分发货', 'shipped'], ['已发货', 'shipped'], ['待收货', 'shipped'], ['确认收货', 'shipped'], ['待签收', 'shipped'],
  ['已付款', 'paid'], ['等待卖家发货', 'paid'], ['待发货', 'paid'], ['等待出库', 'paid'],
];

/** Our status for a platform's status text, or null for a text nobody knows. */
export function statusOf(raw: string): OrderStatus | null {
  const s = sameStatusText(raw);
  return EXACT.get(s) ?? STATUS_PHRASES.find(([phrase]) => s.includes(phrase))?.[1] ?? null;
}
