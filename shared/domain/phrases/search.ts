import { pinyin } from 'pinyin-pro';
import type { Phrase } from '../../schemas/entities';

/** What search needs of a phrase; stored `Phrase` records fit, and so do drafts with an id. */
export type SearchablePhrase = Pick<Phrase, 'id' | 'group' | 'title' | 'text' | 'shortcut' | 'keywords' | 'uses' | 'order'> &
  Partial<Pick<Phrase, 'scope' | 'ownerId' | 'shopId' | 'deletedAt' | 'variantOf'>>;

/** Pinyin is computed over the title and at most this many leading characters of the text. */
const TEXT_PINYIN_CHARS = 200;

interface Entry<P extends SearchablePhrase> {
  phrase: P;
  title: string;
  text: string;
  shortcut: string;
  keywords: string[];
  /** Pinyin initials of the title, one letter per Han character (欢迎光临 → hygl). */
  titleInitials: string;
  /** Full pinyin of the title without spaces (huanyingguanglin). */
  titleSpell: string;
  textInitials: string;
  /** Source strings the pinyin was computed from, so a rebuild can reuse it. */
  pinyinOf: string;
  /** Filter fields copied out of the phrase, so the per-keystroke loop reads one object shape. */
  deleted: boolean;
  group: string;
  shopId: string | null;
  personalOf: string | null;
}

