export { createNoteJournalStore, type NoteJournalFs, type NoteJournalStore, type NoteJournalStoreDeps } from './note-journal-store';
