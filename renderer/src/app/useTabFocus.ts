import { useEffect, useRef, type RefObject } from 'react';
import { LANDING, useFocusIntent } from '../state/focusIntent';

/** How long a tab's screen may take to show the place focus should land (live reads answer late). */
const WAIT_FRAMES = 90;
/** How long the place the agent left is waited for before the landing spot takes over. */
const REMEMBERED_FRAMES = 20;

/** Places worth coming back to: where the agent types, and the screens' landing spots (the lists). */
const WORK_PLACE = 'input, textarea, select, [contenteditable="true"], [data-autofocus]';

/**
 * A way to find this element again after its screen was unmounted and mounted anew — only for a
 * place of work. A button (a view switch, "new") is not one: coming back onto it would make the
 * screen's Enter press it again instead of doing the screen's job. A list's row is not one either:
 * "the first row" is not the row the agent was on; the list's landing spot knows the current one.
 */
function selectorOf(el: Element): string | null {
  if (!el.matches(WORK_PLACE) || el.getAttribute('role') === 'option') return null;
  const testId = el.getAttribute('data-testid');
  if (testId) return `[data-testid="${CSS.escape(testId)}"]`;
  if (el.id) return `#${CSS.escape(el.id)}`;
  return null;
}

/**
 * The console's focus model (DESIGN §6 "focus is designed"): when a tab opens, focus lands where
 * the agent works — the place the opener asked for (useFocusIntent), else where the agent was on
 * that tab last time, else the screen's landing spot (`data-autofocus`), else the panel itself —
 * so the screen's keys (催付's Enter, 笔记's Alt+N) work at once, with no Tab presses first.
 * It waits while the screen is still reading, and never takes the focus from a field or dialog
 * the agent (or the screen) has already moved into.
 */
export function useTabFocus(activeKey: string, panel: RefObject<HTMLElement | null>): void {
  const remembered = useRef(new Map<string, string>());
  const active = useRef(activeKey);
  active.current = activeKey;
  const intentSeq = useFocusIntent((s) => s.seq);

  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    const onFocus = (e: FocusEvent): void => {
      const sel = e.target instanceof Element && e.target !== el ? selectorOf(e.target) : null;
      if (sel) remembered.current.set(active.current, sel);
    };
    el.addEventListener('focusin', onFocus);
    return () => el.removeEventListener('focusin', onFocus);
  }, [panel]);

  useEffect(() => {
    const wanted = useFocusIntent.getState().intent;
    const asked = wanted?.key === activeKey ? wanted.selector : null;
    const over = (): void => { if (wanted) useFocusIntent.getState().done(wanted.seq); };
    const back = remembered.current.get(activeKey) ?? null;
    const places = [asked, back, LANDING].filter((s): s is string => s !== null);
    // Focus already in the screen (or in a dialog over it) is the agent's: leave it there.
    const free = (): boolean => {
      const a = document.activeElement;
      if (!a || a === document.body || a === panel.current) return true;
      if (a.closest('[data-modal]')) return false;
      return !panel.current?.contains(a);
    };
    let frames = 0;
    let raf = 0;
    const hold = (target: HTMLElement, left: number): void => {
      raf = requestAnimationFrame(() => {
        if (!target.isConnected) return;
        if (document.activeElement !== target && !panel.current?.contains(document.activeElement)) target.focus();
        if (left > 1) hold(target, left - 1);
      });
    };
    const land = (): void => {
      const root = panel.current;
      if (!root || (!asked && !free())) return;
      // What the opener asked for is worth waiting for, and so (briefly: it may be gone, a form
      // closed meanwhile) is the place the agent left; then whatever the screen shows first.
      const pool = asked && frames < WAIT_FRAMES / 2 ? [asked] : back && frames < REMEMBERED_FRAMES ? [back] : places;
      for (const sel of pool) {
        const target = root.querySelector<HTMLElement>(sel);
        if (target) {
          target.focus();
          // A closing dialog (the palette) hands the focus back to its opener a moment later:
          // what the opener asked for keeps it.
          if (sel === asked) hold(target, 10);
          over();
          return;
        }
      }
      if (++frames < WAIT_FRAMES) raf = requestAnimationFrame(land);
      else {
        over();
        if (free()) root.focus();
      }
    };
    raf = requestAnimationFrame(land);
    return () => cancelAnimationFrame(raf);
  }, [activeKey, intentSeq, panel]);
}
