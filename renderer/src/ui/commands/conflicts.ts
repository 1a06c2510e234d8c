import { chordId, parseChord } from './keys';
import type { CommandInfo } from './types';

export interface Conflict {
  key: string;
  scope: string;
  ids: [string, string];
}

/**
 * Two commands that would fight over one key: the same key twice in one scope, or a screen's key
 * that is also a global one (the screen would silently take Ctrl+W away). Screens never on view
 * together may reuse a key (Alt+N is "new" on each).
 */
export function findConflicts(infos: readonly CommandInfo[]): Conflict[] {
  const owner = new Map<string, string>();
  const conflicts: Conflict[] = [];
  const claim = (scope: string, key: string, id: string): void => {
    const slot = `${scope} ${key}`;
    const before = owner.get(slot);
    if (before !== undefined && before !== id) conflicts.push({ key, scope, ids: [before, id] });
    else owner.set(slot, id);
  };
  // A browser alternative must be as free as the key it stands for (both work in the browser host).
  const keysOf = (c: CommandInfo): string[] => [...new Set([...c.keys, ...c.browserKeys].map((k) => chordId(parseChord(k))))];
  for (const c of infos) for (const k of keysOf(c)) claim(c.scope, k, c.id);
  const globalKeys = new Map(infos.filter((c) => c.scope === 'global').flatMap((c) => keysOf(c).map((k) => [k, c.id] as const)));
  for (const c of infos) {
    if (c.scope === 'global') continue;
    for (const k of keysOf(c)) {
      const g = globalKeys.get(k);
      if (g !== undefined) conflicts.push({ key: k, scope: c.scope, ids: [g, c.id] });
    }
  }
  return conflicts;
}

/** Ids used twice would make the palette and the sheet show one command for two. */
export const duplicateIds = (infos: readonly CommandInfo[]): string[] => {
  const seen = new Set<string>();
  return infos.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
};
