import { defineCommands } from '../ui/commands';

/** What the console's own commands act on; Console binds it. */
export interface ConsoleCtx {
  /** The n-th fixed tab (0 = 接待). */
  showTab: (index: number) => void;
  closeTab: () => void;
  stepTab: (step: 1 | -1) => void;
  openPalette: () => void;
  toggleHelp: () => void;
  /** Ends this agent's session on the PC (in a team: the server session too) and shows the sign-in. */
  signOut: () => void;
}

/**
 * Keys that work on every screen. A browser tab keeps Ctrl+W, Ctrl+1…9 and Ctrl+Tab/PageDown for
 * itself, so the browser host also answers to Alt+W, Alt+1…9 and Alt+PageDown/PageUp (shown in F1
 * there); the Electron app has only the documented keys.
 */
export const consoleCommands = defineCommands<ConsoleCtx>('global', [
  // Ctrl+digit by the physical key, so Chinese IMEs and Shift layouts still switch tabs.
  { id: 'global:tab', label: 'commands.global.tab', keys: ['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7', 'Ctrl+8', 'Ctrl+9'], sheetKeys: 'Ctrl+1 … Ctrl+9', browserKeys: ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6', 'Alt+7', 'Alt+8', 'Alt+9'], browserSheetKeys: 'Alt+1 … Alt+9', palette: false, run: (c, hit) => c.showTab(hit.keyIndex) },
  { id: 'global:palette', label: 'commands.global.palette', keys: ['Ctrl+K'], palette: false, run: (c) => c.openPalette() },
  { id: 'global:closeTab', label: 'commands.global.closeTab', keys: ['Ctrl+W'], browserKeys: ['Alt+W'], run: (c) => c.closeTab() },
  { id: 'global:nextTab', label: 'commands.global.nextTab', keys: ['Ctrl+Tab', 'Ctrl+PageDown'], browserKeys: ['Alt+PageDown'], run: (c) => c.stepTab(1) },
  { id: 'global:prevTab', label: 'commands.global.prevTab', keys: ['Ctrl+Shift+Tab', 'Ctrl+PageUp'], browserKeys: ['Alt+PageUp'], run: (c) => c.stepTab(-1) },
  // F1 everywhere (Windows habit); Ctrl+/ as in chat apps. A bare "?" would eat the buyer's question mark.
  { id: 'global:help', label: 'commands.global.help', keys: ['F1', 'Ctrl+/'], run: (c) => c.toggleHelp() },
  // Two shifts share a PC (issue 13): the shift change is keyboard-only, as a screen lock is (L for lock).
  { id: 'global:signOut', label: 'commands.global.signOut', keys: ['Ctrl+Shift+L'], run: (c) => c.signOut() },
]);
