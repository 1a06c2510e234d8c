import './outbox.css';
import { useState } from 'react';
import type { DeliveryView } from '@shared/domain/outbox';
import { resendDelivery } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useWriteContext } from '../../state/writeContext';
import { copyDelivery } from './copy';

/** Why a delivery failed, in the agent's words: our own reasons translated, the bridge's as it said them. */
export function useReasonText(): (reason: string | null) => string {
  const { t } = useTranslation();
  return (reason) => (reason === 'expired' || reason === 'failed' || reason === null ? t(`outbox.reason.${reason ?? 'failed'}`) : reason);
}

/**
 * Where one of the agent's messages stands: 发送中 / 已送达 / 发送失败（reason · 重发） through a
 * bridge, 已复制 (or 复制) in companion mode. The bridge's reason is untrusted text: rendered as text.
 */
export function DeliveryBadge({ view, text, prefix = 'state' }: { view: DeliveryView; text: string; prefix?: 'state' | 'memo' }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const reasonText = useReasonText();
  const [error, setError] = useState('');
  const [copyFailed, setCopyFailed] = useState(false);
  const label = prefix === 'memo' ? t(`outbox.memo.${view.state}`, { reason: reasonText(view.reason) }) : t(`outbox.state.${view.state}`, { reason: reasonText(view.reason) });

  const resend = async (): Promise<void> => {
    setError('');
    try {
      await resendDelivery(view.rowId, ctx());
    } catch (e) {
      setError(errorText(e));
    }
  };
  const copy = async (): Promise<void> => setCopyFailed(!(await copyDelivery(view.rowId, text)));

  return (
    <span className={`delivery delivery--${view.state}`} data-testid="delivery" data-state={view.state}>
      <span className="delivery__label">{label}</span>
      {view.canResend ? <button type="button" className="btn btn--ghost btn--small" onClick={() => void resend()} data-testid="delivery-resend">{t('outbox.resend')}</button> : null}
      {view.canCopy ? <button type="button" className="btn btn--ghost btn--small" onClick={() => void copy()} data-testid="delivery-copy">{view.state === 'copied' ? t('outbox.copyAgain') : t('outbox.copy')}</button> : null}
      {copyFailed ? <span className="error" role="alert">{t('outbox.copyFailed')}</span> : null}
      {error ? <span className="error" role="alert">{error}</span> : null}
    </span>
  );
}
