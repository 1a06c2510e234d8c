import type { ReactNode } from 'react';

/** A labelled form field that shows its own error under the input. */
export function Field({ label, error, children, htmlFor }: { label: string; error?: string | undefined; children: ReactNode; htmlFor: string }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {error ? <div className="field__error" role="alert">{error}</div> : null}
    </div>
  );
}
