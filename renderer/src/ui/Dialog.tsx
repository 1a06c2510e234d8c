import { Dialog as AriakitDialog, DialogDismiss, DialogHeading, VisuallyHidden } from '@ariakit/react';
import type { FormEvent, ReactNode, Ref, RefObject } from 'react';

export interface DialogProps {
  /** The dialog's name, shown as its heading (read out only, when `hideTitle`). */
  title: string;
  hideTitle?: boolean;
  /** Esc, a click outside, or a close control: the owner unmounts the dialog. */
  onClose: () => void;
  /** Where focus lands on opening; the first focusable element inside when left out. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on closing; the element that opened the dialog when left out. */
  finalFocus?: RefObject<HTMLElement | null>;
  /** The label of the × in the corner; without it the dialog must hold a `DialogClose` of its own. */
  closeLabel?: string;
  /** `alertdialog` for a question that interrupts (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** Renders the dialog as a form, so Enter in a field submits it. */
  onSubmit?: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A modal dialog: focus moves in and stays in (the page behind is inert), Esc or a click outside
 * closes it, and focus returns to whatever opened it. Mount it to open, unmount it to close.
 * `data-modal` tells the app's key dispatcher that the keys pressed in here are the dialog's.
 */
export function Dialog({ title, hideTitle, onClose, initialFocus, finalFocus, closeLabel, role = 'dialog', onSubmit, className, testId, children }: DialogProps) {
  const heading = <DialogHeading className="dialog__title">{title}</DialogHeading>;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onSubmit?.();
  };
  return (
    <AriakitDialog
      open
      onClose={onClose}
      modal
      role={role}
      aria-modal="true"
      data-modal=""
      initialFocus={initialFocus}
      finalFocus={finalFocus}
      backdrop={<div className="dialog__backdrop" />}
      className={className ? `dialog ${className}` : 'dialog'}
      data-testid={testId}
      render={onSubmit ? <form onSubmit={submit} noValidate /> : undefined}
    >
      {hideTitle ? <VisuallyHidden>{heading}</VisuallyHidden> : heading}
      {closeLabel ? <DialogDismiss className="dialog__close" aria-label={closeLabel} title={closeLabel}>×</DialogDismiss> : null}
      {children}
    </AriakitDialog>
  );
}

/** A button inside a dialog that closes it (Cancel); screen readers learn the dialog can be left here. */
export function DialogClose({ children, className = 'btn', testId, ref }: { children: ReactNode; className?: string; testId?: string; ref?: Ref<HTMLButtonElement> }) {
  return <DialogDismiss ref={ref} className={className} data-testid={testId}>{children}</DialogDismiss>;
}
