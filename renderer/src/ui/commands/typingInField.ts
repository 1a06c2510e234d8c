/**
 * Keys typed into a field are the field's, not the list's shortcuts; a focused button handles
 * its own Enter (otherwise one key press would act twice).
 */
export const typingInField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName) || target.isContentEditable);
