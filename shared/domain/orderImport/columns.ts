/**
 * The columns an order export may have, by field, with the header names the platforms use:
 * Taobao/Tmall 卖家中心 订单报表 (ExportOrderList), JD 商家后台 订单导出, Pinduoduo 商家后台
 * 订单查询导出. A header matches after trimming and dropping a unit suffix such as "(元)".
 */
export type ImportField =
  | 'orderNo' | 'buyerNick' | 'status' | 'total' | 'paid' | 'postage' | 'createdAt' | 'paidAt' | 'items' | 'qty'
  | 'price' | 'sku' | 'receiver' | 'phone' | 'landline' | 'address' | 'province' | 'city' | 'district' | 'street' | 'trackingNo' | 'carrier' | 'buyerNote' | 'sellerMemo' | 'shopName';

export const IMPORT_COLUMNS: Readonly<Record<ImportField, readonly string[]>> = {
  orderNo: ['订单编号', '订单号', '主订单编号', '订单ID'],
  buyerNick: ['买家会员名', '买家昵称', '买家账号', '客户账号', '下单帐号', '下单账号', '用户昵称', '买家'],
  status: ['订单状态', '交易状态'],
  // What the buyer owes for the order (goods and postage), paid or not.
  total: ['总金额', '应付金额', '订单金额', '订单总金额', '商品总价'],
  // What the buyer actually paid: 0 (or empty) until payment.
  paid: ['买家实际支付金额', '用户实付金额', '实付金额', '实付款'],
  postage: ['买家应付邮费', '邮费', '运费金额', '运费'],
  createdAt: ['订单创建时间', '下单时间', '订单成交时间', '创建时间', '成交时间'],
  paidAt: ['订单付款时间', '付款时间', '支付时间', '付款确认时间'],
  items: ['宝贝标题', '商品名称', '商品标题', '商品'],
  qty: ['宝贝总数量', '商品数量', '购买数量', '订购数量', '数量'],
  // A unit price or a SKU per line: the export has a line per item (JD, PDD), not a line per order.
  price: ['商品单价', '单价', '价格', '京东价'],
  sku: ['商家编码', '商家编码-SKU维度', '商品编码', 'SKU编码', '商家SKU'],
  receiver: ['收货人姓名', '收货人', '客户姓名'],
  phone: ['联系手机', '收货人手机号', '手机', '联系电话'],
  // Taobao gives both: 联系手机 (mobile) and 联系电话 (landline, often empty).
  landline: ['联系电话', '固定电话', '座机'],
  address: ['收货地址', '详细地址', '收货人地址', '客户地址'],
  // Pinduoduo (and some ERP re-exports) split the address: 省, 市, 区, 街道, then 详细地址.
  province: ['省', '省份', '收货省份', '收货人省份'],
  city: ['市', '城市', '收货城市', '收货人城市'],
  district: ['区', '区县', '县区', '收货区县', '收货人区县'],
  street: ['街道', '乡镇/街道', '镇/街道'],
  trackingNo: ['物流单号', '快递单号', '运单号'],
  carrier: ['物流公司', '快递公司'],
  buyerNote: ['买家留言', '用户留言', '客户留言', '买家备注'],
  sellerMemo: ['订单备注', '商家备注', '卖家备注'],
  shopName: ['店铺名称', '店铺'],
};

/** Without these a row cannot become an order ('total' stands for either amount column). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['orderNo', 'buyerNick', 'status', 'total', 'createdAt'];

const clean = (h: string): string => h.replace(/^\uFEFF/, '').trim().replace(/[（(][^）)]*[）)]$/u, '').trim();

/** The platform an export comes from, told by the columns only it writes. */
export type ExportPlatform = 'taobao' | 'jd' | 'pdd';
const PLATFORM_COLUMNS: readonly [ExportPlatform, readonly string[]][] = [
  ['taobao', ['宝贝标题', '买家会员名', '买家实际支付金额', '买家应付货款', '宝贝总数量']],
  ['pdd', ['用户实付金额', '商家实收金额', '商品总价', '用户昵称']],
  ['jd', ['下单帐号', '下单账号', '客户账号', '京东价', '订单号']],
];

export interface HeaderMap {
  /** Column index per recognised field. */
  columns: Partial<Record<ImportField, number>>;
  missing: ImportField[];
  /** Cells the header has: a data row with fewer was cut short. */
  width: number;
  platform: ExportPlatform | null;
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
  // JD's 订单备注 is what the buyer wrote; the shop's memo there is 商家备注.
  if (names.includes('下单帐号') || names.includes('下单账号')) {
    const note = names.indexOf('订单备注');
    const memo = names.indexOf('商家备注');
    if (note >= 0 && memo >= 0) Object.assign(columns, { buyerNote: note, sellerMemo: memo });
  }
  const has = (f: ImportField): boolean => columns[f] !== undefined || (f === 'total' && columns.paid !== undefined);
  const platform = PLATFORM_COLUMNS.find(([, marks]) => marks.some((m) => names.includes(m)))?.[0] ?? null;
  return { columns, missing: REQUIRED_FIELDS.filter((f) => !has(f)), width: cells.length, platform };
}

/**
 * Taobao's 宝贝明细 export (ExportOrderDetailList): a line per item of each order, beside the
 * order list (ExportOrderList). It has order numbers and titles but no buyer nor order time.
 */
export const DETAIL_COLUMNS = {
  orderNo: ['订单编号'],
  title: ['标题', '宝贝标题'],
  price: ['价格', '单价'],
  qty: ['购买数量'],
  sku: ['商家编码'],
  outerId: ['外部系统编号'],
  props: ['商品属性', '套餐信息'],
} as const;

export type DetailField = keyof typeof DETAIL_COLUMNS;

/** The detail export's columns, or null when the header is not one. */
export function mapDetailHeader(cells: readonly string[]): Partial<Record<DetailField, number>> | null {
  const names = cells.map(clean);
  const columns: Partial<Record<DetailField, number>> = {};
  for (const field of Object.keys(DETAIL_COLUMNS) as DetailField[]) {
    const i = DETAIL_COLUMNS[field].map((a) => names.indexOf(a)).find((n) => n >= 0);
    if (i !== undefined) columns[field] = i;
  }
  const isDetail = columns.orderNo !== undefined && columns.title !== undefined && columns.qty !== undefined && !names.includes('买家会员名') && !names.includes('订单创建时间');
  return isDetail ? columns : null;
}
