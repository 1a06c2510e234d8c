/**
 * A command is one thing an agent can do (DESIGN §6 "Commands, not listeners"): its id, the
 * i18n key of its label, its keys in a scope, when it is enabled and what it runs. Features
 * define them beside their screens; the mounted screen binds them to its state (useCommands);
 * the app's one dispatcher, the F1 sheet and the Ctrl+K palette all read the same registry.
 */

/** Where a command's keys work; also the sections of the F1 sheet, in this order. */
export const SCOPES = ['global', 'presale', 'payments', 'verify', 'orders', 'cases', 'notes', 'handover'] as const;
export type Scope = (typeof SCOPES)[number];

/** Which of a command's keys was pressed (Ctrl+1 … Ctrl+9 is one command); -1 from the palette. */
export interface CommandHit {
  keyIndex: number;
}

export interface CommandDef<C> {
  /** '<scope>:<name>' (a colon: an id is not an i18n key), unique across the registry. */
  id: string;
  /** i18n key of what the F1 sheet and the palette show. */
  label: string;
  /** Chords as parseChord reads them; the first is the one shown first. Empty: palette only. */
  keys: readonly string[];
  /** What the F1 sheet prints instead of the keys, where listing them all would not read well. */
  sheetKeys?: string;
  /**
   * Where a browser tab keeps `keys` for itself (Ctrl+W closes the browser's tab, Ctrl+1…9 and
   * Ctrl+Tab switch its tabs), the keys the browser host answers to as well, one for one with
   * `keys` (the n-th stands for the n-th). The Electron app has only `keys`.
   */
  browserKeys?: readonly string[];
  browserSheetKeys?: string;
  /** Listed in the Ctrl+K palette (default true); false for keys that only make sense typed. */
  palette?: boolean;
  /**
   * The keys are the region's own even on its fields and buttons, so the typing guard lets them
   * through: the reply box's Enter, or a grid whose only focusables are its links.
   */
  ownField?: boolean;
  /** Checked before every run, from a key or the palette; a disabled command leaves its key alone. */
  enabled?: (ctx: C) => boolean;
  run: (ctx: C, hit: CommandHit) => void;
}

/** What is known of a command without a mounted screen: enough for the sheet, tests and the palette. */
export interface CommandInfo {
  id: string;
  label: string;
  scope: Scope;
  keys: readonly string[];
  sheetKeys?: string;
  browserKeys: readonly string[];
  browserSheetKeys?: string;
  palette: boolean;
  ownField: boolean;
}

/** The commands one component binds, all in one scope and over one context. */
export interface CommandSet<C> {
  scope: Scope;
  commands: readonly CommandDef<C>[];
}

export const defineCommands = <C>(scope: Scope, commands: readonly CommandDef<C>[]): CommandSet<C> => ({ scope, commands });

export const commandInfo = (scope: Scope, c: CommandDef<never>): CommandInfo => ({
  id: c.id,
  label: c.label,
  scope,
  keys: c.keys,
  ...(c.sheetKeys === undefined ? {} : { sheetKeys: c.sheetKeys }),
  browserKeys: c.browserKeys ?? [],
  ...(c.browserSheetKeys === undefined ? {} : { browserSheetKeys: c.browserSheetKeys }),
  palette: c.palette ?? true,
  ownField: c.ownField ?? false,
});

/** Every command of these sets, as static information. */
export const infosOf = (sets: readonly CommandSet<never>[]): CommandInfo[] => sets.flatMap((s) => s.commands.map((c) => commandInfo(s.scope, c)));
