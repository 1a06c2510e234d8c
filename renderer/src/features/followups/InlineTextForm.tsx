import { useState } from 'react';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { Field, FormProblems } from '../../ui';

/**
 * The one-line form that opens under a queue's actions (关单原因 in 催付, 新地址 in 核实): one text
 * field, save and cancel. A refusal about the field (`field` is the Problem's field path) shows
 * under the input in the agent's words; anything else as a line below.
 */
export function InlineTextForm({ label, field, id, submitLabel, danger, suggestions, size, write, onSaved, onCancel }: {
  label: string;
  field: string;
  /** The input's id and test id. */
  id: string;
  submitLabel: string;
  danger?: boolean;
  /** Words the input offers while typing (a datalist); the agent may still write their own. */
  suggestions?: readonly string[];
  size?: number;
  write: (text: string) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const submit = async (): Promise<void> => {
    try {
      await write(text);
    } catch (e) {
      setErrors(fieldErrors(t, e, [field]));
      return;
    }
    setErrors(NO_ERRORS);
    setText('');
    onSaved();
  };
  return (
    <form className="pqueue__close" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Field label={label} htmlFor={id} error={errors.byField[field]}>
        <input list={suggestions ? `${id}-suggestions` : undefined} value={text} onChange={(e) => setText(e.target.value)} autoFocus data-testid={id} size={size} />
      </Field>
      {suggestions ? <datalist id={`${id}-suggestions`}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist> : null}
      <button type="submit" className={danger ? 'btn btn--danger' : 'btn btn--primary'}>{submitLabel}</button>
      <button type="button" className="btn btn--ghost" onClick={onCancel}>{t('followups.actions.cancel')}</button>
      <FormProblems lines={errors.rest} />
    </form>
  );
}
