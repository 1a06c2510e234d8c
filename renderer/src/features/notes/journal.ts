import { JOURNAL_MAX_BODY, type JournalEntry } from '@shared/host/contract';
import { MAX_NOTE_TITLE_CHARS } from '@shared/schemas/shift';
import { getHost } from '../../host';
import { createJournalPacer } from './journalPacer';

/**
 * The crash journal, kept by the host: every change of the text being typed is sent at once
 * (Electron's main process writes it to a file per note; the browser host to localStorage), so a
 * renderer crash or kill loses at most the last keystroke (very long notes: a quarter second, see
 * journalPacer). IndexedDB (the autosave) stays the store.
 */

const pacer = createJournalPacer((entry) => {
  try {
    getHost().send('journal:write', entry);
  } catch {
    // A refused payload must never break typing; the autosave is the real store.
  }
}, { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (h) => window.clearTimeout(h as number) });

export function writeJournal(entry: JournalEntry): void {
  // Over the cap the host would refuse it; the autosave still commits within a second.
  if (entry.body.length > JOURNAL_MAX_BODY || entry.title.length > MAX_NOTE_TITLE_CHARS) return;
  pacer.write(entry);
}

/** Drops the entry once the store holds the same text (so it is never "restored" needlessly). */
export function clearJournal(noteId: string, body: string, title: string): void {
  pacer.flush(noteId);
  if (body.length > JOURNAL_MAX_BODY || title.length > MAX_NOTE_TITLE_CHARS) return;
  try {
    getHost().send('journal:clear', { noteId, match: { title, body } });
  } catch {
    // see writeJournal
  }
}

export function dropJournal(noteId: string): void {
  pacer.flush(noteId);
  try {
    getHost().send('journal:clear', { noteId, match: null });
  } catch {
    // see writeJournal
  }
}

/** The entries that survived the last run (read once at start, before any editor opens). */
export async function readJournals(): Promise<JournalEntry[]> {
  const r = await getHost().invoke('journal:read', {});
  return r.ok ? r.value.entries : [];
}
