import type { RovingCtx } from '../../ui/roving';
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

/** The notes list: ↑↓ / J K along the notes, Home/End to the ends, Enter opens one. */
export const noteListCommands = defineCommands<RovingCtx>('notes', [
  { id: 'notes:down', label: 'commands.notes.down', keys: ['ArrowDown', 'J'], ownField: true, palette: false, run: (c) => c.move(1) },
  { id: 'notes:up', label: 'commands.notes.up', keys: ['ArrowUp', 'K'], ownField: true, palette: false, run: (c) => c.move(-1) },
  { id: 'notes:ends', label: 'commands.notes.ends', keys: ['Home', 'End'], ownField: true, palette: false, run: (c, hit) => c.move(hit.keyIndex === 1 ? 'last' : 'first') },
]);

export const notesCommandSets = [notesCommands, noteEditorCommands, noteListCommands] as const;
