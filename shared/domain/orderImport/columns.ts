/**
 * The columns an order export may have, by field, with the header names the platforms use:
 * Taobao/Tmall 卖家中心 订单报表, JD 商家后台 订单导出, Pinduoduo 商家后台 订单查询导出. A header
 * matches after trimming and dropping a unit suffix such as "(元)".
 */
export type ImportField =
  | 'orderNo' | 'buyerNick' | 'status' | 'total' | 'createdAt' | 'paidAt' | 'items' | 'qty'
  | 'price' | 'receiver' | 'phone' | 'address' | 'trackingNo' | 'carrier';

export const IMPORT_COLUMNS: Readonly<Record<ImportField, readonly string[]>> = {
  orderNo: ['订单编号', '订单号', '主订单编号', '订单ID'],
  buyerNick: ['买家会员名', '买家昵称', '买家账号', '客户账号', '用户昵称', '买家'],
  status: ['订单状态', '交易状态'],
  // First match wins: what the buyer actually paid, before the list price.
  total: ['买家实际支付金额', '用户实付金额', '实付金额', '应付金额', '总金额', '订单金额', '商品总价'],
  createdAt: ['订单创建时间', '下单时间', '订单成交时间', '创建时间', '成交时间'],
  paidAt: ['订单付款时间', '付款时间', '支付时间', '付款确认时间'],
  items: ['宝贝标题', '商品名称', '商品标题', '商品'],
  qty: ['宝贝总数量', '商品数量', '购买数量', '数量'],
  price: ['商品单价', '单价', '价格'],
  receiver: ['收货人姓名', '收货人', '客户姓名'],
  phone: ['联系手机', '收货人手机号', '手机', '联系电话'],
  address: ['收货地址', '详细地址', '收货人地址'],
  trackingNo: ['物流单号', '快递单号', '运单号'],
  carrier: ['物流公司', '快递公司'],
};

/** Without these a row cannot become an order. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['orderNo', 'buyerNick', 'status', 'total', 'createdAt'];


const clean = (h: string): string => h.trim().replace(/[（(][^）)]*[）)]$/u, '').trim();

export interface HeaderMap {
  /** Column index per recognised field. */
  columns: Partial<Record<ImportField, number>>;
  missing: ImportField[];
}

export function mapHeader(cells: readonly string[]): HeaderMap {
  const names = cells.map(clean);
  const columns: Partial<Record<ImportField, number>> = {};
  for (const field of Object.keys(IMPORT_COLUMNS) as ImportField[]) {
    for (const alias of IMPORT_COLUMNS[field]) {
      const i = names.indexOf(alias);
      if (i >= 0) {
        columns[field] = i;
        break;
      }
    }
  }
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined) };
}
