import type { RovingCtx } from '../../ui/roving';
import { defineCommands } from '../../ui/commands';

/** 接待 queue: what PresaleScreen binds. */
export interface QueueCtx {
  next: () => void;
}

/** Alt, so the key never types into the reply box. */
export const queueCommands = defineCommands<QueueCtx>('presale', [
  { id: 'presale:nextBuyer', label: 'commands.presale.nextBuyer', keys: ['Alt+N'], run: (c) => c.next() },
]);

/**
 * The waiting list: ↑↓ / J K move along the buyers, Home/End to the ends, Enter opens the chat
 * with the reply box focused. The rows are buttons, so the keys are the list's own on them.
 */
export const queueListCommands = defineCommands<RovingCtx>('presale', [
  { id: 'presale:queueDown', label: 'commands.presale.queueDown', keys: ['ArrowDown', 'J'], ownField: true, palette: false, run: (c) => c.move(1) },
  { id: 'presale:queueUp', label: 'commands.presale.queueUp', keys: ['ArrowUp', 'K'], ownField: true, palette: false, run: (c) => c.move(-1) },
  { id: 'presale:queueEnds', label: 'commands.presale.queueEnds', keys: ['Home', 'End'], ownField: true, palette: false, run: (c, hit) => c.move(hit.keyIndex === 1 ? 'last' : 'first') },
]);

/** The reply box: its Enter and `/` are its own keys, so they work while typing in it. */
export interface ComposerCtx {
  /** Where a `/` starts a word: "1/2" or a URL still types normally. */
  canOpenPicker: () => boolean;
  openPicker: () => void;
  send: () => void;
}

export const composerCommands = defineCommands<ComposerCtx>('presale', [
  { id: 'presale:phrases', label: 'commands.presale.phrases', keys: ['/'], ownField: true, palette: false, enabled: (c) => c.canOpenPicker(), run: (c) => c.openPicker() },
  // Shift+Enter is the box's own new line; the sheet names both.
  { id: 'presale:send', label: 'commands.presale.send', keys: ['Enter'], sheetKeys: 'Enter · Shift+Enter', ownField: true, palette: false, run: (c) => c.send() },
]);

/** One conversation's header actions: what ChatPane binds. */
export interface ChatCtx {
  /** The conversation is loaded and not closed yet. */
  open: boolean;
  resolve: () => void;
  transfer: () => void;
}

export const chatCommands = defineCommands<ChatCtx>('presale', [
  { id: 'presale:resolve', label: 'commands.presale.resolve', keys: ['Alt+R'], enabled: (c) => c.open, run: (c) => c.resolve() },
  { id: 'presale:transfer', label: 'commands.presale.transfer', keys: ['Alt+T'], enabled: (c) => c.open, run: (c) => c.transfer() },
]);

/** The phrase palette for pasting into 千牛 (companion mode); in Electron the same key is also global. */
export interface PhrasePaletteCtx {
  open: () => void;
}

export const phrasePaletteCommands = defineCommands<PhrasePaletteCtx>('global', [
  { id: 'global:phrasePalette', label: 'phrasePalette.command', keys: ['Ctrl+Alt+Space'], run: (c) => c.open() },
]);

export const presaleCommandSets = [queueCommands, queueListCommands, composerCommands, chatCommands, phrasePaletteCommands] as const;
