import type { Note } from '../../schemas/shift';
import { matchesNote, noteSearchKey, type NoteSearchKey, type SearchableNote } from './search';

/** What a buyer, order or case note is about (the data layer names it). */
export interface NoteSubjectRef {
  kind: 'buyer' | 'order' | 'case';
  label: string;
}

/** Whose note a list line says it is. */
export type NoteOwnerLabel = { kind: 'subject'; subject: NoteSubjectRef } | { kind: 'shared' } | { kind: 'personal' };

export interface NoteListItem {
  id: string;
  /** The title, else the start of the body; null for an empty note ("untitled"). */
  title: string | null;
  pinned: boolean;
  owner: NoteOwnerLabel;
  updatedAt: number;
  tags: readonly string[];
}

export interface NotesListView {
  items: NoteListItem[];
  /** The note the editor shows: the picked one, else the first in the memo book. */
  activeId: string | null;
  /** Why the list is empty once loaded: nothing matches the search, or there are no notes yet. */
  empty: 'noMatch' | 'empty' | null;
}

export interface NotesListInput {
  /** The memo book (personal and shop notes); null while the store has not answered. */
  notes: readonly Note[] | null;
  /** Buyer, order and case notes: not listed in the memo book, but found by a search. */
  subjects: readonly { note: Note; subject: NoteSubjectRef }[];
  query: string;
  selected: string | null;
  /** Search key of a note (a cache may stand in for noteSearchKey). */
  keyOf?: (note: Note) => NoteSearchKey;
}

/** Characters of the body a title-less note is listed by. */
const UNTITLED_PREVIEW = 24;

/** What the 笔记 list shows. */
export function notesListView({ notes, subjects, query, selected, keyOf = noteSearchKey }: NotesListInput): NotesListView {
  const subjectOf = new Map(subjects.map((s) => [s.note.id, s.subject]));
  const found = !notes ? [] : !query.trim() ? notes : [...notes, ...subjects.map((s) => s.note)].filter((n) => matchesNote(keyOf(n), query));
  const items = found.map((n): NoteListItem => {
    const subject = subjectOf.get(n.id);
    return {
      id: n.id,
      title: n.title || n.body.slice(0, UNTITLED_PREVIEW) || null,
      pinned: n.pinned,
      owner: subject ? { kind: 'subject', subject } : n.ownerId === null ? { kind: 'shared' } : { kind: 'personal' },
      updatedAt: n.updatedAt,
      tags: n.tags,
    };
  });
  return {
    items,
    activeId: selected ?? notes?.[0]?.id ?? null,
    empty: notes && items.length === 0 ? (query ? 'noMatch' : 'empty') : null,
  };
}

/**
 * Search keys (with pinyin, the slow part) kept per note and rebuilt when what they are made
 * of changes; keyed on content, not updatedAt, so two saves in one millisecond cannot leave a
 * stale key.
 */
export function noteKeyCache(): (note: SearchableNote) => NoteSearchKey {
  const keys = new Map<string, { of: string; key: NoteSearchKey }>();
  return (n) => {
    const of = `${n.title}\u0000${n.tags.join(' ')}\u0000${n.body}`;
    let k = keys.get(n.id);
    if (!k || k.of !== of) keys.set(n.id, (k = { of, key: noteSearchKey(n) }));
    return k.key;
  };
}
