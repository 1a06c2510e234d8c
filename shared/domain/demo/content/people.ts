/**
 * Word lists for believable, clearly fictional buyers. Nicks mix the shapes seen on the
 * platforms: playful Chinese phrases, "tb_"/"pdd" account-style ids, pinyin handles and
 * "X妈妈" nicks common among baby-goods buyers. Phone numbers and addresses are invented.
 */
export const NICK_SUBJECTS = ['小鹿', '橘猫', '兔叽', '柠檬', '团子', '芒果', '星星', '月亮', '奶茶', '布丁', '饺子', '小熊', '云朵', '西瓜', '松鼠', '海盐', '糯米', '樱桃'] as const;
export const NICK_PREDICATES = ['爱吃草', '不吃鱼', '在发呆', '要早睡', '想旅行', '晒太阳', '会唱歌', '的夏天', '今天很困', '慢慢走', '不加糖', '去散步', '有点甜', '想放假'] as const;
export const NICK_HANDLES = ['sunny', 'coco', 'momo', 'lucky', 'kiki', 'echo', 'yoyo', 'lemon', 'mia', 'leo', 'ivy', 'joy'] as const;
export const BABY_NAMES = ['糖糖', '豆豆', '乐乐', '果果', '小满', '安安', '多多', '朵朵', '嘟嘟', '二宝'] as const;
export const PARENT_WORDS = ['妈妈', '麻麻', '爸爸', '的妈'] as const;
export const FREE_NICKS = ['追风的少年', '温柔的晚风', '路过人间', '一只小可爱', '努力搬砖中', '佛系买家', '早睡早起', '夏天的橘子汽水'] as const;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '林', '郭', '何', '高', '罗'] as const;
export const GIVEN_NAMES = ['晓雯', '子涵', '欣怡', '浩然', '静', '丽娟', '俊杰', '雨桐', '思远', '佳琪', '婷婷', '志强', '梦瑶', '建国', '秀英', '一鸣', '诗琪', '宇航'] as const;

/** Province, city and districts; 直辖市 repeat the city so masking code stays uniform. */
export const PLACES: readonly { province: string; city: string; districts: readonly string[] }[] = [
  { province: '浙江省', city: '杭州市', districts: ['西湖区', '余杭区', '滨江区'] },
  { province: '广东省', city: '深圳市', districts: ['南山区', '福田区', '龙华区'] },
  { province: '广东省', city: '广州市', districts: ['天河区', '海珠区'] },
  { province: '江苏省', city: '南京市', districts: ['鼓楼区', '江宁区'] },
  { province: '江苏省', city: '苏州市', districts: ['姑苏区', '工业园区'] },
  { province: '上海市', city: '上海市', districts: ['浦东新区', '徐汇区', '闵行区'] },
  { province: '北京市', city: '北京市', districts: ['朝阳区', '海淀区', '丰台区'] },
  { province: '四川省', city: '成都市', districts: ['武侯区', '锦江区', '高新区'] },
  { province: '湖北省', city: '武汉市', districts: ['洪山区', '江汉区'] },
  { province: '山东省', city: '青岛市', districts: ['市南区', '崂山区'] },
  { province: '福建省', city: '厦门市', districts: ['思明区', '湖里区'] },
  { province: '河南省', city: '郑州市', districts: ['金水区', '二七区'] },
  { province: '陕西省', city: '西安市', districts: ['雁塔区', '未央区'] },
  { province: '湖南省', city: '长沙市', districts: ['岳麓区', '天心区'] },
];
export const STREETS = ['人民路', '建设路', '文化路', '和平街', '解放路', '中山路', '幸福里', '滨江大道', '学府路', '长江路', '紫荆路', '桂花巷'] as const;
export const ESTATES = ['阳光花园', '翠湖小区', '锦绣家园', '金色港湾', '书香苑', '和谐新村'] as const;

/** Mobile prefixes of the three carriers; the remaining 8 digits are random, so numbers are fake. */
export const PHONE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '152', '158', '159', '186', '187', '188', '131', '132', '155', '156', '133', '153', '177', '180', '189', '199'] as const;

export const APPAREL_TAGS = ['学生', '送礼', '价格敏感', '挑剔', '老客户', '尺码难选', '职场', '爱退换'] as const;
export const BABY_TAGS = ['母婴', '新手妈妈', '送礼', '价格敏感', '挑剔', '老客户', '二胎', '囤货'] as const;

export const BUYER_NOTES = [
  '偏好顺丰，愿意补运费差价',
  '上次M码偏小，换过L码',
  '晚上八点以后方便接电话',
  '买来送朋友，发货不放价格单',
  '收货地址是公司，周末无人签收',
  '对色差比较在意，发货前可拍实物图',
  '孕晚期，着急用，尽量早发',
  '老客户，上次赠品漏发已补',
] as const;
