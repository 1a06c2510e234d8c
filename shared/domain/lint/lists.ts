import { z } from 'zod';

/**
 * Editable word lists for reply lint (话术检查). The engine takes them as input; these are the
 * defaults a shop starts from (设置 → 话术检查 edits a copy, validated by `LintLists`).
 *
 * Matching rules, so a supervisor editing the lists knows what a line does:
 * - Words are matched literally; ASCII letters ignore case (`No.1` = `no.1`).
 * - `prefix: true` marks a one-character prefix such as 最: the highlighted span grows over the
 *   next character (最好, 最低) and the replacement is put in place of the prefix only (很好).
 * - `clauseEnd: true` flags the word only where it ends a clause — before punctuation, a
 *   sentence-final particle (哦 呢 了 的 啊 …) or the end of the reply. So a bare "没有。" or
 *   "没有哦" is flagged but "还没有发货" (a fact) is not.
 * - `exceptions` are contexts in which any listed word is fine. A match is skipped when an
 *   exception that contains it sits around it: `最近` exempts 最 in 最近, `不能保证` exempts
 *   both 不能 and 保证 (saying we cannot promise is exactly the honest wording). Inside an
 *   exception `#` stands for one digit or Chinese numeral, so `最快#` exempts "最快2天" and
 *   "最快三天" (a delivery estimate) but not "最快的充电" (an advertising claim).
 * - `cold` holds the words that make a cold reply when the whole reply is nothing but them
 *   (嗯, 哦哦, 恩。). The same 哦 at the end of a real sentence is friendly and never flagged.
 * - The `you` rule flags 你 (suggesting 您) unless an exception covers it. 你们 is exempt on
 *   purpose: 您们 is not standard written Chinese, so there is no better plural to offer (an
 *   agent can write 亲们 or 各位); 迷你 is a loanword. 您 itself never matches.
 */

export const LINT_RULES = ['absolute', 'superlative', 'blunt', 'cold', 'you'] as const;
export const LintRule = z.enum(LINT_RULES);
export type LintRule = z.infer<typeof LintRule>;

export const LintWord = z.object({
  word: z.string().trim().min(1, '词不能为空').max(20, '词不能超过20个字'),
  /** Put in place of the word (or of the prefix) in the suggestion; '' drops the word. */
  replacement: z.string().max(40, '替换词不能超过40个字'),
  prefix: z.boolean().optional(),
  clauseEnd: z.boolean().optional(),
});
export type LintWord = z.infer<typeof LintWord>;

const wordList = z.array(LintWord).max(500, '每类最多500个词');

export const LintLists = z.object({
  absolute: wordList,
  superlative: wordList,
  blunt: wordList,
  /** Whole-reply cold words (嗯, 哦 …); a reply made only of these and punctuation is cold. */
  cold: z.array(z.string().trim().min(1).max(10)).max(100),
  /** Replacement offered for a cold reply. */
  coldReplacement: z.string().max(200),
  /** Contexts in which a listed word (or 你) is acceptable; `#` = one digit or Chinese numeral. */
  exceptions: z.array(z.string().trim().min(1).max(30)).max(1000),
  /** Rules switched off for this shop. */
  disabled: z.array(LintRule).default([]),
});
export type LintLists = z.infer<typeof LintLists>;
export type LintListsInput = z.input<typeof LintLists>;

const w = (word: string, replacement: string, more: Partial<LintWord> = {}): LintWord => ({ word, replacement, ...more });

/**
 * Defaults. Sources: seed 001 (avoid 肯定/保证/绝对; no bare 哦/恩; 您 not 你; never a flat
 * "不还价/没有"), seed 003 (少用"我"), Advertising Law art. 9(3) and the SAMR 2023 guide on
 * 极限词 (最…, 第一, 唯一, 国家级, 顶级 …).
 *
 * Which 最 words are not advertising superlatives (decided here, editable per shop):
 * - time and order words: 最近, 最后, 最终, 最初, 最早, 最晚, 最迟 — "最晚明天发出" is an
 *   honest deadline, not a product claim;
 * - bounds followed by a number: 最快#, 最慢#, 最多#, 最少#, 最低# ("最快2天到", "最多5件");
 *   and 最快 + a day word (明天, 今天, 后天, 当天, 次日, 隔天) for delivery estimates. Without a
 *   number (最快的, 最多人买, 最低价) they are claims and flagged;
 * - advice: 最好是/最好先/最好能/最好还是/最好不要/最好别/最好在/最好提前 ("您最好先量一下腰围");
 *   a bare 最好 ("最好的面料") is a claim and flagged;
 * - status words: 最新物流/最新进展/最新消息/最新情况/最新状态 (facts about a parcel or case).
 * Other exceptions: 第一时间/第一次/第一步/第一天/第一件 (ordinals, not rankings), 保证金 and
 * 消费者保障 (platform terms), 的肯定 (being affirmed), 100%棉… (a fibre composition is a
 * labelled fact), X不X questions (有没有, 能不能, 行不行, 可不可以), already-softened forms
 * (暂时没有, 暂时不能), conditionals (没有的话, 不行的话) and the honest 不能保证 family.
 */
