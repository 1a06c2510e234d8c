import { useEffect } from 'react';
import { recoverFromJournal, useRecoveredNotes } from '../notes';
import { pendingHandovers, thinExpiredRevisions } from '../../data';
import { useTabs } from '../../state/tabs';

/**
 * Runs when an agent's console opens: notes typed before a crash are restored from the journal
 * (opening 笔记 with a message), a handover waiting for this agent opens 交接 by itself, and
 * note revisions past their 30 days are dropped (also for notes nobody edits any more).
 */
export function useShiftStart(agentId: string): void {
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await recoverFromJournal();
      // Housekeeping only: a failure here must not keep the handover from opening.
      void thinExpiredRevisions({ agentId, now: Date.now() }).catch(() => undefined);
      const pending = await pendingHandovers(agentId, Date.now());
      if (cancelled) return;
      if (pending.length > 0) useTabs.getState().activate('handover');
      else if (useRecoveredNotes.getState().recovered.length > 0) useTabs.getState().activate('notes');
    })();
    return () => {
      cancelled = true;
    };
  }, [agentId]);
}
