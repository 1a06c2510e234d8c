import { describe, expect, it } from 'vitest';
import { lintReply } from '../lint';
import { STARTER_PHRASES, buildPhraseIndex, searchPhrases } from './index';
import type { SearchablePhrase } from './index';

/**
 * Quick benchmark, run on demand: XIAOER_PERF=1 npx vitest run shared/domain/phrases/search.perf
 * Prints figures; never asserts a timing (DESIGN.md §5).
 */
const run = process.env.XIAOER_PERF === '1';

const SUFFIXES = ['（早班）', '（晚班）', '·大促', '·日常', '·A店', '·B店', '·老客', '·新客'];

function library(n: number): SearchablePhrase[] {
  return Array.from({ length: n }, (_, i) => {
    const base = STARTER_PHRASES[i % STARTER_PHRASES.length] as (typeof STARTER_PHRASES)[number];
    const round = Math.floor(i / STARTER_PHRASES.length);
    return {
      ...base,
      id: `g${i}`,
      title: `${base.title}${SUFFIXES[round % SUFFIXES.length] ?? ''}${round}`,
      text: `${base.text}（第${round}版）`,
      shortcut: `${base.shortcut}_${round}`,
      uses: (i * 7919) % 97,
      order: i,
    };
  });
}

function time(fn: () => void, repeat: number): number {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t0) / repeat;
}

describe.runIf(run)('phrase search benchmark (printed, not asserted)', () => {
  it('measures index build and per-keystroke search over 5,000 phrases', () => {
    const phrases = library(5000);
    const t0 = performance.now();
    const index = buildPhraseIndex(phrases);
    const build = performance.now() - t0;
    const t1 = performance.now();
    buildPhraseIndex(phrases.map((p) => ({ ...p, uses: p.uses + 1 })), index);
    const rebuild = performance.now() - t1;
    const keystrokes = ['', 'h', 'hy', 'hyw', '欢', '欢迎', 'y', 'yj', 'yj1', '退', '退货', 'tuihuo', '7天', 'kd 时效', 'qzx', 'zzzz', '鑫'];
    const rows = keystrokes.map((q) => {
      searchPhrases(index, q); // warm
      return { query: q, ms: time(() => searchPhrases(index, q), 20), hits: searchPhrases(index, q, { limit: 10_000 }).length };
    });
    const reply = '亲，这款面料是绝对不会掉色的，您放心，最好的品质，你们可以看看评价哦～'.repeat(60).slice(0, 2000);
    const clean = '亲，您好～这款面料柔软亲肤，下午4点前付款一般当天发出，收到后有问题随时找我们哦。'.repeat(60).slice(0, 2000);
    lintReply(reply);
    lintReply(clean);
    const lint = time(() => lintReply(reply), 200);
    const lintClean = time(() => lintReply(clean), 200);
    const lines = [
      `index build 5,000 phrases: ${build.toFixed(1)} ms; rebuild reusing pinyin: ${rebuild.toFixed(1)} ms`,
      ...rows.map((r) => `search ${JSON.stringify(r.query).padEnd(10)} ${r.ms.toFixed(2)} ms  (${r.hits} hits)`),
      `per-keystroke mean: ${(rows.reduce((s, r) => s + r.ms, 0) / rows.length).toFixed(2)} ms, worst: ${Math.max(...rows.map((r) => r.ms)).toFixed(2)} ms`,
      `lintReply on 2,000 characters: ${(lintClean * 1000).toFixed(0)} µs clean, ${(lint * 1000).toFixed(0)} µs with ${lintReply(reply).length} warnings`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    expect(rows).toHaveLength(keystrokes.length);
  }, 120_000);
});
