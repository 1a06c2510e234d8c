import { defineCommands } from '../../ui/commands';

/** The 笔记 screen: what NotesScreen binds while the focus is in it. */
export interface NotesCtx {
  newNote: () => void;
}

export const notesCommands = defineCommands<NotesCtx>('notes', [
  { id: 'notes:newNote', label: 'commands.notes.newNote', keys: ['Alt+N'], run: (c) => c.newNote() },
]);

/** One note's editor: what NoteEditor binds while the focus is in it. */
export interface NoteEditorCtx {
  save: () => void;
}

/** It saves by itself anyway; Ctrl+S is for the agent who wants to be sure (and not the browser's "save page"). */
export const noteEditorCommands = defineCommands<NoteEditorCtx>('notes', [
  { id: 'notes:save', label: 'commands.notes.save', keys: ['Ctrl+S'], run: (c) => c.save() },
]);

export const notesCommandSets = [notesCommands, noteEditorCommands] as const;
