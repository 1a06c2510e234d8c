import type { Buyer } from '../../schemas/entities';
import { DAY } from '../../lib/time';
import type { ProductLine } from './content/catalogue';
import {
  APPAREL_TAGS, BABY_NAMES, BABY_TAGS, BUYER_NOTES, ESTATES, FREE_NICKS, GIVEN_NAMES, NICK_HANDLES, NICK_PREDICATES,
  NICK_SUBJECTS, PARENT_WORDS, PHONE_PREFIXES, PLACES, STREETS, SURNAMES,
} from './content/people';
import { demoId } from './ids';
import type { Rng } from './rng';
import type { DemoShop } from './staff';
import { tracked } from './tracked';

const LETTERS = 'abcdefghijkmnpqrstuvwxyz';
const letters = (rng: Rng, n: number): string => Array.from({ length: n }, () => LETTERS.charAt(rng.int(0, LETTERS.length - 1))).join('');

/** A nick in one of the shapes buyers really have; baby-goods shops get more "X妈妈" nicks. */
export function makeNick(rng: Rng, line: ProductLine): string {
  const shape = rng.weighted<string>([
    ['phrase', 4],
    ['account', 2],
    ['handle', 2],
    ['parent', line === 'baby' ? 4 : 0.5],
    ['free', 1],
  ]);
  switch (shape) {
    case 'phrase':
      return rng.pick(NICK_SUBJECTS) + rng.pick(NICK_PREDICATES);
    case 'account':
      return line === 'baby' ? `pdd_${rng.digits(8)}` : `tb_${rng.digits(4)}${letters(rng, 2)}`;
    case 'handle':
      return `${rng.pick(NICK_HANDLES)}${rng.chance(0.5) ? '_' : ''}${rng.pick(['', String(rng.int(1985, 2006)), rng.digits(2), '520'])}`;
    case 'parent':
      return rng.pick(BABY_NAMES) + rng.pick(PARENT_WORDS);
    default:
      return rng.pick(FREE_NICKS) + (rng.chance(0.5) ? rng.digits(2) : '');
  }
}

/** A nick not yet taken in this shop ([shopId+nick] is unique in the store). */
export function uniqueNick(rng: Rng, line: ProductLine, taken: ReadonlySet<string>): string {
  let nick = makeNick(rng, line);
  while (taken.has(nick)) nick = `${makeNick(rng, line)}${rng.int(1, 99)}`;
  return nick;
}

export interface FakeContact {
  name: string;
  phone: string;
  address: string;
  phoneMasked: string;
  addressMasked: string;
}

/** An invented receiver: lists show only the masked forms (DESIGN §4 Privacy). */
export function makeContact(rng: Rng): FakeContact {
  const place = rng.pick(PLACES);
  const district = rng.pick(place.districts);
  const region = place.province === place.city ? `${place.city}${district}` : `${place.province}${place.city}${district}`;
  const detail = rng.chance(0.6)
    ? `${rng.pick(STREETS)}${rng.int(1, 399)}号${rng.pick(ESTATES)}${rng.int(1, 30)}幢${rng.int(1, 3)}单元${rng.int(1, 28)}0${rng.int(1, 4)}室`
    : `${rng.pick(STREETS)}${rng.int(1, 399)}号${rng.int(2, 30)}楼`;
  const phone = rng.pick(PHONE_PREFIXES) + rng.digits(8);
  return {
    name: rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES),
    phone,
    address: region + detail,
    phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
    addressMasked: `${region}****`,
  };
}

/** One buyer of a shop; `since` is when they first appeared (their id sorts by it). */
export function makeBuyer(rng: Rng, shop: { shopId: string; line: ProductLine }, taken: ReadonlySet<string>, since: number, now: number): Buyer {
  const contact = makeContact(rng);
  const tags = rng.sample(shop.line === 'baby' ? BABY_TAGS : APPAREL_TAGS, rng.weighted([[0, 3], [1, 4], [2, 3], [3, 1]]));
  return {
    ...tracked(demoId(rng, since), now),
    shopId: shop.shopId,
    nick: uniqueNick(rng, shop.line, taken),
    tier: rng.weighted([['normal', 70], ['senior', 20], ['vip', 10]] as const),
    tags,
    phoneMasked: contact.phoneMasked,
    addressMasked: contact.addressMasked,
    contactSecret: { phone: contact.phone, address: contact.address, name: contact.name },
    notes: rng.chance(0.2) ? rng.pick(BUYER_NOTES) : '',
  };
}

/** `perShop[i]` buyers for `shops[i]`, first seen since the shops opened (90 days ago). */
export function buildBuyers(rng: Rng, shops: readonly DemoShop[], perShop: readonly number[], now: number): Buyer[] {
  return shops.flatMap((shop, i) => {
    const taken = new Set<string>();
    return Array.from({ length: perShop[i] ?? 0 }, () => {
      const buyer = makeBuyer(rng, { shopId: shop.shop.id, line: shop.line }, taken, now - rng.int(1, 85) * DAY, now);
      taken.add(buyer.nick);
      return buyer;
    });
  });
}
