import type { NoteJournalEntry } from '../../host/contract';

/**
 * On start: a journal entry newer than the stored note and with different text holds typing the
 * store never received (the app was killed before the autosave) → restore it. Otherwise the
 * store already has it (or something newer) and the entry is discarded.
 */
export function noteJournalVerdict(entry: NoteJournalEntry, stored: { title: string; body: string; updatedAt: number } | null): 'restore' | 'discard' {
  if (!stored) return 'restore';
  if (stored.body === entry.body && stored.title === entry.title) return 'discard';
  return entry.at > stored.updatedAt ? 'restore' : 'discard';
}
