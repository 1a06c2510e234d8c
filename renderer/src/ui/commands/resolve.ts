import { isFieldKey, matchesChord, parseChord, type KeyLike } from './keys';
import type { CommandInfo } from './types';
import { liveKeyLists } from './hostKeys';

/**
 * A bound command as the dispatcher sees it for one key press. `place`: the depth of its focus
 * region when that region holds the focus (deeper = more inner), 'mounted' when it works
 * anywhere while its screen is on, 'outside' when its region does not hold the focus.
 */
export interface Candidate {
  info: CommandInfo;
  place: number | 'mounted' | 'outside';
  /** Bind order: among equals, the one bound last (the newest screen) wins. */
  order: number;
  enabled: () => boolean;
}

export interface Pressed extends KeyLike {
  /** The focus is in a text field, a select or on a button (typingInField). */
  inField: boolean;
  /** An IME is composing: Enter and letters are the IME's. */
  composing: boolean;
}

const rank = (c: Candidate): number => (typeof c.place === 'number' ? 1_000 + c.place : c.info.scope === 'global' ? 0 : 1);

/**
 * The scopes in the order a key press asks them: the focused regions innermost first, then the
 * mounted screen's commands, then the global ones.
 */
export function inScopeOrder<T extends Candidate>(candidates: readonly T[]): T[] {
  return candidates.filter((c) => c.place !== 'outside').sort((a, b) => rank(b) - rank(a) || b.order - a.order);
}

/** The command a key press runs, and which of its keys it was; null when none takes it. */
export function resolveKey<T extends Candidate>(candidates: readonly T[], e: Pressed): { candidate: T; keyIndex: number } | null {
  for (const candidate of inScopeOrder(candidates)) {
    for (const keys of liveKeyLists(candidate.info)) {
      const keyIndex = keys.findIndex((spec) => {
        const chord = parseChord(spec);
        if (!matchesChord(chord, e)) return false;
        // Single keys are the field's own while the agent types (催付's M must stay a letter).
        if (isFieldKey(chord) && (e.composing || (e.inField && !candidate.info.ownField))) return false;
        return true;
      });
      if (keyIndex >= 0 && candidate.enabled()) return { candidate, keyIndex };
    }
  }
  return null;
}

/**
 * What the palette offers: every enabled command of the screens on view and the global ones
 * (the palette holds the focus, so focus regions count as on view), one entry per command.
 */
export function paletteCandidates<T extends Candidate>(candidates: readonly T[]): T[] {
  const seen = new Set<string>();
  const onView = (c: Candidate): number => (c.info.scope === 'global' ? 0 : 1);
  return [...candidates]
    .sort((a, b) => onView(b) - onView(a) || b.order - a.order)
    .filter((c) => {
      if (!c.info.palette || seen.has(c.info.id)) return false;
      seen.add(c.info.id);
      return c.enabled();
    });
}
