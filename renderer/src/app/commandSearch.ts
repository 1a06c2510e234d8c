import { buildPhraseIndex, searchPhrases, type PhraseIndex, type SearchablePhrase } from '@shared/domain/phrases';

/** A command as the palette searches it: its label on screen, and other words that find it. */
export interface SearchableCommand {
  id: string;
  label: string;
  /** The label in the other language, the scope's name ("催付" lists 催付's commands). */
  words: readonly string[];
}

/**
 * Palette search over commands with the phrase picker's own ranking: label prefix, pinyin
 * initials (xjbj → 新建笔记) and full pinyin, then substrings and fuzzy; one implementation of
 * "find by Chinese or its pinyin" for the whole app.
 */
export function commandIndex(commands: readonly SearchableCommand[]): PhraseIndex<SearchablePhrase> {
  return buildPhraseIndex(commands.map((c, order) => ({ id: c.id, group: '', title: c.label, text: '', shortcut: '', keywords: [...c.words], uses: 0, order })));
}

/** Ids of the matching commands, best first; all of them for an empty query, in registry order. */
export const findCommands = (index: PhraseIndex<SearchablePhrase>, query: string): string[] =>
  searchPhrases(index, query, { limit: 100 }).map((r) => r.phrase.id);

/**
 * Ids of the names (buyers, shops, products) a query finds, best first, at most `limit`: by the
 * text, pinyin initials or full pinyin, never by a loose subsequence — thousands of nicks would
 * answer any two letters, and a name must not push the tab or command asked for off the top.
 */
export const findNames = (index: PhraseIndex<SearchablePhrase>, query: string, limit: number): string[] =>
  query.trim() ? searchPhrases(index, query, { limit: limit * 4 }).filter((r) => r.matchedOn !== 'fuzzy').slice(0, limit).map((r) => r.phrase.id) : [];
