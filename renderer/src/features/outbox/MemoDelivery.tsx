import { useMemo, useState } from 'react';
import { deliveryView, type OutboxRow } from '@shared/domain/outbox';
import { orderDeliveries, useLive } from '../../data';
import { useTranslation } from '../../i18n';
import { copyDelivery } from './copy';
import { DeliveryBadge } from './DeliveryBadge';

/**
 * The platform memo of an order as it went out (or waits to be copied): whether the bridge wrote
 * it, and in companion mode "复制为平台备注" with its size against the platform's byte limit.
 */
export function MemoDelivery({ orderId, limitBytes }: { orderId: string; limitBytes: number }) {
  const { t } = useTranslation();
  const rows = useLive(() => orderDeliveries(orderId), [orderId], [] as OutboxRow[]);
  const memoRows = useMemo(() => rows.filter((r) => r.item.kind === 'memo'), [rows]);
  const [notice, setNotice] = useState('');
  // The newest memo replaces every earlier one on the platform (a 重发 is newer still): only its state matters.
  const last = memoRows.reduce<OutboxRow | undefined>((a, b) => (!a || b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.attempt > a.attempt) ? b : a), undefined);
  if (!last || last.item.kind !== 'memo') return null;
  const view = deliveryView([last]);
  if (!view) return null;
  const copy = async (): Promise<void> => {
    setNotice((await copyDelivery(last.id, last.copyText)) ? t('outbox.memo.copiedNotice') : t('outbox.copyFailed'));
  };
  return (
    <div className="memo-delivery" data-testid="memo-delivery">
      {last.mode === 'bridge' ? <DeliveryBadge view={view} text={last.copyText} prefix="memo" /> : (
        <>
          <button type="button" className="btn btn--small" onClick={() => void copy()} data-testid="memo-copy">{t('outbox.memo.copy')}</button>
          <span className="muted" data-testid="memo-bytes">{t('outbox.memo.bytes', { bytes: last.item.bytes, limit: limitBytes })}</span>
          <span className={`delivery delivery--${last.state}`} data-testid="delivery" data-state={last.state}>{t(`outbox.memo.${last.state}`, { reason: '' })}</span>
        </>
      )}
      {notice ? <span role="status" className="muted">{notice}</span> : null}
    </div>
  );
}
