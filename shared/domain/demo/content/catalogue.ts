/**
 * The demo product catalogue: two product lines, one per demo shop. Invented goods with the facts
 * agents look up all day (sizes, material, care, shipping). Selling points avoid the 极限词 the
 * reply lint warns about, so inserting them into a reply never trips a warning.
 */
export type ProductLine = 'apparel' | 'baby';

export interface CatalogueEntry {
  code: string;
  line: ProductLine;
  title: string;
  /** Selling price per piece in fen. */
  priceFen: number;
  sizes: readonly string[];
  colors: readonly { name: string; code: string }[];
  material: string;
  sellingPoints: readonly string[];
  faqs: readonly { q: string; a: string }[];
  keywords: readonly string[];
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 'T01', line: 'apparel', title: '女款精梳棉落肩圆领T恤', priceFen: 5900,
    sizes: ['S', 'M', 'L', 'XL'], colors: [{ name: '本白', code: 'WH' }, { name: '炭黑', code: 'BK' }, { name: '雾霾蓝', code: 'BL' }],
    material: '精梳棉，克重约200g',
    sellingPoints: ['面料厚实，浅色也不容易透', '落肩版型，遮肉显瘦', '领口加密罗纹，多次洗涤不易松垮'],
    faqs: [
      { q: '身高160、体重50公斤选哪个码？', a: '一般选M码；喜欢更宽松的效果可以拿L码。' },
      { q: '洗了会缩水吗？', a: '棉质会有少量回缩，建议冷水手洗、反面晾干，尽量别用烘干机。' },
      { q: '白色会透吗？', a: '面料偏厚，正常日常穿着基本看不出内衣轮廓。' },
    ],
    keywords: ['T恤', '短袖', '纯棉', '宽松'],
  },
  {
    code: 'J02', line: 'apparel', title: '高腰直筒九分牛仔裤', priceFen: 15900,
    sizes: ['25', '26', '27', '28', '29', '30'], colors: [{ name: '浅蓝', code: 'LB' }, { name: '深蓝', code: 'DB' }],
    material: '棉98%，氨纶2%',
    sellingPoints: ['高腰设计拉长腿部比例', '微弹面料，蹲坐不勒', '九分长度露出脚踝，搭配省心'],
    faqs: [
      { q: '腰围68厘米穿几码？', a: '腰围68左右建议26码；胯部偏宽的亲可以再大一码。' },
      { q: '会掉色吗？', a: '深色牛仔首次洗涤会有少量浮色，属于正常现象，建议单独冷水洗。' },
    ],
    keywords: ['牛仔裤', '直筒', '高腰', '九分'],
  },
  {
    code: 'C03', line: 'apparel', title: '双面呢羊毛混纺中长款大衣', priceFen: 59900,
    sizes: ['S', 'M', 'L'], colors: [{ name: '驼色', code: 'CA' }, { name: '黑色', code: 'BK' }],
    material: '羊毛70%，聚酯纤维30%',
    sellingPoints: ['双面呢工艺，无里衬更轻', '手工缝边，细节干净', '中长款，可以盖住臀部'],
    faqs: [
      { q: '冬天北方穿够暖吗？', a: '适合零度左右的天气，北方深冬建议里面加一件薄羽绒或毛衣。' },
      { q: '可以水洗吗？', a: '建议干洗，局部小污渍可以用湿布轻轻擦拭。' },
    ],
    keywords: ['大衣', '羊毛', '双面呢', '外套'],
  },
  {
    code: 'K04', line: 'apparel', title: '男款轻薄防晒连帽夹克', priceFen: 19900,
    sizes: ['M', 'L', 'XL', 'XXL'], colors: [{ name: '烟灰', code: 'GY' }, { name: '藏青', code: 'NV' }],
    material: '锦纶面料，防晒指数UPF50+',
    sellingPoints: ['整件约200克，能收进自带小包', '面料有防泼水处理，小雨不怕', '帽檐可调节，骑行不兜风'],
    faqs: [
      { q: '175厘米、70公斤穿什么码？', a: '建议L码，想里面加卫衣可以选XL。' },
      { q: '防晒效果能保持多久？', a: '防晒来自面料本身，正常洗涤后效果依然在，避免暴晒晾干和高温熨烫即可。' },
    ],
    keywords: ['防晒衣', '夹克', '男款', '户外'],
  },
  {
    code: 'P05', line: 'apparel', title: '垂感冰丝阔腿休闲裤', priceFen: 12900,
    sizes: ['S', 'M', 'L', 'XL'], colors: [{ name: '黑色', code: 'BK' }, { name: '卡其', code: 'KH' }],
    material: '粘纤75%，锦纶25%',
    sellingPoints: ['面料凉爽有垂坠感，夏天不闷', '松紧腰头，饭后也舒服', '阔腿版型修饰腿型'],
    faqs: [
      { q: '会不会起皱？', a: '轻微会有，挂起来或者低温熨一下就平整了。' },
      { q: '个子矮穿会拖地吗？', a: '裤长约100厘米，身高155以下的亲可以联系我们免费改短。' },
    ],
    keywords: ['阔腿裤', '冰丝', '休闲裤', '夏季'],
  },
  {
    code: 'D06', line: 'apparel', title: '法式碎花收腰连衣裙', priceFen: 23900,
    sizes: ['S', 'M', 'L'], colors: [{ name: '蓝色碎花', code: 'BF' }, { name: '黄色碎花', code: 'YF' }],
    material: '雪纺面料，内衬为棉',
    sellingPoints: ['收腰设计，显得腰细', '带棉质内衬，不透不扎', '后背隐形拉链，穿脱方便'],
    faqs: [
      { q: '胸围88厘米穿哪个码？', a: '胸围88左右建议M码，喜欢宽松可以选L。' },
      { q: '适合约会或者婚礼穿吗？', a: '日常、约会和户外拍照都合适，正式婚礼的话可以搭一件小外套。' },
    ],
    keywords: ['连衣裙', '碎花', '法式', '裙子'],
  },
  {
    code: 'H07', line: 'apparel', title: '加绒连帽卫衣', priceFen: 16900,
    sizes: ['M', 'L', 'XL', 'XXL'], colors: [{ name: '麻灰', code: 'GY' }, { name: '燕麦', code: 'OT' }, { name: '黑色', code: 'BK' }],
    material: '棉75%，聚酯纤维25%，内里加绒',
    sellingPoints: ['内里绒面柔软，秋冬单穿也暖', '帽子双层，立体不塌', '男女同款，情侣可以一起穿'],
    faqs: [
      { q: '女生穿选哪个码？', a: '女生160左右一般选M码就有宽松效果。' },
      { q: '掉毛吗？', a: '前两次洗涤可能有少量浮毛，之后就好了，建议翻面洗。' },
    ],
    keywords: ['卫衣', '加绒', '连帽', '秋冬'],
  },
  {
    code: 'B08', line: 'baby', title: '婴儿A类纯棉连体衣三件装', priceFen: 8900,
    sizes: ['59', '66', '73', '80', '90'], colors: [{ name: '天空蓝', code: 'BL' }, { name: '樱花粉', code: 'PK' }, { name: '奶黄', code: 'YL' }],
    material: '纯棉，A类婴幼儿标准',
    sellingPoints: ['按扣在裆部，换尿布不用整件脱', '无骨缝制，不磨宝宝皮肤', '三件一组，换洗方便'],
    faqs: [
      { q: '宝宝4个月穿哪个码？', a: '四个月左右一般穿66码，宝宝偏壮的话建议73码，留出长个子的空间。' },
      { q: '新衣服要先洗吗？', a: '建议用清水过一遍再给宝宝穿，晾干后更柔软。' },
    ],
    keywords: ['连体衣', '哈衣', '婴儿', '纯棉'],
  },
  {
    code: 'B09', line: 'baby', title: '六层纱布婴儿浴巾', priceFen: 5900,
    sizes: ['95×95cm'], colors: [{ name: '云朵白', code: 'WH' }, { name: '小熊印花', code: 'BR' }],
    material: '纯棉纱布，六层',
    sellingPoints: ['吸水快，洗完澡一裹就干', '越洗越软', '大尺寸，可以当小被子盖'],
    faqs: [
      { q: '第一次洗会掉毛吗？', a: '纱布会有少量棉絮，洗一两次之后就没有了。' },
      { q: '可以机洗吗？', a: '可以，建议放洗衣袋用轻柔模式。' },
    ],
    keywords: ['浴巾', '纱布', '新生儿'],
  },
  {
    code: 'B10', line: 'baby', title: 'PPSU宽口径防胀气奶瓶', priceFen: 12900,
    sizes: ['180ml', '240ml'], colors: [{ name: '暖白', code: 'WH' }, { name: '薄荷绿', code: 'MG' }],
    material: 'PPSU瓶身，硅胶奶嘴',
    sellingPoints: ['宽口径，冲奶和清洗都方便', '奶嘴带防胀气阀', '耐摔，外出携带更放心'],
    faqs: [
      { q: '能用开水烫或者蒸汽消毒吗？', a: 'PPSU耐高温，可以蒸汽消毒或沸水煮，注意别空烧。' },
      { q: '奶嘴是几段的？', a: '随瓶是S号奶嘴，适合0到3个月；大一点的宝宝可以单独加购M号或L号。' },
    ],
    keywords: ['奶瓶', 'PPSU', '防胀气'],
  },
  {
    code: 'B11', line: 'baby', title: '宝宝软底学步鞋', priceFen: 9900,
    sizes: ['12.5', '13.5', '14.5', '15.5'], colors: [{ name: '粉色', code: 'PK' }, { name: '蓝色', code: 'BL' }],
    material: '超纤皮鞋面，牛筋橡胶软底',
    sellingPoints: ['鞋底可以对折，贴合小脚走路', '魔术贴开口大，穿脱方便', '鞋头加厚，防踢'],
    faqs: [
      { q: '怎么选尺码？', a: '量宝宝脚长再加0.5到1厘米，就是合适的鞋内长。' },
      { q: '能下水洗吗？', a: '建议用湿布擦洗，不要整只泡水。' },
    ],
    keywords: ['学步鞋', '宝宝鞋', '软底'],
  },
  {
    code: 'B12', line: 'baby', title: '婴儿纯水手口湿巾80抽10包', priceFen: 4990,
    sizes: ['80抽×10包'], colors: [{ name: '默认', code: 'DF' }],
    material: 'EDI纯水，无酒精无香精',
    sellingPoints: ['手口可用，出门带着方便', '加厚不易破', '带翻盖，防止变干'],
    faqs: [
      { q: '新生儿可以用吗？', a: '可以，配方不含酒精和香精；宝宝皮肤特别敏感的话先在小块皮肤试一下。' },
      { q: '保质期多久？', a: '未开封三年，开封后建议一个月内用完。' },
    ],
    keywords: ['湿巾', '手口', '婴儿'],
  },
];

export const catalogueFor = (line: ProductLine): readonly CatalogueEntry[] => CATALOGUE.filter((p) => p.line === line);
