import { useState } from 'react';
import { errorText } from './errorText';

export interface Notice { ok: boolean; text: string }

/**
 * Runs a write and keeps one line of feedback: `done` when it worked, the repository's own
 * message (naming the field) when it was refused. Resolves to whether it worked.
 */
export function useNoticeAction(afterSuccess?: () => void): { notice: Notice | null; act: (what: () => Promise<unknown>, done: string) => Promise<boolean> } {
  const [notice, setNotice] = useState<Notice | null>(null);
  const act = async (what: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await what();
      setNotice({ ok: true, text: done });
      afterSuccess?.();
      return true;
    } catch (e) {
      setNotice({ ok: false, text: errorText(e) });
      return false;
    }
  };
  return { notice, act };
}
