import type { ProductLine } from './catalogue';

/**
 * Chat scripts for demo conversations, written fresh for this app (facts from the seeds: reply
 * first, 您/咱们, no blunt refusals, 7-day returns with buyer-paid shipping unless it's our
 * fault). Placeholders: {product} {size} {color} {material} {shop} {agent} {carrier}.
 * Turns alternate b (buyer) / a (agent); a waiting chat is cut right after a buyer turn.
 */
export type Turn = readonly ['b' | 'a', string];
export interface DialogueScript {
  topic: string;
  stage: 'presale' | 'aftersale';
  line: ProductLine | 'any';
  turns: readonly Turn[];
}

export const AUTO_GREETING = '您好，欢迎光临{shop}！消息已收到，客服马上就来，请稍等片刻～';

export const DIALOGUES: readonly DialogueScript[] = [
  {
    topic: 'size', stage: 'presale', line: 'apparel',
    turns: [
      ['b', '在吗？{product}我身高162，体重52公斤，穿什么码合适'],
      ['a', '亲，您好～按您的身高体重，建议拿{size}码，喜欢宽松一些可以再大一码哦'],
      ['b', '{size}码还有{color}的吗'],
      ['a', '有现货的，今天下午四点前付款当天就能发出～'],
    ],
  },
  {
    topic: 'size', stage: 'presale', line: 'baby',
    turns: [
      ['b', '宝宝快5个月了，七斤多出生的，{product}买多大的'],
      ['a', '您好亲～五个月左右的宝宝一般穿{size}，宝宝长得快的话可以大一个码，多穿一阵子'],
      ['b', '好的，那就{size}吧'],
      ['a', '好嘞，{color}这个颜色也很衬宝宝，您拍下后我这边尽快安排发出～'],
    ],
  },
  {
    topic: 'material', stage: 'presale', line: 'any',
    turns: [
      ['b', '这个{product}是什么材质的？'],
      ['a', '亲，咱们这款是{material}，手感挺舒服的，详情页底部有成分标签的实拍图可以看看～'],
      ['b', '洗了会不会变形'],
      ['a', '按洗标说明冷水洗、平铺或者挂着晾干就好，不建议用烘干机哦'],
    ],
  },
  {
    topic: 'shipping', stage: 'presale', line: 'any',
    turns: [
      ['b', '今天拍什么时候发货？发什么快递'],
      ['a', '下午四点前付款的订单当天发出，默认{carrier}，江浙沪一般一到两天，其他地区两到四天左右～'],
      ['b', '能发顺丰吗，着急用'],
      ['a', '可以的亲，顺丰需要补一点运费差价，您拍下后告诉我一声，我帮您备注好'],
    ],
  },
  {
    topic: 'bargain', stage: 'presale', line: 'any',
    turns: [
      ['b', '能便宜点吗？我想买两件'],
      ['a', '亲，咱们家都是实价销售的哦，不过现在两件有满减，还另外送一份小礼品，您看可以吗～'],
      ['b', '再少十块我就拍了'],
      ['a', '我帮您去跟主管申请一下，请稍等我两分钟哦'],
    ],
  },
  {
    topic: 'gift', stage: 'presale', line: 'any',
    turns: [
      ['b', '送人的，能帮忙包装一下吗？不要放价格单'],
      ['a', '可以的～咱们免费提供礼盒包装，发货时不会放价格单据，您下单时留言“礼盒”就可以'],
      ['b', '能写张卡片吗'],
      ['a', '可以呀，把想写的话发给我，我们手写好放进礼盒里'],
    ],
  },
  {
    topic: 'stock', stage: 'presale', line: 'any',
    turns: [
      ['b', '{color}的{size}还有货吗'],
      ['a', '亲，这个颜色和尺码目前还有少量库存，喜欢的话建议早点拍下哦～'],
    ],
  },
  {
    topic: 'return_7day', stage: 'aftersale', line: 'any',
    turns: [
      ['b', '东西收到了，感觉不太合适，可以退吗'],
      ['a', '亲，咱们支持7天无理由退换，只要吊牌完好、没有洗涤、不影响二次销售就可以。退回的运费需要您这边承担哦'],
      ['b', '好吧，那我申请退货'],
      ['a', '好的，您在订单里点申请退货，退货地址系统会自动带出，寄出后把单号发给我，我帮您跟进'],
    ],
  },
  {
    topic: 'tracking', stage: 'aftersale', line: 'any',
    turns: [
      ['b', '我的快递三天了物流还没动，怎么回事'],
      ['a', '非常抱歉让您久等了！我这就帮您查一下物流，稍后给您答复'],
      ['b', '麻烦快点，着急用'],
      ['a', '查到了，包裹在中转站滞留了，我已经联系快递加急派送，有进展马上告诉您'],
    ],
  },
  {
    topic: 'quality', stage: 'aftersale', line: 'any',
    turns: [
      ['b', '收到的{product}有个地方开线了'],
      ['a', '实在抱歉给您添麻烦了！麻烦您拍几张有问题部位的照片发给我，确认后给您换新或者退款，来回运费由我们承担'],
      ['b', '照片发你了'],
      ['a', '收到了，您看是想换一件新的还是直接退款呢？'],
    ],
  },
  {
    topic: 'missing_item', stage: 'aftersale', line: 'any',
    turns: [
      ['b', '我买了两件，怎么只收到一件'],
      ['a', '亲，抱歉让您着急了，我先帮您核对一下发货记录和包裹重量，请稍等'],
      ['b', '好的'],
      ['a', '核实了，确实是仓库漏发了一件，今天就给您补发，单号出来后发给您'],
    ],
  },
  {
    topic: 'wrong_item', stage: 'aftersale', line: 'any',
    turns: [
      ['b', '发错颜色了，我拍的是{color}，收到的不是'],
      ['a', '非常抱歉，是我们的失误！您看是换成{color}，还是直接退款？退回的运费由我们来出'],
    ],
  },
];

/** Openers for brand-new chats started by the simulator. */
export const OPENERS: readonly { stage: 'presale' | 'aftersale'; text: string }[] = [
  { stage: 'presale', text: '在吗？{product}还有{size}吗' },
  { stage: 'presale', text: '你好，{product}今天拍能发货吗' },
  { stage: 'presale', text: '这款{color}的会不会有色差' },
  { stage: 'presale', text: '买两件能包邮吗' },
  { stage: 'presale', text: '{product}是什么材质的呀' },
  { stage: 'aftersale', text: '我的包裹显示签收了，但我没收到' },
  { stage: 'aftersale', text: '收到了，尺码不合适能换吗' },
  { stage: 'aftersale', text: '退货寄回去了，什么时候退款' },
];

/** Follow-ups a buyer sends into a chat that already exists. */
export const FOLLOW_UPS = ['还在吗？', '亲，麻烦看一下我的问题', '那我现在拍下可以吗', '好的，谢谢', '刚付款了，记得早点发哦', '地址能改一下吗'] as const;
