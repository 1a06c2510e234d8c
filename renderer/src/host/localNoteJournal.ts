import { NOTE_JOURNAL_MAX_ENTRIES, NoteJournalEntry } from '@shared/host/contract';

/**
 * The browser host's crash journal: localStorage, which is synchronous and outlives a renderer
 * crash or a killed tab. (A SIGKILL of the whole browser can lose what it had not flushed yet;
 * the Electron host keeps the journal in files written by the main process instead.)
 */
const PREFIX = 'xiaoer.noteJournal.';

const parse = (raw: string | null): NoteJournalEntry | null => {
  if (!raw) return null;
  try {
    const r = NoteJournalEntry.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
};

export function createLocalNoteJournal(storage: Storage) {
  return {
    write(entry: NoteJournalEntry): void {
      try {
        storage.setItem(PREFIX + entry.noteId, JSON.stringify(entry));
      } catch {
        // Quota exceeded (a huge note): the IndexedDB autosave still runs within a second.
      }
    },
    read(): NoteJournalEntry[] {
      const out: NoteJournalEntry[] = [];
      const bad: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const entry = parse(storage.getItem(key));
        if (entry && PREFIX + entry.noteId === key) out.push(entry);
        else bad.push(key);
      }
      bad.forEach((k) => storage.removeItem(k));
      return out.sort((a, b) => b.at - a.at).slice(0, NOTE_JOURNAL_MAX_ENTRIES);
    },
    clear(noteId: string, match: { title: string; body: string } | null): void {
      const key = PREFIX + noteId;
      if (match) {
        const entry = parse(storage.getItem(key));
        if (entry && (entry.body !== match.body || entry.title !== match.title)) return;
      }
      storage.removeItem(key);
    },
  };
}
