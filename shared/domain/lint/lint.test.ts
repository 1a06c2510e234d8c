import { describe, expect, it } from 'vitest';
import { applyLintSuggestions, DEFAULT_LINT_LISTS, LintLists, lintReply } from './index';
import type { LintRule } from './index';

/** [reply, expected findings as "rule:word"] — an empty list means the reply is clean. */
const TABLE: [string, string[]][] = [
  // absolute promises
  ['绝对保证不掉色', ['absolute:绝对', 'absolute:保证']],
  ['亲，这款肯定合适的', ['absolute:肯定']],
  ['100%不起球', ['absolute:100%']],
  ['百分百满意', ['absolute:百分百']],
  ['明天一定会到', ['absolute:一定会']],
  // absolute — exceptions
  ['这款面料是100%棉的', []],
  ['我们不能保证快递不延误，但会第一时间跟进', []],
  ['店铺交了保证金，请您放心', []],
  ['感谢您的肯定～', []],
  ['不一定会变形的，您放心', []],
  // superlatives
  ['这是我们最好的面料', ['superlative:最好']],
  ['全店卖得最火的一款', ['superlative:最火']],
  ['全网最低价哦', ['superlative:全网最低']],
  ['销量第一的爆款', ['superlative:第一']],
  ['国家级工艺，顶级品质', ['superlative:国家级', 'superlative:顶级']],
  ['本店唯一的款式', ['superlative:唯一']],
  ['这款是No.1热卖', ['superlative:No.1']],
  ['最快的充电速度', ['superlative:最快']],
  ['最多人选的颜色', ['superlative:最多']],
  // superlatives — not advertising
  ['最近天气冷，建议加一件', []],
  ['最后一件了，亲', []],
  ['最晚明天下午发出', []],
  ['最快2天就能到', []],
  ['最快三天到货', []],
  ['最快明天送到', []],
  ['一次最多5件', []],
  ['您最好先量一下腰围', []],
  ['最好是选大一码', []],
  ['我帮您查了最新物流', []],
  ['第一时间给您处理', []],
  // blunt refusals
  ['不好意思，我们不议价', ['blunt:不议价']],
  ['这个不行', ['blunt:不行']],
  ['这个颜色没有了', ['blunt:没有']],
  ['没有。', ['blunt:没有']],
  ['不能退', ['blunt:不能']],
  ['我也不知道', ['blunt:不知道']],
  // blunt — exceptions
  ['还没有发货，稍等哦', []],
  ['请问还有没有其他问题呢？', []],
  ['您看能不能先拍下', []],
  ['暂时没有现货', []],
  ['如果尺码不行的话，可以换', []],
  ['我们没有收到退件', []],
  ['不知道您平时穿什么码呢？', []],
  ['这个真没办法保证，抱歉', []],
  // cold one-word replies
  ['嗯', ['cold:嗯']],
  ['哦。', ['cold:哦。']],
  ['  嗯嗯  ', ['cold:嗯嗯']],
  ['恩恩～', ['cold:恩恩～']],
  ['OK', ['cold:OK']],
  // cold — 哦 inside a real sentence is friendly
  ['有现货哦', []],
  ['好的亲，马上为您安排', []],
  ['', []],
  ['😊', []],
  // you → 您
  ['你好，在的', ['you:你']],
  ['你的订单已经发出', ['you:你']],
  ['你们先商量一下', []],
  ['这是迷你款', []],
  ['您好，在的', []],
];

describe('lintReply', () => {
  it.each(TABLE)('finds the right warnings in %j', (text, expected) => {
    expect(lintReply(text).map((w) => `${w.rule}:${w.word}`)).toEqual(expected);
  });

  it('reports offsets that slice back to the flagged word', () => {
    const text = '亲，这款绝对是最好的，你放心';
    for (const w of lintReply(text)) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('gives each warning a message, an i18n key and a rewritten sentence', () => {
    const [w] = lintReply('亲，这个颜色没有。别的颜色都有');
    expect(w).toMatchObject({ rule: 'blunt', word: '没有', replacement: '暂时没有', messageKey: 'lint.blunt', suggestion: '亲，这个颜色暂时没有。' });
    expect(w?.message).toContain('没有');
  });

  it('rewrites the prefix of a superlative and keeps the next character', () => {
    const [w] = lintReply('最便宜的一款');
    expect(w).toMatchObject({ word: '最便', replacement: '很便', suggestion: '很便宜的一款' });
  });

  it('offers a friendly whole reply for a cold one', () => {
    expect(lintReply('嗯')[0]?.suggestion).toBe(DEFAULT_LINT_LISTS.coldReplacement);
  });

  it('applies every suggestion to the whole reply at once', () => {
    expect(applyLintSuggestions('绝对保证不掉色')).toBe('尽量不掉色');
    expect(applyLintSuggestions('你好，这款是最好的')).toBe('您好，这款是很好的');
    expect(applyLintSuggestions('没问题的')).toBe('没问题的');
  });

  it('uses edited lists: added words, added exceptions and switched-off rules', () => {
    const lists = LintLists.parse({
      ...DEFAULT_LINT_LISTS,
      superlative: [...DEFAULT_LINT_LISTS.superlative, { word: '爆款之王', replacement: '热门款' }],
      exceptions: [...DEFAULT_LINT_LISTS.exceptions, '最美的你'],
      disabled: ['you'],
    });
    expect(lintReply('爆款之王', lists).map((w) => w.word)).toEqual(['爆款之王']);
    expect(lintReply('送给最美的你', lists)).toEqual([]);
    expect(lintReply('你好', lists)).toEqual([]);
  });

  it('lets a shop switch off every rule', () => {
    const disabled: LintRule[] = ['absolute', 'superlative', 'blunt', 'cold', 'you'];
    const lists = { ...DEFAULT_LINT_LISTS, disabled };
    expect(lintReply('嗯', lists)).toEqual([]);
    expect(lintReply('你绝对找不到最好的，不行', lists)).toEqual([]);
  });

  it('accepts the default lists through the schema and rejects an empty word', () => {
    expect(LintLists.safeParse(DEFAULT_LINT_LISTS).success).toBe(true);
    const bad = LintLists.safeParse({ ...DEFAULT_LINT_LISTS, blunt: [{ word: ' ', replacement: 'x' }] });
    expect(bad.success).toBe(false);
  });

  it('handles a long reply full of findings without losing any', () => {
    const text = '你'.repeat(1000) + '最好'.repeat(500);
    const found = lintReply(text);
    expect(found.filter((w) => w.rule === 'you')).toHaveLength(1000);
    expect(found.filter((w) => w.rule === 'superlative')).toHaveLength(500);
  });
});
