export { NotesScreen } from './NotesScreen';
export { SubjectNotes } from './SubjectNotes';
export { recoverFromJournal, useRecovery as useRecoveredNotes } from './recovery';
export { notesCommandSets } from './commands';
