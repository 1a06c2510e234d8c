/**
 * Ctrl+Enter submits the form the focus is in, whatever the field (a textarea, a select, a
 * checkbox): one key for every form of the app, so no form needs a listener of its own. Enter
 * alone keeps the browser's meaning (a single-field form submits; a textarea makes a new line).
 * Returns the form submitted, or null when the key is not for a form.
 */
export function submitOnCtrlEnter(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'target'>): HTMLFormElement | null {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.isComposing) return null;
  const form = e.target instanceof Element ? e.target.closest('form') : null;
  if (!form) return null;
  form.requestSubmit();
  return form;
}
