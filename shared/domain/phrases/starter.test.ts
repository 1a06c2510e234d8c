import { describe, expect, it } from 'vitest';
import { lintReply } from '../lint';
import { PHRASE_GROUPS, PHRASE_GROUP_INFO, PRESALE_STEPS, PhraseDraft, STARTER_PHRASES, analyzeTemplate, groupRank } from './index';

describe('STARTER_PHRASES', () => {
  it('has about fifty phrases', () => {
    expect(STARTER_PHRASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(PHRASE_GROUPS.map((g) => [g]))('covers the group %s', (group) => {
    expect(STARTER_PHRASES.filter((p) => p.group === group).length).toBeGreaterThanOrEqual(3);
  });

  it.each(STARTER_PHRASES.map((p) => [p.shortcut, p]))('%s fits the schema, uses only known variables and passes reply lint', (_s, p) => {
    expect(PhraseDraft.parse(p)).toEqual(p);
    expect(analyzeTemplate(p.text).unknownVariables).toEqual([]);
    expect(lintReply(p.text).map((w) => w.word)).toEqual([]);
    expect(p.shortcut).toMatch(/^[a-z]+\d+$/);
  });

  it('has unique shortcuts and titles', () => {
    expect(new Set(STARTER_PHRASES.map((p) => p.shortcut)).size).toBe(STARTER_PHRASES.length);
    expect(new Set(STARTER_PHRASES.map((p) => p.title)).size).toBe(STARTER_PHRASES.length);
  });

  it('uses variables and required slots somewhere', () => {
    const all = STARTER_PHRASES.map((p) => analyzeTemplate(p.text));
    expect(all.some((a) => a.variables.length > 0)).toBe(true);
    for (const slot of ['尺码', '赠品', '到货天数']) expect(all.some((a) => a.slots.includes(slot))).toBe(true);
  });

  it('walks the bargaining ladder: refuse gently, gift or activity, value, supervisor', () => {
    const titles = STARTER_PHRASES.filter((p) => p.group === '议价').map((p) => p.title);
    expect(titles.slice(0, 5)).toEqual(['委婉说明价格', '活动赠品挽回', '从价格讲到价值', '帮忙请示主管', '主管最后让步']);
  });
});

describe('PHRASE_GROUPS', () => {
  it('lists the presale steps first, in order, then the other groups', () => {
    expect(PHRASE_GROUPS.slice(0, 8)).toEqual([...PRESALE_STEPS]);
    expect(PRESALE_STEPS).toEqual(['招呼', '询问', '推荐', '议价', '快递', '核实', '道别', '跟进']);
    expect(PHRASE_GROUP_INFO.map((g) => g.id)).toEqual([...PHRASE_GROUPS]);
  });

  it('ranks custom groups after the known ones', () => {
    expect(groupRank('招呼')).toBe(0);
    expect(groupRank('跟进')).toBe(7);
    expect(groupRank('自定义')).toBe(PHRASE_GROUPS.length);
  });
});
