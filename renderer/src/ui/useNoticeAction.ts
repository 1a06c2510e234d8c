import { useState } from 'react';

export interface Notice { ok: boolean; text: string }

/**
 * Runs a write and keeps one line of feedback: `done` when it worked, the refusal in the agent's
 * words when it was not (`describe` is i18n's `useErrorText()`: ui/ does not reach i18n itself).
 * Resolves to whether it worked.
 */
export function useNoticeAction(describe: (e: unknown) => string, afterSuccess?: () => void): {
  notice: Notice | null;
  act: (what: () => Promise<unknown>, done: string) => Promise<boolean>;
  /** For a write a form ran itself (showing its refusals by field): says it is done, as `act` would. */
  say: (done: string) => void;
} {
  const [notice, setNotice] = useState<Notice | null>(null);
  const say = (done: string): void => {
    setNotice({ ok: true, text: done });
    afterSuccess?.();
  };
  const act = async (what: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await what();
      say(done);
      return true;
    } catch (e) {
      setNotice({ ok: false, text: describe(e) });
      return false;
    }
  };
  return { notice, act, say };
}
