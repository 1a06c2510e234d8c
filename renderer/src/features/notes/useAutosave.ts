import { useCallback, useEffect, useRef, useState } from 'react';
import { saveNote, type NoteFields } from '../../data';
import { useErrorText } from '../../i18n';
import { clearJournal, writeJournal } from './noteJournal';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/** Quiet time after the last keystroke before the commit; the commit itself takes a few ms. */
export const AUTOSAVE_DELAY_MS = 400;
/** While typing without a pause, still commit at least this often (a kill loses < 1 s). */
export const AUTOSAVE_MAX_WAIT_MS = 700;

const same = (a: NoteFields, b: NoteFields): boolean => a.body === b.body && a.title === b.title && a.pinned === b.pinned && a.tags.join('\u0000') === b.tags.join('\u0000');

/**
 * Edits of one note: every change goes to the crash journal at once, and to IndexedDB after
 * AUTOSAVE_DELAY_MS of quiet, or immediately on blur, tab switch (unmount), hidden page and
 * pagehide. Commits run one after another; "saved" shows only after a commit resolved with the
 * text still on screen.
 */
export function useAutosave(noteId: string, initial: NoteFields, agentId: string) {
  const errorText = useErrorText();
  const [fields, setFields] = useState(initial);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  /** Last keystroke → commit resolved, and the IndexedDB transaction alone (shown as data attributes for the bench). */
  const [commitMs, setCommitMs] = useState<number | null>(null);
  const [txMs, setTxMs] = useState<number | null>(null);
  const latest = useRef(initial);
  const committed = useRef(initial);
  const timer = useRef<number | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const lastInput = useRef(0);
  /** When the oldest uncommitted change was made (null: nothing waiting). */
  const pendingSince = useRef<number | null>(null);

  const commit = useCallback((): Promise<void> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    pendingSince.current = null;
    chain.current = chain.current.then(async () => {
      const f = latest.current;
      if (same(f, committed.current)) return;
      setState('saving');
      try {
        const t0 = performance.now();
        await saveNote(noteId, f, { agentId, now: Date.now() });
        const tx = Math.round(performance.now() - t0);
        committed.current = f;
        clearJournal(noteId, f.body, f.title);
        if (same(latest.current, f)) {
          setState('saved');
          setError(null);
          setSavedAt(Date.now());
          setCommitMs(Math.round(performance.now() - lastInput.current));
          setTxMs(tx);
        }
      } catch (e) {
        setState('error');
        setError(errorText(e));
      }
    });
    return chain.current;
  }, [noteId, agentId, errorText]);

  const change = useCallback(
    (patch: Partial<NoteFields>): void => {
      const f = { ...latest.current, ...patch };
      latest.current = f;
      lastInput.current = performance.now();
      setFields(f);
      writeJournal({ noteId, agentId, title: f.title, body: f.body, at: Date.now() });
      setState('pending');
      const now = performance.now();
      pendingSince.current ??= now;
      const delay = Math.min(AUTOSAVE_DELAY_MS, Math.max(0, pendingSince.current + AUTOSAVE_MAX_WAIT_MS - now));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void commit(), delay);
    },
    [noteId, agentId, commit],
  );

  useEffect(() => {
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void commit();
    };
    const onPageHide = (): void => void commit();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      // Switching note or tab unmounts the editor: commit what is on screen now.
      void commit();
    };
  }, [commit]);

  return { fields, change, commit, state, error, savedAt, commitMs, txMs };
}
