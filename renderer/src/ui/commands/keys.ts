/**
 * Key chords as commands declare them ('Alt+N', 'Ctrl+1', 'ArrowDown', '/') and as a keydown
 * delivers them. Pure, so matching is tested without a DOM.
 */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface Chord {
  /** Ctrl, or ⌘ on a Mac: one modifier for the agent. */
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** 'A'…'Z', '0'…'9', '/', or a named key ('Enter', 'ArrowDown', 'Tab', 'PageDown', 'F1'). */
  key: string;
}

const NAMED = ['Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Space'];
const FUNCTION_KEY = /^F([1-9]|1[0-2])$/;

/** Reads 'Ctrl+Shift+Tab'; refuses what no keyboard sends, so a typo in a command fails its test. */
export function parseChord(spec: string): Chord {
  const parts = spec.split('+');
  const key = parts.pop() ?? '';
  const chord: Chord = { mod: false, alt: false, shift: false, key: '' };
  for (const m of parts) {
    if (m === 'Ctrl') chord.mod = true;
    else if (m === 'Alt') chord.alt = true;
    else if (m === 'Shift') chord.shift = true;
    else throw new Error(`unknown modifier "${m}" in "${spec}"`);
  }
  if (/^[a-z]$/i.test(key)) chord.key = key.toUpperCase();
  else if (/^[0-9/]$/.test(key) || FUNCTION_KEY.test(key) || NAMED.includes(key)) chord.key = key;
  else throw new Error(`unknown key "${key}" in "${spec}"`);
  return chord;
}

/** One spelling per chord, for telling whether two commands claim the same key. */
export const chordId = (c: Chord): string => `${c.mod ? 'Ctrl+' : ''}${c.alt ? 'Alt+' : ''}${c.shift ? 'Shift+' : ''}${c.key}`;

export function matchesChord(c: Chord, e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) !== c.mod || e.altKey !== c.alt) return false;
  // Letters and digits by their physical key as well: a Chinese IME reports "Process" as the key,
  // Alt on a Mac changes the character, and Shift turns 1 into "!".
  if (/^[A-Z]$/.test(c.key)) return e.shiftKey === c.shift && (e.code === `Key${c.key}` || e.key.toUpperCase() === c.key);
  if (/^[0-9]$/.test(c.key)) return e.shiftKey === c.shift && (e.code === `Digit${c.key}` || e.key === c.key);
  // "/" is Shift+7 on some layouts: the character itself counts whatever Shift did; the US key
  // only unshifted, so Shift+/ stays the buyer's question mark.
  if (c.key === '/') return e.key === '/' || (e.code === 'Slash' && e.shiftKey === c.shift && e.key !== '?');
  if (c.key === 'Space') return e.shiftKey === c.shift && e.key === ' ';
  return e.shiftKey === c.shift && e.key.toLowerCase() === c.key.toLowerCase();
}

/**
 * Keys a text field types or acts on itself (letters, Enter, arrows — anything without Ctrl or
 * Alt, function keys aside): such a command does not fire while the agent is in a field.
 */
export const isFieldKey = (c: Chord): boolean => !c.mod && !c.alt && !FUNCTION_KEY.test(c.key);

const SHOWN: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** How a chord is printed on the F1 sheet and in the palette ('ArrowDown' → '↓', 'j' → 'J'). */
export function formatChord(spec: string): string {
  const c = parseChord(spec);
  return `${c.mod ? 'Ctrl+' : ''}${c.alt ? 'Alt+' : ''}${c.shift ? 'Shift+' : ''}${SHOWN[c.key] ?? c.key}`;
}

export const formatKeys = (keys: readonly string[]): string => keys.map(formatChord).join(' · ');
