import type { ProductLine } from './catalogue';

/** The two demo shops: invented names on two platforms, one product line each. */
export const DEMO_SHOPS = [
  { key: 'apparel', name: '青禾衣舍旗舰店', platform: 'tmall', line: 'apparel' },
  { key: 'baby', name: '小豆芽母婴优选', platform: 'pdd', line: 'baby' },
] as const satisfies readonly { key: string; name: string; platform: 'tmall' | 'pdd'; line: ProductLine }[];

/** Two agents (花名 as shown to buyers) and a supervisor, with 工号. */
export const DEMO_AGENTS = [
  { name: '小雅', employeeNo: 'KF1001', role: 'agent', signature: '客服小雅，工号KF1001，很高兴为您服务' },
  { name: '阿杰', employeeNo: 'KF1002', role: 'agent', signature: '客服阿杰（KF1002）随时为您服务' },
  { name: '周敏', employeeNo: 'ZG2001', role: 'supervisor', signature: '客服主管周敏' },
] as const;

/** Carriers and the shape of their tracking numbers (prefix + digit count). */
export const CARRIERS = [
  { name: '中通快递', prefix: '7', digits: 13 },
  { name: '圆通速递', prefix: 'YT', digits: 13 },
  { name: '韵达快递', prefix: '43', digits: 11 },
  { name: '顺丰速运', prefix: 'SF', digits: 13 },
  { name: '申通快递', prefix: '77', digits: 11 },
  { name: '邮政EMS', prefix: '11', digits: 11 },
] as const;

/** Warehouse staff recorded as responsible for 少发/错发 (seed: find the person, tell them). */
export const WAREHOUSE_STAFF = ['仓库-老周', '仓库-小谢', '打包-阿梅'] as const;
