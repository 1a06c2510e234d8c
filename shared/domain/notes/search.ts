import { pinyin } from 'pinyin-pro';

/** What note search reads. */
export interface SearchableNote {
  id: string;
  title: string;
  body: string;
  tags: readonly string[];
}

/** Pinyin is computed over the title and at most this many leading characters of the body. */
const PINYIN_CHARS = 400;
const HAN = /\p{Script=Han}/u;

export const normalizeNoteText = (s: string): string => s.normalize('NFKC').toLowerCase();

/** Pinyin initials, one letter per Han character; other letters and digits kept (报价单A → bjda). */
export function pinyinInitials(s: string): string {
  if (!HAN.test(s)) return normalizeNoteText(s).replace(/[^\p{L}\p{N}]/gu, '');
  const parts = pinyin(s, { pattern: 'first', toneType: 'none', type: 'array', v: true });
  return parts.join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export interface NoteSearchKey {
  id: string;
  text: string;
  initials: string;
}

/** Computed once per note revision, so typing a query does not recompute pinyin. */
export function noteSearchKey(n: SearchableNote): NoteSearchKey {
  const text = normalizeNoteText(`${n.title}\n${n.tags.join(' ')}\n${n.body}`);
  const head = `${n.title} ${n.tags.join(' ')} ${n.body.slice(0, PINYIN_CHARS)}`;
  return { id: n.id, text, initials: pinyinInitials(head) };
}

/**
 * Whether a note matches a query: every word of the query must be found in the text, or — for
 * words made only of latin letters — among the pinyin initials (客户投诉 matches "khts").
 */
export function matchesNote(key: NoteSearchKey, query: string): boolean {
  const words = normalizeNoteText(query).split(/\s+/).filter(Boolean);
  return words.every((w) => key.text.includes(w) || (/^[a-z]+$/.test(w) && key.initials.includes(w)));
}
