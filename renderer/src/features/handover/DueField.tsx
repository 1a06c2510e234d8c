import { fromDueInput, toDueInput } from '@shared/domain/promises';
import { useTranslation } from '../../i18n';

/** A due time picker in Shanghai wall-clock time (the business time of every shop). */
export function DueField({ value, onChange, testId }: { value: number; onChange: (at: number) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <label className="due-field">
      {t('handover.promise.due')}
      <input type="datetime-local" value={Number.isFinite(value) ? toDueInput(value) : ''} onChange={(e) => onChange(fromDueInput(e.target.value))} data-testid={testId} />
    </label>
  );
}
