import { useCallback, useRef, useState, type ReactElement } from 'react';
import { Dialog, DialogClose } from './Dialog';

export interface ConfirmQuestion {
  title: string;
  body?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive answer: the confirm button is red and focus starts on Cancel. */
  danger?: boolean;
  /** Which button has focus when it opens (Enter answers it); Cancel for `danger` unless said. */
  focus?: 'confirm' | 'cancel';
  testId?: string;
  confirmTestId?: string;
}

/** A yes/no question in a modal alert dialog; Esc, a click outside and Cancel answer no. */
export function ConfirmDialog({ question: q, onAnswer }: { question: ConfirmQuestion; onAnswer: (yes: boolean) => void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focus = q.focus ?? (q.danger ? 'cancel' : 'confirm');
  return (
    <Dialog title={q.title} role="alertdialog" onClose={() => onAnswer(false)} initialFocus={focus === 'confirm' ? confirmRef : cancelRef} className="dialog--confirm" testId={q.testId}>
      {q.body ? <p className="dialog__body">{q.body}</p> : null}
      <div className="dialog__actions">
        <DialogClose ref={cancelRef}>{q.cancelLabel}</DialogClose>
        <button ref={confirmRef} type="button" className={q.danger ? 'btn btn--danger-solid' : 'btn btn--primary'} onClick={() => onAnswer(true)} data-testid={q.confirmTestId}>
          {q.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * `await ask(question)` instead of `window.confirm`: the same one-line flow, answered in the
 * app's own dialog (styled, translated, keyboard-first). Render `dialog` where the asker lives.
 */
export function useConfirm(): { ask: (q: ConfirmQuestion) => Promise<boolean>; dialog: ReactElement | null } {
  const [pending, setPending] = useState<{ q: ConfirmQuestion; answer: (yes: boolean) => void } | null>(null);
  const ask = useCallback((q: ConfirmQuestion) => new Promise<boolean>((resolve) => {
    setPending({ q, answer: (yes) => { setPending(null); resolve(yes); } });
  }), []);
  return { ask, dialog: pending ? <ConfirmDialog question={pending.q} onAnswer={pending.answer} /> : null };
}
