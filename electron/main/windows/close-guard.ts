/**
 * Closing the window hides it to the tray (an agent's shift lasts hours and reminders must keep
 * firing); only an explicit quit — tray "Quit", app menu, OS shutdown — really closes it.
 */
export type CloseState = 'running' | 'quitting';

/** Pure decision: hide instead of closing while the app is not quitting. */
export const shouldHideOnClose = (state: CloseState): boolean => state === 'running';

export interface CloseGuard {
  readonly state: CloseState;
  /** Call from app 'before-quit' (and the tray's Quit) so the next close really closes. */
  markQuitting(): void;
  /** Call from the window's 'close' event; true means prevent the close and hide. */
  onClose(): boolean;
}

export function createCloseGuard(): CloseGuard {
  let state: CloseState = 'running';
  return {
    get state() {
      return state;
    },
    markQuitting() {
      state = 'quitting';
    },
    onClose() {
      return shouldHideOnClose(state);
    },
  };
}