/** A search index: normalised fields and pinyin computed once per phrase. Immutable. */
export interface PhraseIndex<P extends SearchablePhrase = SearchablePhrase> {
  readonly entries: readonly Entry<P>[];
  /** Phrase id → the shops that have their own variant of it (where the original is hidden). */
  readonly replacedIn: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Which phrases a shop's own variant stands in for, and in which shops. */
function replacements(phrases: readonly SearchablePhrase[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of phrases) {
    if (!p.variantOf || !p.shopId || p.deletedAt != null) continue;
    const shops = out.get(p.variantOf) ?? new Set<string>();
    shops.add(p.shopId);
    out.set(p.variantOf, shops);
  }
  return out;
}

/** Lower-case and fold full-width forms (ｈｙ → hy), so IME input matches. */
export function normalizeForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

const HAN = /\p{Script=Han}/u;
const KEEP = /[\p{L}\p{N}]/u;

/** Initials and full spelling, aligned per character: Han → pinyin, letters/digits kept, rest dropped. */
function pinyinParts(s: string): { initials: string; spell: string } {
  if (s === '') return { initials: '', spell: '' };
  const chars = [...s];
  const syllables = HAN.test(s) ? pinyin(s, { toneType: 'none', type: 'array', v: true }) : chars;
  let initials = '';
  let spell = '';
  const aligned = syllables.length === chars.length;
  for (let i = 0; i < syllables.length; i++) {
    const syl = syllables[i] ?? '';
    const ch = aligned ? (chars[i] ?? '') : syl;
    if (aligned && HAN.test(ch)) {
      const lower = syl.toLowerCase();
      initials += lower.charAt(0);
      spell += lower;
    } else if (KEEP.test(syl)) {
      const lower = normalizeForSearch(syl);
      initials += lower;
      spell += lower;
    }
  }
  return { initials, spell };
}

function entryFor<P extends SearchablePhrase>(phrase: P, previous: Entry<SearchablePhrase> | undefined): Entry<P> {
  const textHead = phrase.text.slice(0, TEXT_PINYIN_CHARS);
  const pinyinOf = `${phrase.title}\u0000${textHead}`;
  let titleInitials: string;
  let titleSpell: string;
  let textInitials: string;
  if (previous && previous.pinyinOf === pinyinOf) {
    ({ titleInitials, titleSpell, textInitials } = previous);
  } else {
    const t = pinyinParts(phrase.title);
    titleInitials = t.initials;
    titleSpell = t.spell;
    textInitials = pinyinParts(textHead).initials;
  }
  const title = normalizeForSearch(phrase.title);
  const text = normalizeForSearch(phrase.text);
  const shortcut = normalizeForSearch(phrase.shortcut.trim());
  const keywords = phrase.keywords.map(normalizeForSearch);
  return {
    phrase,
    title,
    text,
    shortcut,
    keywords,
    titleInitials,
    titleSpell,
    textInitials,
    pinyinOf,
    deleted: phrase.deletedAt != null,
    group: phrase.group,
    shopId: phrase.shopId ?? null,
    personalOf: phrase.scope === 'personal' ? (phrase.ownerId ?? null) : null,
  };
}

/**
 * Builds the index once when the library loads or changes. Pass the previous index to reuse the
 * pinyin of phrases whose title and text did not change (a `uses` bump costs no pinyin work).
 */
export function buildPhraseIndex<P extends SearchablePhrase>(phrases: readonly P[], previous?: PhraseIndex<SearchablePhrase>): PhraseIndex<P> {
  const before = new Map<string, Entry<SearchablePhrase>>();
  if (previous) for (const e of previous.entries) before.set(e.phrase.id, e);
  // Kept in "most used first" order, so every search is one pass with no sort.
  const entries = phrases.map((p) => entryFor(p, before.get(p.id))).sort((a, b) => byUse(a.phrase, b.phrase));
  return { entries, replacedIn: replacements(phrases) };
}

export type MatchKind = 'shortcut' | 'title' | 'pinyin' | 'keyword' | 'text' | 'fuzzy' | 'all';

/** Match tiers, best first. Within a tier: more uses first, then lower `order`. */
const TIER = {
  shortcutExact: 100,
  shortcutPrefix: 90,
  titlePrefix: 80,
  titleInitialsPrefix: 75,
  titleSpellPrefix: 72,
  titleSubstring: 70,
  keyword: 65,
  titleInitialsSubstring: 60,
  textSubstring: 50,
  textInitialsSubstring: 40,
  fuzzyTitle: 20,
  fuzzyText: 10,
} as const;

export interface PhraseSearchOptions {
  /** Only this group (e.g. '议价'). */
  group?: string;
  /**
   * Only phrases for this shop or for all shops (shopId null); a phrase the shop has its own
   * variant of gives way to that variant.
   */
  shopId?: string;
  /** Hide other agents' personal phrases; team phrases are always visible. */
  agentId?: string;
  /** At most this many results (default 50). */
  limit?: number;
}

export interface PhraseSearchResult<P extends SearchablePhrase> {
  phrase: P;
  /** Higher is better; equal scores are ordered by uses, then order. */
  score: number;
  matchedOn: MatchKind;
}

function isSubsequence(needle: string, hay: string): boolean {
  if (needle.length > hay.length) return false;
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay.charCodeAt(i) === needle.charCodeAt(j)) j++;
  return j === needle.length;
}

const KIND_OF: Record<number, MatchKind> = {
  [TIER.shortcutExact]: 'shortcut',
  [TIER.shortcutPrefix]: 'shortcut',
  [TIER.titlePrefix]: 'title',
  [TIER.titleInitialsPrefix]: 'pinyin',
  [TIER.titleSpellPrefix]: 'pinyin',
  [TIER.titleSubstring]: 'title',
  [TIER.keyword]: 'keyword',
  [TIER.titleInitialsSubstring]: 'pinyin',
  [TIER.textSubstring]: 'text',
  [TIER.textInitialsSubstring]: 'pinyin',
  [TIER.fuzzyTitle]: 'fuzzy',
  [TIER.fuzzyText]: 'fuzzy',
};

