import { useState } from 'react';
import { fieldErrors, NO_ERRORS, useTranslation, type FieldErrors } from '../../i18n';
import { Field, FormProblems } from '../../ui';

/**
 * The one way a full phone, name or address is revealed: the agent says why (the data layer
 * refuses an empty reason and writes the audit entry), or cancels. Used by the buyer panel in
 * 接待 and by the order tab's address.
 */
export function RevealReasonForm({ onConfirm, onCancel }: { onConfirm: (reason: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);

  const confirm = async (): Promise<void> => {
    try {
      await onConfirm(reason);
      setReason('');
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(fieldErrors(t, e, ['audit.reason']));
    }
  };

  return (
    <form className="reveal" onSubmit={(e) => { e.preventDefault(); void confirm(); }}>
      <Field label={t('buyers.reveal.why')} htmlFor="reveal-reason" hint={t('buyers.reveal.audited')} error={errors.byField['audit.reason']}>
        <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={100} placeholder={t('buyers.reveal.hint')} />
      </Field>
      <div className="reveal__actions">
        <button type="submit" className="btn btn--small btn--primary">{t('buyers.reveal.confirm')}</button>
        <button type="button" className="btn btn--small" onClick={onCancel}>{t('buyers.cancel')}</button>
      </div>
      <FormProblems lines={errors.rest} />
    </form>
  );
}
