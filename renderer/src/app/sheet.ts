import { SCOPES, formatKeys, type CommandInfo, type Scope } from '../ui/commands';

export interface SheetRow {
  id: string;
  keys: string;
  /** i18n key */
  label: string;
}

export interface SheetGroup {
  scope: Scope;
  rows: SheetRow[];
}

/**
 * The F1 sheet: every command that has keys, by scope, in registry order. Derived from the
 * registry, so a key added to a command shows here and a row can't outlive its command.
 */
export function shortcutSheet(commands: readonly CommandInfo[]): SheetGroup[] {
  return SCOPES.map((scope) => ({
    scope,
    rows: commands.filter((c) => c.scope === scope && c.keys.length > 0).map((c) => ({ id: c.id, keys: c.sheetKeys ?? formatKeys(c.keys), label: c.label })),
  })).filter((g) => g.rows.length > 0);
}
