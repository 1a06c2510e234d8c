import { fromDueInput, toDueInput } from '@shared/domain/promises';
import { useTranslation } from '../../i18n';
import { Field } from '../../ui';

/** A due time picker in Shanghai wall-clock time (the business time of every shop), with its refusal under it. */
export function DueField({ value, onChange, testId, error }: { value: number; onChange: (at: number) => void; testId: string; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Field label={t('handover.promise.due')} htmlFor={testId} error={error} className="due-field">
      <input type="datetime-local" value={Number.isFinite(value) ? toDueInput(value) : ''} onChange={(e) => onChange(fromDueInput(e.target.value))} data-testid={testId} />
    </Field>
  );
}
