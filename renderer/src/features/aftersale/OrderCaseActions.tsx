import { useEffect, useState } from 'react';
import { useLive, orderDetail } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { NEW_CASE_FIELD, useAskedFor } from '../../state/focusIntent';
import { NewCaseForm } from './NewCaseForm';
import './aftersale.css';

/** On an order's tab: register an aftersale case prefilled from this order. */
export function OrderCaseActions({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const detail = useLive(() => orderDetail(orderId), [orderId], null);
  const openTab = useTabs((s) => s.open);
  // Ctrl+K's 登记售后 on this order: the form opens and the focus model lands in it.
  const asked = useAskedFor(`order:${orderId}`, NEW_CASE_FIELD);
  useEffect(() => { if (asked) setAdding(true); }, [asked]);
  if (!detail) return null;
  return (
    <div className="order-case">
      {adding ? (
        <NewCaseForm
          orders={[detail.order]}
          buyerId={detail.order.buyerId}
          onCancel={() => setAdding(false)}
          onCreated={(ticket) => { setAdding(false); openTab({ entity: 'case', id: ticket.id }, t(`aftersale.types.${ticket.type}`)); }}
        />
      ) : <button className="btn" onClick={() => setAdding(true)} data-testid="case-from-order">{t('aftersale.fromOrder')}</button>}
    </div>
  );
}
