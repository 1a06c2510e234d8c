import type { KeyboardEvent } from 'react';

/**
 * Roving focus over a list's items (DESIGN §6: lists are roving-tabindex listboxes): ↑↓ or J K move
 * the focus to the next or previous item, Home/End to the ends; Enter is the item's own (a button
 * opens). Put it on the list's onKeyDown; `items` selects the focusable items inside it.
 * `letters: false` where J or K is a row's own key (交接's K keeps a promise). Returns the item
 * it moved to, if any.
 */
export function rovingKeyDown(e: KeyboardEvent<HTMLElement>, items: string, { letters = true }: { letters?: boolean } = {}): HTMLElement | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.nativeEvent.isComposing) return null;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(items)];
  if (all.length === 0) return null;
  const at = all.findIndex((el) => el === document.activeElement || el.contains(document.activeElement));
  const key = e.key.length === 1 ? (letters ? e.key.toLowerCase() : '') : e.key;
  const to = key === 'ArrowDown' || key === 'j' ? Math.min(at + 1, all.length - 1)
    : key === 'ArrowUp' || key === 'k' ? Math.max(at - 1, 0)
    : key === 'Home' ? 0
    : key === 'End' ? all.length - 1
    : null;
  // j and k are letters in a field inside the list (a search box): only the items' own keys.
  if (to === null || (at < 0 && (key === 'j' || key === 'k'))) return null;
  const target = all[to];
  if (!target) return null;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return target;
}

/** Only the list's current item is a Tab stop; the others are reached with the arrow keys. */
export const rovingTabIndex = (current: boolean): 0 | -1 => (current ? 0 : -1);
