export { REVISION_KEEP_MS, REVISION_WINDOW_MS, revisionsToDrop, shouldSnapshot, type RevisionLike, type RevisionReason } from './revisions';
export { parseNoteLinks, type NoteSegment } from './links';
export { matchesNote, noteSearchKey, normalizeNoteText, pinyinInitials, type NoteSearchKey, type SearchableNote } from './search';
export { checkPaste, MAX_NOTE_CHARS, type PasteCheck } from './limits';
export { noteJournalVerdict } from './noteJournal';
export { notesListView, noteKeyCache, type NotesListView, type NotesListInput, type NoteListItem, type NoteOwnerLabel, type NoteSubjectRef } from './view';
