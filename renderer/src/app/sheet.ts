import { SCOPES, formatKeys, type CommandInfo, type Scope } from '../ui/commands';

export interface SheetRow {
  id: string;
  keys: string;
  /** The browser host's alternatives, where the browser keeps the keys (printed beside them). */
  browserKeys?: string;
  /** i18n key */
  label: string;
}

export interface SheetGroup {
  scope: Scope;
  rows: SheetRow[];
}

/**
 * The F1 sheet: every command that has keys, by scope, in registry order. Derived from the
 * registry, so a key added to a command shows here and a row can't outlive its command. For the
 * browser host (`browser`) a row also names the keys that work there instead of the browser's own.
 */
export function shortcutSheet(commands: readonly CommandInfo[], { browser = false }: { browser?: boolean } = {}): SheetGroup[] {
  return SCOPES.map((scope) => ({
    scope,
    rows: commands.filter((c) => c.scope === scope && c.keys.length > 0).map((c) => ({
      id: c.id,
      keys: c.sheetKeys ?? formatKeys(c.keys),
      ...(browser && c.browserKeys.length > 0 ? { browserKeys: c.browserSheetKeys ?? formatKeys(c.browserKeys) } : {}),
      label: c.label,
    })),
  })).filter((g) => g.rows.length > 0);
}
