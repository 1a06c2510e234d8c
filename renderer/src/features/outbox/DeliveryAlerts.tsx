import { useEffect, useRef } from 'react';
import type { OutboxRow } from '@shared/domain/outbox';
import { failedDeliveries, useLive } from '../../data';
import { getHost } from '../../host';
import { useTranslation } from '../../i18n';
import { useReasonText } from './DeliveryBadge';

/** Repeats like a buyer over the 3-minute line: the buyer waits for something we think we sent. */
export const FAILED_REPEAT_MS = 60_000;

/**
 * A failed delivery raises an alert through the same host path as a waiting buyer (notification,
 * repeated until dealt with; a click opens the conversation). It is acknowledged when the row is
 * handled (重发, or dismissed), so the host's scheduler stops repeating it.
 */
export function DeliveryAlerts() {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const failed = useLive(failedDeliveries, [], [] as OutboxRow[]);
  const shown = useRef(new Set<string>());

  useEffect(() => {
    const host = getHost();
    const now = new Set(failed.map((r) => r.id));
    for (const r of failed) {
      if (shown.current.has(r.id)) continue;
      shown.current.add(r.id);
      const nick = r.item.kind === 'message' ? r.item.buyerNick : 'orderNo' in r.item ? r.item.orderNo : '';
      host.send('notify:show', {
        key: `delivery:${r.id}`,
        title: t('outbox.alert.title', { nick }).slice(0, 200),
        body: t('outbox.alert.body', { reason: reasonText(r.reason), text: r.copyText }).slice(0, 500),
        target: r.conversationId ? { entity: 'conversation', id: r.conversationId } : r.orderId ? { entity: 'order', id: r.orderId } : { tab: 'presale' },
        repeatEveryMs: FAILED_REPEAT_MS,
      });
    }
    for (const id of [...shown.current]) {
      if (now.has(id)) continue;
      shown.current.delete(id);
      host.send('notify:ack', { key: `delivery:${id}` });
    }
  }, [failed, t, reasonText]);
  return null;
}
