import type { NoteJournalEntry } from '@shared/host/contract';

/**
 * Paces journal writes by size. A short note is journaled on every keystroke (a crash loses at
 * most that keystroke). A very long note costs the host a full copy per keystroke (~5 ms at
 * 500k characters), so its writes are coalesced to one per `everyMs`: a crash then loses at most
 * that much typing, and typing stays fluid.
 */
export const PACE_ABOVE_CHARS = 20_000;
export const PACE_EVERY_MS = 250;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface JournalPacer {
  write(entry: NoteJournalEntry): void;
  /** Sends a note's pending write now (before a clear, so the host sees writes in order). */
  flush(noteId: string): void;
}

export function createNoteJournalPacer(send: (entry: NoteJournalEntry) => void, timers: Timers, everyMs = PACE_EVERY_MS): JournalPacer {
  const pending = new Map<string, { entry: NoteJournalEntry; handle: unknown }>();
  const flush = (noteId: string): void => {
    const p = pending.get(noteId);
    if (!p) return;
    timers.clearTimeout(p.handle);
    pending.delete(noteId);
    send(p.entry);
  };
  return {
    write(entry) {
      const waiting = pending.get(entry.noteId);
      if (waiting) {
        waiting.entry = entry;
        return;
      }
      if (entry.body.length <= PACE_ABOVE_CHARS) {
        send(entry);
        return;
      }
      pending.set(entry.noteId, { entry, handle: timers.setTimeout(() => flush(entry.noteId), everyMs) });
    },
    flush,
  };
}