export const DEFAULT_LINT_LISTS: LintLists = {
  absolute: [
    w('绝对', ''),
    w('肯定', '一般'),
    w('保证', '尽量'),
    w('担保', '尽量'),
    w('一定会', '会尽量'),
    w('百分之百', '尽量'),
    w('百分百', '尽量'),
    w('100%', '尽量'),
    w('100％', '尽量'),
    w('万无一失', '稳妥'),
    w('包您满意', '希望您满意'),
  ],
  superlative: [
    w('最', '很', { prefix: true }),
    w('第一', '靠前'),
    w('唯一', '难得'),
    w('独一无二', '很有特色'),
    w('国家级', '高标准'),
    w('世界级', '高标准'),
    w('顶级', '优质'),
    w('顶尖', '优质'),
    w('极品', '精品'),
    w('极致', '用心'),
    w('首选', '不错的选择'),
    w('首家', '较早的'),
    w('独家', '特色'),
    w('史无前例', '少见'),
    w('万能', '多用途'),
    w('no.1', '热销'),
    w('top1', '热销'),
    w('全网最低', '很实惠'),
    w('之王', '热门款'),
  ],
  blunt: [
    w('不议价', '价格已经很实在了'),
    w('不讲价', '价格已经很实在了'),
    w('不还价', '价格已经很实在了'),
    w('不砍价', '价格已经很实在了'),
    w('不行', '可能有点难办'),
    w('不能', '暂时没法'),
    w('不可以', '暂时没法'),
    w('没办法', '暂时不太好办'),
    w('不知道', '我帮您确认一下'),
    w('没有', '暂时没有', { clauseEnd: true }),
    w('没货', '暂时缺货'),
    w('你自己看', '我帮您看一下'),
  ],
  cold: ['哦', '噢', '喔', '恩', '嗯', '额', '呃', '好', '行', '知道了', '呵呵', '随便', 'ok', 'en', 'o'],
  coldReplacement: '好的亲，收到啦～还有什么可以帮到您的吗？',
  exceptions: [
    // 最 — time and order
    '最近', '最后', '最终', '最初', '最早', '最晚', '最迟',
    // 最 — bounds with a number or a day word (delivery estimates, limits)
    '最快#', '最慢#', '最多#', '最少#', '最低#', '最高#',
    '最快明天', '最快今天', '最快后天', '最快当天', '最快次日', '最快隔天', '最晚明天', '最迟明天',
    // 最 — advice
    '最好是', '最好先', '最好能', '最好还是', '最好不要', '最好别', '最好在', '最好提前', '最好选',
    // 最 — status facts
    '最新物流', '最新进展', '最新消息', '最新情况', '最新状态', '最新的物流',
    // ordinals, not rankings
    '第一时间', '第一次', '第一步', '第一天', '第一件', '第一个问题',
    // platform terms / being affirmed
    '保证金', '消费者保障', '的肯定',
    // fibre composition is a labelled fact
    '100%棉', '100%纯棉', '100%羊毛', '100%羊绒', '100%桑蚕丝', '100%真丝', '100%亚麻', '100%涤纶', '100%聚酯纤维',
    '100％棉', '100％纯棉', '100％羊毛', '100％羊绒', '100％桑蚕丝', '100％真丝',
    // honest "cannot promise"
    '不能保证', '无法保证', '没法保证', '没办法保证', '不敢保证', '不好保证', '很难保证', '不能百分百', '不能100%', '不一定会',
    // questions, softened and conditional forms
    '有没有', '能不能', '行不行', '可不可以', '是不是没有', '暂时没有', '暂时不能', '暂时不可以', '还没有', '并没有', '如果没有', '没有的话', '不行的话', '不能的话', '要是不行', '看行不行',
    // a polite question, not a shrug
    '不知道您', '不知道亲',
    // you: plural and loanwords
    '你们', '迷你',
  ],
  disabled: [],
};
