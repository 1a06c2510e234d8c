import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES, buildPhraseIndex, searchPhrases } from './index';
import type { SearchablePhrase } from './index';

let seq = 0;
const ph = (title: string, text: string, more: Partial<SearchablePhrase> = {}): SearchablePhrase => ({
  id: `p${++seq}`,
  group: '招呼',
  title,
  text,
  shortcut: '',
  keywords: [],
  uses: 0,
  order: seq,
  ...more,
});

const library: SearchablePhrase[] = [
  ph('欢迎问好', '亲，您好～欢迎光临', { shortcut: 'zh1', uses: 3, id: 'welcome' }),
  ph('活动介绍', '现在参加活动有优惠', { shortcut: 'hy', uses: 0, id: 'activity', group: '议价' }),
  ph('会员优惠', '老顾客享受会员价', { uses: 9, id: 'member', group: '议价' }),
  ph('久等致歉', '让您久等啦，欢迎再来', { uses: 5, id: 'sorry' }),
  ph('发货时间', '下午4点前付款当天发出', { shortcut: 'kd2', keywords: ['什么时候发'], uses: 1, id: 'ship', group: '快递' }),
  ph('到货天数', '一般三天左右到', { keywords: ['几天到'], uses: 2, id: 'days', group: '快递' }),
  ph('退货说明', '7天内可以无理由退货', { uses: 0, id: 'return', group: '售后', deletedAt: 5 }),
  ph('个人备忘', '我的私人话术', { scope: 'personal', ownerId: 'agentB', uses: 50, id: 'private' }),
  ph('本店专用', '只给A店用', { shopId: 'shopA', uses: 40, id: 'shopA' }),
];

const ids = (q: string, opts = {}): string[] => searchPhrases(library, q, opts).map((r) => r.phrase.id);

describe('searchPhrases', () => {
  it.each([
    ['an exact shortcut wins over pinyin initials of a title', 'hy', ['activity', 'member', 'welcome', 'sorry']],
    ['pinyin initials find the Chinese title (hy → 欢迎…)', 'hyw', ['welcome']],
    ['full pinyin of the title works too', 'huanying', ['welcome']],
    ['a shortcut prefix comes before title matches', 'kd', ['ship']],
    ['a title prefix beats a text substring, then uses decide', '久等', ['sorry']],
    ['a keyword finds a phrase whose title does not say it', '几天', ['days']],
    ['text substring finds phrases by their content', '当天发出', ['ship']],
    ['fuzzy subsequence is the last resort', '货间', ['ship']],
    ['case and full-width letters do not matter', 'ＫＤ２', ['ship']],
    ['a leading slash from the composer is ignored', '/kd2', ['ship']],
    ['several words must all match', 'hy 会员', ['member']],
    ['nothing matches nonsense', 'zzzq', []],
  ] as const)('%s', (_name, query, expected) => {
    expect(ids(query, { agentId: 'agentA' })).toEqual(expected);
  });

  it('lists the most-used phrases first for an empty query, skipping deleted ones', () => {
    expect(ids('', { agentId: 'agentA' })).toEqual(['shopA', 'member', 'sorry', 'welcome', 'days', 'ship', 'activity']);
  });

  it('breaks ties by uses, then by order', () => {
    const tie = [ph('好评邀请甲', 'x', { uses: 1, order: 2, id: 'b' }), ph('好评邀请乙', 'x', { uses: 1, order: 1, id: 'a' }), ph('好评邀请丙', 'x', { uses: 4, order: 9, id: 'c' })];
    expect(searchPhrases(tie, 'hp').map((r) => r.phrase.id)).toEqual(['c', 'a', 'b']);
  });

  it('filters by group, shop and owner', () => {
    expect(ids('', { group: '快递' })).toEqual(['days', 'ship']);
    expect(ids('', { shopId: 'shopB', agentId: 'agentA' })).not.toContain('shopA');
    expect(ids('', { agentId: 'agentB' })).toContain('private');
    expect(ids('', { agentId: 'agentA' })).not.toContain('private');
  });

  it.each<[string, string | undefined, string[]]>([
    ['in the shop with its own variant, the variant stands in for the team phrase', 'shopA', ['welcomeA']],
    ['in another shop the team phrase stays', 'shopB', ['welcome']],
    ['with no shop chosen (the library view) both are listed, more used first', undefined, ['welcome', 'welcomeA']],
  ])('per-shop variants: %s', (_name, shopId, expected) => {
    const lib = [...library, ph('欢迎问好', '亲，A店欢迎您～', { shortcut: 'zh1', shopId: 'shopA', variantOf: 'welcome', uses: 0, id: 'welcomeA' })];
    expect(searchPhrases(lib, 'zh1', shopId ? { shopId } : {}).map((r) => r.phrase.id)).toEqual(expected);
  });

  it('a deleted variant gives the team phrase back', () => {
    const lib = [...library, ph('欢迎问好', 'A店', { shortcut: 'zh1', shopId: 'shopA', variantOf: 'welcome', id: 'gone', deletedAt: 9 })];
    expect(searchPhrases(lib, 'zh1', { shopId: 'shopA' }).map((r) => r.phrase.id)).toEqual(['welcome']);
  });

  it('says what matched', () => {
    const [first] = searchPhrases(library, 'hyw');
    expect(first?.matchedOn).toBe('pinyin');
    expect(searchPhrases(library, 'zh1')[0]?.matchedOn).toBe('shortcut');
  });

  it('respects the limit', () => {
    expect(searchPhrases(library, '', { limit: 2 })).toHaveLength(2);
  });

  it('reuses pinyin from the previous index when only uses changed', () => {
    const first = buildPhraseIndex(library);
    const bumped = library.map((p) => (p.id === 'activity' ? { ...p, uses: 100 } : p));
    const second = buildPhraseIndex(bumped, first);
    expect(second.entries.find((e) => e.phrase.id === 'activity')?.titleInitials).toBe('hdjs');
    expect(searchPhrases(second, '')[0]?.phrase.id).toBe('activity');
  });

  it('finds starter phrases by their shortcut and by pinyin initials', () => {
    const lib = STARTER_PHRASES.map((p, i) => ({ ...p, id: `s${i}`, order: p.order ?? i }));
    const index = buildPhraseIndex(lib);
    expect(searchPhrases(index, 'yj1')[0]?.phrase.title).toBe('委婉说明价格');
    expect(searchPhrases(index, 'qtwl')[0]?.phrase.title).toBe('七天无理由');
    expect(searchPhrases(index, 'hy')[0]?.phrase.title).toBe('欢迎问好');
  });
});
