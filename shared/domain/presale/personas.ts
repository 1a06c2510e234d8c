import type { Rng } from '../demo/rng';

/** Simulated buyer characters for the demo: each asks and reacts in its own way. */
export const PERSONAS = ['bargainer', 'picky', 'halfInformed', 'gift', 'impatient'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface PersonaProduct {
  title: string;
  faqs: readonly { q: string; a: string }[];
}

export interface PersonaTurn {
  text: string;
  /** The buyer decides to place an order after this turn. */
  orders: boolean;
}

/** Openers and follow-ups per persona, in our own words. `{商品}` is the product title. */
const LINES: Record<Persona, { open: readonly string[]; follow: readonly string[]; orderChance: number }> = {
  bargainer: {
    open: ['{商品}能便宜点吗？我看别家比你们少二十', '老板，{商品}两件能打几折？', '这个价格有点贵啊，能不能包邮再送点东西'],
    follow: ['再少十块我就拍了', '真的不能再便宜了吗？送个小礼品也行', '那我拍了，记得给我备注礼物哈'],
    orderChance: 0.3,
  },
  picky: {
    open: ['{商品}做工怎么样？上次买别家的线头一堆', '会不会有色差？我对颜色很挑', '面料摸起来会扎吗？我皮肤敏感'],
    follow: ['你确定没有色差？', '如果不满意退货运费谁出？', '包装会不会压皱？'],
    orderChance: 0.15,
  },
  halfInformed: {
    open: ['{商品}这个是纯棉的吧？', '我听说这种面料不能机洗，是真的吗？', '这个码数是按欧码还是国码？'],
    follow: ['哦哦，那我平时穿M，这个也选M对吗？', '那洗的时候要注意什么？', '明白了，谢谢'],
    orderChance: 0.25,
  },
  gift: {
    open: ['想买{商品}送朋友，能帮忙包装一下吗？', '送长辈的，{商品}哪个颜色比较稳重？', '可以写张贺卡吗？下周要送人'],
    follow: ['发票和价格单能不放进包裹里吗？', '能保证下周三前到吗？', '好的我拍了，麻烦包好看一点'],
    orderChance: 0.4,
  },
  impatient: {
    open: ['我昨天拍的怎么还没发货？', '什么时候能发啊，急用！', '在吗在吗？快递到哪了'],
    follow: ['还要等多久？', '能不能今天就发？', '再不发我就退款了'],
    orderChance: 0.05,
  },
};

/**
 * One turn of a simulated buyer. The first turn opens with the persona's question or, half the
 * time, with a real FAQ question of the product (so the 知识库 panel has the answer); later turns
 * react to the agent's reply and sometimes end in an order.
 */
export function personaTurn(rng: Rng, persona: Persona, turn: number, product: PersonaProduct): PersonaTurn {
  const lines = LINES[persona];
  const fill = (s: string): string => s.replace('{商品}', product.title);
  if (turn === 0) {
    const useFaq = product.faqs.length > 0 && persona !== 'impatient' && rng.chance(0.5);
    return { text: useFaq ? rng.pick(product.faqs).q : fill(rng.pick(lines.open)), orders: false };
  }
  const orders = rng.chance(lines.orderChance);
  return { text: fill(rng.pick(lines.follow)), orders };
}