/** The tier a query word reaches on one phrase, 0 for no match. */
function scoreToken<P extends SearchablePhrase>(e: Entry<P>, q: string): number {
  if (e.shortcut !== '') {
    if (e.shortcut === q) return TIER.shortcutExact;
    if (e.shortcut.startsWith(q)) return TIER.shortcutPrefix;
  }
  if (e.title.startsWith(q)) return TIER.titlePrefix;
  if (e.titleInitials.startsWith(q)) return TIER.titleInitialsPrefix;
  if (q.length >= 2 && e.titleSpell.startsWith(q)) return TIER.titleSpellPrefix;
  if (e.title.includes(q)) return TIER.titleSubstring;
  for (const k of e.keywords) if (k.startsWith(q)) return TIER.keyword;
  if (e.titleInitials.includes(q)) return TIER.titleInitialsSubstring;
  if (e.text.includes(q)) return TIER.textSubstring;
  if (q.length < 2) return 0;
  if (e.textInitials.includes(q)) return TIER.textInitialsSubstring;
  if (isSubsequence(q, e.title) || isSubsequence(q, e.titleInitials)) return TIER.fuzzyTitle;
  if (isSubsequence(q, e.text)) return TIER.fuzzyText;
  return 0;
}

function visible(e: Entry<SearchablePhrase>, group: string | undefined, shopId: string | undefined, agentId: string | undefined): boolean {
  if (e.deleted) return false;
  if (group !== undefined && e.group !== group) return false;
  if (shopId !== undefined && e.shopId !== null && e.shopId !== shopId) return false;
  if (agentId !== undefined && e.personalOf !== null && e.personalOf !== agentId) return false;
  return true;
}

function isIndex<P extends SearchablePhrase>(s: PhraseIndex<P> | readonly P[]): s is PhraseIndex<P> {
  return !Array.isArray(s);
}

function byUse(a: SearchablePhrase, b: SearchablePhrase): number {
  return b.uses - a.uses || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Ranked phrase search for the `/` picker. Order of tiers: exact shortcut, shortcut prefix,
 * title prefix, pinyin initials of the title (hy → 欢迎…), full pinyin of the title, title
 * substring, keyword, initials inside the title, text substring, initials inside the text, then
 * fuzzy subsequence (title or its initials, then text). One-letter queries stop before the
 * text-initials and fuzzy tiers. Ties: more uses first, then `order`. Several words
 * (space-separated) must all match; the weakest one sets the tier. An empty query lists the
 * most-used phrases. A leading `/` is ignored.
 */
export function searchPhrases<P extends SearchablePhrase>(
  source: PhraseIndex<P> | readonly P[],
  query: string,
  opts: PhraseSearchOptions = {},
): PhraseSearchResult<P>[] {
  const index: PhraseIndex<P> = isIndex(source) ? source : buildPhraseIndex(source);
  const limit = opts.limit ?? 50;
  const { group, shopId, agentId } = opts;
  const tokens = normalizeForSearch(query).replace(/^\s*\//, '').split(/\s+/).filter((t) => t !== '');
  if (limit <= 0) return [];
  // Entries are already in uses/order order; bucketing by score keeps that order inside a tier.
  const buckets = new Map<number, PhraseSearchResult<P>[]>();
  for (const e of index.entries) {
    if (!visible(e, group, shopId, agentId)) continue;
    if (shopId !== undefined && index.replacedIn.get(e.phrase.id)?.has(shopId)) continue;
    if (tokens.length === 0) {
      const all = buckets.get(0) ?? [];
      all.push({ phrase: e.phrase, score: 0, matchedOn: 'all' });
      buckets.set(0, all);
      if (all.length >= limit) break;
      continue;
    }
    let score = Infinity;
    for (const t of tokens) {
      const s = scoreToken(e, t);
      if (s < score) score = s;
      if (s === 0) break;
    }
    if (score === 0) continue;
    const matchedOn = KIND_OF[score] ?? 'fuzzy';
    const bucket = buckets.get(score);
    if (bucket) {
      if (bucket.length < limit) bucket.push({ phrase: e.phrase, score, matchedOn });
    } else buckets.set(score, [{ phrase: e.phrase, score, matchedOn }]);
  }
  const results: PhraseSearchResult<P>[] = [];
  for (const score of [...buckets.keys()].sort((a, b) => b - a)) {
    for (const r of buckets.get(score) ?? []) {
      if (results.length >= limit) return results;
      results.push(r);
    }
  }
  return results;
}
