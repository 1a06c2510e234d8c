import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_SHIFT_TIMES, type ShiftTimes } from '@shared/domain/handover';
import { useLive } from '../../data';
import { readShiftTimes, saveShiftTimes } from '../../data';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors, type Translate } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { SaveRow } from './SaveRow';

const INPUTS = ['shifts.day.start', 'shifts.day.end', 'shifts.night.start', 'shifts.night.end'];

/** 班次: when the day and night shifts run; the handover compiles what is due before the next one. */
export function ShiftsSection({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const stored = useLive(readShiftTimes, [], null);
  const [form, setForm] = useState<ShiftTimes>(DEFAULT_SHIFT_TIMES);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  useEffect(() => { if (stored) setForm(stored); }, [stored]);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setSaved(false);
    try {
      await saveShiftTimes(form, { agentId, now: Date.now() });
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(t as Translate, err, INPUTS));
    }
  };
  const input = (shift: 'day' | 'night', end: 'start' | 'end') => {
    const key = `shifts.${shift}.${end}`;
    return (
      <Field label={t(`settings.rules.shifts.${shift}.${end}`)} htmlFor={key} error={errors.byField[key]}>
        <input id={key} value={form[shift][end]} onChange={(e) => setForm({ ...form, [shift]: { ...form[shift], [end]: e.target.value } })} placeholder="09:00" maxLength={5} />
      </Field>
    );
  };

  return (
    <section className="card rules" data-testid="shifts-section">
      <h2>{t('settings.rules.shifts.title')}</h2>
      <p className="muted">{t('settings.rules.shifts.hint')}</p>
      <form className="rules-row" onSubmit={(e) => void submit(e)} noValidate>
        {input('day', 'start')}{input('day', 'end')}{input('night', 'start')}{input('night', 'end')}
        <SaveRow saved={saved} />
      </form>
      <FormProblems lines={errors.rest} />
    </section>
  );
}
