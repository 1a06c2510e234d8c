import { useEffect } from 'react';
import { candidatesFor, resolveKey, submitOnCtrlEnter, typingInField } from '../ui/commands';

/**
 * The one keydown listener of the app: finds the command for the key in the scopes on view (the
 * focused region first, then the screen, then global), checks it is enabled, runs it. A key a
 * widget already handled (the palette's Enter, a picker's arrows) is left to that widget, and so
 * is every key pressed inside a modal dialog. A Ctrl+Enter no command takes submits the form the
 * focus is in (a dialog's form too): that is how every form of the app is sent from the keyboard.
 */
export function useCommandDispatch(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      // A modal dialog (ui/Dialog) owns the keyboard: the screen behind it is inert, its keys too.
      const inModal = e.target instanceof Element && e.target.closest('[data-modal]') !== null;
      const hit = inModal ? null : resolveKey(candidatesFor(e.target), {
        key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey,
        inField: typingInField(e.target),
        composing: e.isComposing,
      });
      if (hit) {
        e.preventDefault();
        hit.candidate.run({ keyIndex: hit.keyIndex });
        return;
      }
      // No command took it: Ctrl+Enter submits the form the focus is in (a dialog's form too).
      if (submitOnCtrlEnter(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
