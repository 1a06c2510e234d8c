import { NOTE_JOURNAL_MAX_BODY, type NoteJournalEntry } from '@shared/host/contract';
import { MAX_NOTE_TITLE_CHARS } from '@shared/schemas/shift';
import { getHost } from '../../host';
import { createNoteJournalPacer } from './noteJournalPacer';

/**
 * The crash journal, kept by the host: every change of the text being typed is sent at once
 * (Electron's main process writes it to a file per note; the browser host to localStorage), so a
 * renderer crash or kill loses at most the last keystroke (very long notes: a quarter second, see
 * journalPacer). IndexedDB (the autosave) stays the store.
 */

const pacer = createNoteJournalPacer((entry) => {
  try {
    getHost().send('noteJournal:write', entry);
  } catch {
    // A refused payload must never break typing; the autosave is the real store.
  }
}, { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (h) => window.clearTimeout(h as number) });

export function writeJournal(entry: NoteJournalEntry): void {
  // Over the cap the host would refuse it; the autosave still commits within a second.
  if (entry.body.length > NOTE_JOURNAL_MAX_BODY || entry.title.length > MAX_NOTE_TITLE_CHARS) return;
  pacer.write(entry);
}

/** Drops the entry once the store holds the same text (so it is never "restored" needlessly). */
export function clearJournal(noteId: string, body: string, title: string): void {
  pacer.flush(noteId);
  if (body.length > NOTE_JOURNAL_MAX_BODY || title.length > MAX_NOTE_TITLE_CHARS) return;
  try {
    getHost().send('noteJournal:clear', { noteId, match: { title, body } });
  } catch {
    // see writeJournal
  }
}

export function dropJournal(noteId: string): void {
  pacer.flush(noteId);
  try {
    getHost().send('noteJournal:clear', { noteId, match: null });
  } catch {
    // see writeJournal
  }
}

/** The entries that survived the last run (read once at start, before any editor opens). */
export async function readJournals(): Promise<NoteJournalEntry[]> {
  const r = await getHost().invoke('noteJournal:read', {});
  return r.ok ? r.value.entries : [];
}
