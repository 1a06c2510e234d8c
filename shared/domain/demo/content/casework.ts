import type { TicketType } from '../../../schemas/entities';

/** Remark texts agents leave on orders (seed 004: append-only, signed, never edited by others). */
export const REMARK_TEXTS = [
  '买家要求发顺丰，运费差价已补',
  '地址已按买家要求改为公司地址',
  '礼盒包装，不放价格单',
  '赠品：小方巾一条',
  '发货前请电话确认在家',
  '少发一件，已安排补寄',
  'M码换L码，已登记换货',
  '买家周末不在家，周一再派送',
  '买家反馈色差，已发实拍图确认',
  '催付后已付款',
] as const;

/** One aftersale case per type, with what the agent registered (seed 003 flow map). */
export const TICKET_SUMMARIES: Record<TicketType, string> = {
  tracking: '物流四天未更新，买家着急，已联系快递网点核查',
  missing_item: '买家称少收一件，核对包裹重量后确认漏发',
  wrong_item: '颜色发错，买家要求换货，寄回运费由店铺承担',
  quality: '收到后发现开线，买家已发照片，待确认换新或退款',
  return_7day: '七天无理由退货，吊牌完好，寄回运费买家承担',
  refund: '买家不想要了申请退款，已询问原因尝试挽留',
  lost_parcel: '快递显示派送异常后无更新，疑似丢件，已登记',
  intercept: '买家地址填错，申请拦截退回重发',
  out_of_stock: '所拍颜色尺码缺货，联系买家换款或退款',
};

export const TICKET_RESOLUTIONS: Partial<Record<TicketType, string>> = {
  tracking: '快递已恢复派送，买家已签收，回访满意',
  missing_item: '已补发并告知单号，买家确认收到',
  refund: '买家确认不要，已全额退款',
};

/** 中差评 by cause (seed 003 causes: 质量/服务/快递/心情/同行恶意). */
export const REVIEWS = [
  { cause: 'quality', rating: 'negative', text: '洗了一次就有点褪色，有点失望', status: 'contacting' },
  { cause: 'service', rating: 'neutral', text: '问问题半天才有人回，体验一般', status: 'new' },
  { cause: 'shipping', rating: 'neutral', text: '东西还可以，就是快递走了一个星期', status: 'negotiating' },
  { cause: 'mood', rating: 'negative', text: '不喜欢', status: 'new' },
  { cause: 'malicious', rating: 'negative', text: '千万别买，垃圾', status: 'explained' },
  { cause: 'quality', rating: 'neutral', text: '线头有点多，其他还行', status: 'modified' },
] as const;

export const MALICIOUS_EXPLANATION = '感谢关注。我们核对了这笔订单的出库记录和聊天记录，商品出库前经过质检，买家签收后未与客服联系过任何问题。如有疑问，欢迎随时联系在线客服，我们会认真处理。';

export const CONTACT_RESULTS = {
  chatNoReply: '已旺旺留言说明情况，买家暂未回复',
  phoneBusy: '电话未接通，稍后再联系',
  negotiating: '买家表示考虑一下，同意先收小礼品',
  modified: '买家已同意修改评价，表示理解',
  soothed: '已安抚买家并说明处理进度',
} as const;
