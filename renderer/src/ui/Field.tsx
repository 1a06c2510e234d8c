import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

/** What Field adds to its control so the label, the hint and the error belong to it. */
interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * One labelled form field: the label, its control (one input, select or textarea, given as the
 * child), an optional hint, and its own error under it. The control gets the id, `aria-invalid`
 * while there is an error, and `aria-describedby` naming the hint and the error, so a screen
 * reader reads the reason where the agent is typing.
 * `check` lays a checkbox out before its label. Without `htmlFor` the field makes its own id.
 */
export function Field({ label, htmlFor, error, errorTestId, hint, check, className, children }: {
  label: ReactNode;
  htmlFor?: string;
  error?: string | null | undefined;
  /** The error line's data-testid, for a journey that reads it. */
  errorTestId?: string;
  hint?: ReactNode;
  check?: boolean;
  className?: string;
  children: ReactElement<ControlProps>;
}) {
  const ownId = useId();
  const id = htmlFor ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [children.props['aria-describedby'], hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control = cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined });
  const classes = ['field', check ? 'field--check' : '', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {check ? control : null}
      <label htmlFor={id}>{label}</label>
      {check ? null : control}
      {hint ? <div id={hintId} className="field__hint">{hint}</div> : null}
      {error ? <div id={errorId} className="field__error" role="alert" data-testid={errorTestId}>{error}</div> : null}
    </div>
  );
}
