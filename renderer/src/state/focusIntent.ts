import { create } from 'zustand';

/**
 * Where the focus should land in a tab when the way it was opened says so: Ctrl+K's 备注 on an
 * order lands in the remark box, its 催付 on that order's row of the 催付 queue. A CSS selector
 * inside the tab's panel, taken once by the console's focus model (app/useTabFocus).
 */
export interface FocusIntent {
  key: string;
  selector: string;
  seq: number;
}

interface FocusIntentState {
  intent: FocusIntent | null;
  /** Counts requests, never goes back: asked again for the same place is still a new request. */
  seq: number;
  request(key: string, selector: string): void;
  /** The focus landed (or gave up): the request is over. */
  done(seq: number): void;
}

export const useFocusIntent = create<FocusIntentState>()((set, get) => ({
  intent: null,
  seq: 0,
  request(key, selector) {
    const seq = get().seq + 1;
    set({ seq, intent: { key, selector, seq } });
  },
  done(seq) {
    if (get().intent?.seq === seq) set({ intent: null });
  },
}));

/** The attribute a screen puts on where the agent works when its tab opens (the queue, the list). */
export const LANDING = '[data-autofocus]';

/** The new-case form's first field: Ctrl+K's 登记售后 on an order asks for it. */
export const NEW_CASE_FIELD = '[data-testid="case-type"]';

/**
 * Whether the tab `key` is being opened asking for `selector`: a screen that hides that place
 * behind a button (the new-case form) opens it, and the focus model then focuses it.
 */
export function useAskedFor(key: string, selector: string): boolean {
  return useFocusIntent((s) => s.intent?.key === key && s.intent.selector === selector);
}
