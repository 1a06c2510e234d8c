/**
 * Roving focus over a list's items (DESIGN §6: lists are roving-tabindex listboxes): the list's
 * commands (↑↓ / J K, Home/End, registered per feature so F1 lists them) move the focus with
 * this; Enter is the item's own (a button opens). Returns the item focused, if any.
 */
export function moveFocus(list: HTMLElement | null, items: string, to: 1 | -1 | 'first' | 'last'): HTMLElement | null {
  const all = list ? [...list.querySelectorAll<HTMLElement>(items)] : [];
  if (all.length === 0) return null;
  const at = all.findIndex((el) => el === document.activeElement || el.contains(document.activeElement));
  const index = to === 'first' ? 0 : to === 'last' ? all.length - 1 : at < 0 ? 0 : Math.max(0, Math.min(all.length - 1, at + to));
  const target = all[index];
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
  return target ?? null;
}

/** Only the list's current item is a Tab stop; the others are reached with the list's keys. */
export const rovingTabIndex = (current: boolean): 0 | -1 => (current ? 0 : -1);

/** What a list's commands bind: move the focus along its items. */
export interface RovingCtx {
  move: (to: 1 | -1 | 'first' | 'last') => void;
}
