import { useState } from 'react';
import { useErrorText, useTranslation } from '../../i18n';

/**
 * The one way a full phone, name or address is revealed: the agent says why (the data layer
 * refuses an empty reason and writes the audit entry), or cancels. Used by the buyer panel in
 * 接待 and by the order tab's address.
 */
export function RevealReasonForm({ onConfirm, onCancel }: { onConfirm: (reason: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = async (): Promise<void> => {
    try {
      await onConfirm(reason);
      setReason('');
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form className="reveal" onSubmit={(e) => { e.preventDefault(); void confirm(); }}>
      <label htmlFor="reveal-reason">{t('buyers.reveal.why')}</label>
      <input id="reveal-reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={100} placeholder={t('buyers.reveal.hint')} />
      <button type="submit" className="btn btn--small btn--primary">{t('buyers.reveal.confirm')}</button>
      <button type="button" className="btn btn--small" onClick={onCancel}>{t('buyers.cancel')}</button>
      <p className="muted">{t('buyers.reveal.audited')}</p>
      {error ? <div className="error" role="alert">{error}</div> : null}
    </form>
  );
}
