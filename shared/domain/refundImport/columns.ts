/**
 * The columns of the platforms' refund / aftersale exports, by field: Taobao/Tmall 退款报表
 * (卖家中心 → 退款管理 → 导出), JD 售后服务单 export, Pinduoduo 售后 export. A header matches
 * after trimming and dropping a unit suffix such as "(元)", like the order columns.
 */
export type RefundField =
  | 'refundNo' | 'orderNo' | 'buyerNick' | 'paid' | 'amount' | 'reason' | 'explanation' | 'status' | 'kind'
  | 'appliedAt' | 'timeoutAt' | 'title' | 'carrier' | 'returnTrackingNo' | 'shopName';

export const REFUND_COLUMNS: Readonly<Record<RefundField, readonly string[]>> = {
  refundNo: ['退款编号', '退款单号', '服务单号', '售后编号', '售后单号'],
  orderNo: ['订单编号', '订单号', '主订单编号', '子订单编号'],
  buyerNick: ['买家会员名', '买家昵称', '用户昵称', '客户账号', '下单账号', '下单帐号', '用户账号'],
  paid: ['买家实际支付金额', '用户实付金额', '实付金额', '订单金额'],
  // What the buyer asks back (or got back): 买家退款金额 / 退款金额 / 申请退款金额.
  amount: ['买家退款金额', '退款金额', '申请退款金额', '应退金额', '实际退款金额'],
  reason: ['退款原因', '售后原因', '申请原因', '服务原因'],
  explanation: ['退款说明', '问题描述', '售后说明', '申请说明', '买家留言'],
  status: ['退款状态', '售后状态', '服务单状态', '审核状态'],
  kind: ['售后类型', '服务类型', '退款类型', '是否需要退货'],
  appliedAt: ['申请时间', '退款的申请时间', '退款申请时间', '售后申请时间', '服务单申请时间', '提交时间'],
  timeoutAt: ['超时时间', '退款超时时间', '处理截止时间', '剩余处理时间截止'],
  title: ['商品标题', '宝贝标题', '商品名称'],
  carrier: ['物流公司', '退货物流公司', '寄回物流公司'],
  returnTrackingNo: ['退货运单号', '退货物流单号', '买家退货运单号', '寄回运单号'],
  shopName: ['店铺名称', '店铺'],
};

/** Without these a row cannot become a case. */
export const REQUIRED_REFUND_FIELDS: readonly RefundField[] = ['refundNo', 'orderNo', 'status', 'appliedAt'];

const clean = (h: string): string => h.replace(/^\uFEFF/, '').trim().replace(/[（(][^）)]*[）)]$/u, '').trim();

export interface RefundHeader {
  columns: Partial<Record<RefundField, number>>;
  missing: RefundField[];
  width: number;
}

export function mapRefundHeader(cells: readonly string[]): RefundHeader {
  const names = cells.map(clean);
  const columns: Partial<Record<RefundField, number>> = {};
  for (const field of Object.keys(REFUND_COLUMNS) as RefundField[]) {
    const i = REFUND_COLUMNS[field].map((a) => names.indexOf(a)).find((n) => n >= 0);
    if (i !== undefined) columns[field] = i;
  }
  return { columns, missing: REQUIRED_REFUND_FIELDS.filter((f) => columns[f] === undefined), width: cells.length };
}

/**
 * A refund export is told from an order export by its own number column (退款编号, 服务单号,
 * 售后编号) beside a refund or aftersale status: an order list has neither.
 */
export const isRefundHeader = (cells: readonly string[]): boolean => {
  const { columns } = mapRefundHeader(cells);
  return columns.refundNo !== undefined && columns.status !== undefined;
};
