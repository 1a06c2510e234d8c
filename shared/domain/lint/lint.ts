import type { LintLists, LintRule, LintWord } from './lists';
import { DEFAULT_LINT_LISTS } from './lists';

/** One finding of reply lint. Offsets are UTF-16 indexes into the text that was linted. */
export interface LintWarning {
  rule: LintRule;
  start: number;
  end: number;
  /** The flagged text, `text.slice(start, end)`. */
  word: string;
  /** i18n key for the renderer (`lint.<rule>`, interpolate `word`). */
  messageKey: `lint.${LintRule}`;
  /** The same advice in Chinese, ready to show. */
  message: string;
  /** What to put in place of `word`. */
  replacement: string;
  /** The sentence around the warning rewritten with `replacement` (the whole reply for `cold`). */
  suggestion: string;
}

const MESSAGES: Record<LintRule, (word: string) => string> = {
  absolute: (w) => `「${w}」是绝对化的承诺，一旦做不到买家会更失望，话要留有余地`,
  superlative: (w) => `「${w}」属于广告法禁用的极限词，换成客观、具体的说法更稳妥`,
  blunt: (w) => `「${w}」听起来像一口回绝，先表示理解，再委婉说明原因`,
  cold: (w) => `只回「${w}」显得冷淡敷衍，多说半句、带上称呼更亲切`,
  you: () => '称呼买家用「您」更有礼貌',
};

interface Candidate {
  rule: Exclude<LintRule, 'cold'>;
  word: string; // ASCII-lowercased
  replacement: string;
  prefix: boolean;
  clauseEnd: boolean;
  /** Exceptions containing this word, with every offset at which the word sits inside them. */
  exceptions: { pattern: string; offset: number }[];
}

interface Compiled {
  byFirst: Map<number, Candidate[]>;
  cold: string[];
  coldReplacement: string;
  coldOn: boolean;
}

const cache = new WeakMap<LintLists, Compiled>();

/** Lower-cases ASCII letters only, so offsets never shift. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function compile(lists: LintLists): Compiled {
  const hit = cache.get(lists);
  if (hit) return hit;
  const off = new Set(lists.disabled);
  const exceptions = lists.exceptions.map((e) => asciiLower(e.trim())).filter((e) => e.length > 0);
  const byFirst = new Map<number, Candidate[]>();
  const add = (rule: Candidate['rule'], entry: LintWord): void => {
    const word = asciiLower(entry.word.trim());
    if (word === '' || off.has(rule)) return;
    const first = word.charCodeAt(0);
    const found: Candidate['exceptions'] = [];
    for (const pattern of exceptions) {
      for (let at = pattern.indexOf(word); at >= 0; at = pattern.indexOf(word, at + 1)) found.push({ pattern, offset: at });
    }
    const list = byFirst.get(first) ?? [];
    list.push({ rule, word, replacement: entry.replacement, prefix: entry.prefix === true, clauseEnd: entry.clauseEnd === true, exceptions: found });
    byFirst.set(first, list);
  };
  for (const e of lists.absolute) add('absolute', e);
  for (const e of lists.superlative) add('superlative', e);
  for (const e of lists.blunt) add('blunt', e);
  add('you', { word: '你', replacement: '您' });
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  const compiled: Compiled = {
    byFirst,
    cold: [...new Set(lists.cold.map((c) => asciiLower(c.trim())).filter((c) => c.length > 0))].sort((a, b) => b.length - a.length),
    coldReplacement: lists.coldReplacement,
    coldOn: !off.has('cold'),
  };
  cache.set(lists, compiled);
  return compiled;
}

const codes = (chars: string): Set<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
/** What `#` in an exception stands for: one digit or Chinese numeral. */
const DIGITS = codes('0123456789０１２３４５６７８９一二两三四五六七八九十半几');
/** Characters after which a word "ends a clause" (punctuation and sentence-final particles). */
const CLAUSE_END = codes('，。！？、；：,.!?;:~～…—-)）】」』”’"\'\n\r\t 　哦噢喔呢了的啊呀哈哟啦吧嘛额诶耶');
const SENTENCE_END = codes('。！？!?；;\n');
const HASH = 35; // '#'
/** Punctuation, spaces and symbols ignored when deciding whether a reply is only cold words. */
const NOISE = /[\s\p{P}\p{S}]/u;

