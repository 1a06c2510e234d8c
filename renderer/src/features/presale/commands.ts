import type { RovingCtx } from '../../ui/roving';
import { NOT_BOUGHT_REASONS, type NotBoughtReason } from '@shared/domain/reports';
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
  /** A presale chat: resolving it may carry its outcome for 报表. */
  presale: boolean;
  resolve: () => void;
  /** Resolves with the outcome tag: 已下单, or 未下单 and why. */
  resolveAs: (outcome: { ordered: boolean; reason: NotBoughtReason | null }) => void;
  transfer: () => void;
}

/**
 * Ctrl+Alt+1 已下单, Ctrl+Alt+2…7 未下单 per reason, in the order of NOT_BOUGHT_REASONS (价格 尺码 缺货 物流
 * 犹豫 其他). Not Alt+digit: the browser host gives Alt+1…9 to the tabs (Chromium keeps Ctrl+1…9).
 */
export const OUTCOME_KEYS: Readonly<Record<'ordered' | NotBoughtReason, string>> = {
  ordered: 'Ctrl+Alt+1',
  ...(Object.fromEntries(NOT_BOUGHT_REASONS.map((r, i) => [r, `Ctrl+Alt+${i + 2}`])) as Record<NotBoughtReason, string>),
};

export const chatCommands = defineCommands<ChatCtx>('presale', [
  { id: 'presale:resolve', label: 'commands.presale.resolve', keys: ['Alt+R'], enabled: (c) => c.open, run: (c) => c.resolve() },
  { id: 'presale:transfer', label: 'commands.presale.transfer', keys: ['Alt+T'], enabled: (c) => c.open, run: (c) => c.transfer() },
  // The chat's outcome in one key, as it is resolved (issue 17: why buyers did not buy).
  { id: 'presale:resolveOrdered', label: 'commands.presale.resolveOrdered', keys: [OUTCOME_KEYS.ordered], enabled: (c) => c.open && c.presale, run: (c) => c.resolveAs({ ordered: true, reason: null }) },
  ...NOT_BOUGHT_REASONS.map((reason) => ({
    id: `presale:notBought${reason.charAt(0).toUpperCase()}${reason.slice(1)}`, label: `commands.presale.notBought.${reason}`, keys: [OUTCOME_KEYS[reason]],
    enabled: (c: ChatCtx) => c.open && c.presale, run: (c: ChatCtx) => c.resolveAs({ ordered: false, reason }),
  })),
]);

/** The phrase palette for pasting into 千牛 (companion mode); in Electron the same key is also global. */
export interface PhrasePaletteCtx {
  open: () => void;
}

export const phrasePaletteCommands = defineCommands<PhrasePaletteCtx>('global', [
  { id: 'global:phrasePalette', label: 'phrasePalette.command', keys: ['Ctrl+Alt+Space'], run: (c) => c.open() },
]);

export const presaleCommandSets = [queueCommands, queueListCommands, composerCommands, chatCommands, phrasePaletteCommands] as const;
