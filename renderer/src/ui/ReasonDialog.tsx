import { useCallback, useState, type ReactElement } from 'react';
import { Dialog, DialogClose } from './Dialog';

export interface ReasonQuestion {
  title: string;
  label: string;
  hint?: string;
  confirmLabel: string;
  cancelLabel: string;
  testId?: string;
  /** A secret (a backup passphrase): typed hidden, answered as typed (not trimmed), up to 200 characters. */
  secret?: boolean;
}

/** Asks why (for the audit) — or, with `secret`, for a passphrase: the answer is the trimmed text, Esc / Cancel answer null; an empty answer cannot be given. */
function ReasonDialog({ question: q, onAnswer }: { question: ReasonQuestion; onAnswer: (why: string | null) => void }) {
  const [why, setWhy] = useState('');
  const given = q.secret ? why : why.trim();
  return (
    <Dialog title={q.title} onClose={() => onAnswer(null)} onSubmit={() => { if (given) onAnswer(given); }} className="dialog--confirm" testId={q.testId}>
      <label className={q.secret ? 'dialog__body dialog__body--stacked' : 'dialog__body'}>
        {q.label}
        <input autoFocus value={why} onChange={(e) => setWhy(e.target.value)} maxLength={q.secret ? 200 : 100} placeholder={q.hint}
          {...(q.secret ? { type: 'password', autoComplete: 'off' } : {})} />
      </label>
      <div className="dialog__actions">
        <DialogClose>{q.cancelLabel}</DialogClose>
        <button type="submit" className="btn btn--primary" disabled={!given}>{q.confirmLabel}</button>
      </div>
    </Dialog>
  );
}

/** `await ask(question)`: the reason the agent typed, or null when cancelled. Render `dialog` where the asker lives. */
export function useAskReason(): { ask: (q: ReasonQuestion) => Promise<string | null>; dialog: ReactElement | null } {
  const [pending, setPending] = useState<{ q: ReasonQuestion; answer: (why: string | null) => void } | null>(null);
  const ask = useCallback((q: ReasonQuestion) => new Promise<string | null>((resolve) => {
    setPending({ q, answer: (why) => { setPending(null); resolve(why); } });
  }), []);
  return { ask, dialog: pending ? <ReasonDialog question={pending.q} onAnswer={pending.answer} /> : null };
}