function matchesAt(text: string, pattern: string, at: number): boolean {
  if (at < 0 || at + pattern.length > text.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    const p = pattern.charCodeAt(k);
    const c = text.charCodeAt(at + k);
    if (p === HASH ? !DIGITS.has(c) : p !== c) return false;
  }
  return true;
}

function exempt(lower: string, start: number, cand: Candidate): boolean {
  for (const ex of cand.exceptions) if (matchesAt(lower, ex.pattern, start - ex.offset)) return true;
  return false;
}

/** The sentence around [start, end) with the replacement applied, at most ~80 characters. */
function sentenceSuggestion(text: string, start: number, end: number, replacement: string): string {
  const stop = (i: number): boolean => SENTENCE_END.has(text.charCodeAt(i));
  let from = start;
  while (from > 0 && start - from < 40 && !stop(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 40 && !stop(to)) to++;
  if (to < text.length && stop(to)) to++;
  const head = from > 0 && !stop(from - 1) ? '…' : '';
  const tail = to < text.length && !stop(to - 1) ? '…' : '';
  return (head + text.slice(from, start) + replacement + text.slice(end, to) + tail).trim();
}

/** True when `s` can be cut entirely into cold words (嗯嗯, 哦好, 恩恩恩). */
function onlyCold(s: string, cold: readonly string[]): boolean {
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (const c of cold) if (s.startsWith(c, i)) ok[i + c.length] = true;
  }
  return ok[s.length] === true;
}

function coldWarning(text: string, c: Compiled): LintWarning | null {
  if (!c.coldOn || c.cold.length === 0 || text.length > 40) return null;
  let core = '';
  for (const ch of asciiLower(text)) if (!NOISE.test(ch)) core += ch;
  if (core.length === 0 || !onlyCold(core, c.cold)) return null;
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  const word = text.slice(start, end);
  return { rule: 'cold', start, end, word, messageKey: 'lint.cold', message: MESSAGES.cold(word), replacement: c.coldReplacement, suggestion: c.coldReplacement };
}

/**
 * Checks a reply against the etiquette rules (DESIGN.md §4 Reply etiquette). Warnings only —
 * nothing here blocks sending. Runs on every keystroke: one pass over the text with a
 * first-character table, lists compiled once per lists object.
 */
export function lintReply(text: string, lists: LintLists = DEFAULT_LINT_LISTS): LintWarning[] {
  const c = compile(lists);
  const cold = coldWarning(text, c);
  if (cold) return [cold];
  const lower = asciiLower(text);
  const out: LintWarning[] = [];
  let i = 0;
  while (i < lower.length) {
    const cands = c.byFirst.get(lower.charCodeAt(i));
    let advanced = false;
    if (cands) {
      for (const cand of cands) {
        if (!lower.startsWith(cand.word, i)) continue;
        let end = i + cand.word.length;
        if (cand.clauseEnd && end < lower.length && !CLAUSE_END.has(lower.charCodeAt(end))) continue;
        if (exempt(lower, i, cand)) continue;
        if (cand.prefix && end < text.length && !NOISE.test(text[end] as string)) {
          const cp = text.codePointAt(end) ?? 0;
          end += cp > 0xffff ? 2 : 1;
        }
        const word = text.slice(i, end);
        const replacement = cand.prefix ? cand.replacement + text.slice(i + cand.word.length, end) : cand.replacement;
        out.push({
          rule: cand.rule,
          start: i,
          end,
          word,
          messageKey: `lint.${cand.rule}`,
          message: MESSAGES[cand.rule](word),
          replacement,
          suggestion: sentenceSuggestion(text, i, end, replacement),
        });
        i = end;
        advanced = true;
        break;
      }
    }
    if (!advanced) i++;
  }
  return out;
}

/**
 * The whole reply with every suggestion applied ("一键改写"). Warnings default to a fresh lint;
 * overlapping warnings keep the first one.
 */
export function applyLintSuggestions(text: string, warnings: readonly LintWarning[] = lintReply(text)): string {
  const sorted = [...warnings].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const wn of sorted) {
    if (wn.start < at) continue;
    out += text.slice(at, wn.start) + wn.replacement;
    at = wn.end;
  }
  return out + text.slice(at);
}
