import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Order, Ticket, TicketType } from '@shared/schemas/entities';
import { TICKET_TYPES, problem as caseProblem } from '@shared/domain/cases';
import { ProblemError } from '@shared/lib/problem';
import { useLive, orderByNo, createTicket } from '../../data';
import { useTranslation } from '../../i18n';
import { useSession } from '../../state/session';
import { formatYuan } from '@shared/lib/money';
import { Field } from '../../ui';
import { useCaseText } from '../cases';

/**
 * Registers an aftersale case. From a conversation the buyer's orders are offered; by hand the
 * agent types an order number and the case is prefilled from that order (buyer, shop, product).
 * A form: Ctrl+Enter registers from any field, Enter from a text field, Esc cancels.
 */
export function NewCaseForm({ orders, buyerId, conversationId, onCreated, onCancel, firstField }: {
  /** Where a popover puts the focus on opening (the type). */
  firstField?: RefObject<HTMLSelectElement | null>;
  orders?: Order[];
  buyerId?: string;
  conversationId?: string;
  onCreated: (t: Ticket) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { problem } = useCaseText();
  const agentId = useSession((s) => s.agentId) ?? 'system';
  const [type, setType] = useState<TicketType>('quality');
  const [orderId, setOrderId] = useState(orders?.[0]?.id ?? '');
  const [orderNo, setOrderNo] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Opened by Alt+N, Alt+A or a button: the agent goes on typing in the form, not behind it.
  const own = useRef<HTMLSelectElement>(null);
  const first = firstField ?? own;
  useEffect(() => first.current?.focus(), []); // eslint-disable-line react-hooks/exhaustive-deps -- on opening only
  const typed = useLive(() => (orders ? Promise.resolve(null) : orderByNo(orderNo)), [orderNo, !!orders], null);
  const order = orders ? orders.find((o) => o.id === orderId) ?? null : typed;
  const submit = async (): Promise<void> => {
    try {
      if (!order && !buyerId) throw new ProblemError(caseProblem('orderNo', 'orderNotFound'));
      const ticket = await createTicket({
        type, orderId: order?.id ?? null, buyerId: order?.buyerId ?? buyerId ?? '', shopId: order?.shopId ?? '', conversationId: conversationId ?? null,
        summary: summary.trim() || t(`aftersale.types.${type}`), ownerId: agentId,
      }, { agentId, now: Date.now() });
      onCreated(ticket);
    } catch (e) {
      setError(problem(e));
    }
  };
  return (
    <form className="card case__new" data-testid="new-case" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={(e) => { if (e.key === 'Escape' && onCancel) { e.stopPropagation(); onCancel(); } }}>
      <h3>{t('aftersale.newCase')}</h3>
      <div className="case__form">
        <Field label={t('aftersale.field.type')}>
          <select ref={first} value={type} onChange={(e) => setType(e.target.value as TicketType)} data-testid="case-type">
            {TICKET_TYPES.map((x) => <option key={x} value={x}>{t(`aftersale.types.${x}`)}</option>)}
          </select>
        </Field>
        {orders ? (
          <Field label={t('aftersale.field.orderId')}>
            <select value={orderId} onChange={(e) => setOrderId(e.target.value)} data-testid="case-order">
              {orders.map((o) => <option key={o.id} value={o.id}>{o.orderNo} · {o.items[0]?.title ?? ''} · {formatYuan(o.totalFen)}</option>)}
              <option value="">{t('aftersale.noOrder')}</option>
            </select>
          </Field>
        ) : (
          <Field label={t('aftersale.field.orderNo')}><input className="mono" value={orderNo} onChange={(e) => setOrderNo(e.target.value)} data-testid="case-order-no" /></Field>
        )}
        <Field label={t('aftersale.field.summary')} className="grow"><input value={summary} onChange={(e) => setSummary(e.target.value)} placeholder={t(`aftersale.types.${type}`)} data-testid="case-summary" /></Field>
      </div>
      {order ? <p className="muted" data-testid="case-prefill">{t('aftersale.prefill', { product: order.items[0]?.title ?? '', amount: formatYuan(order.totalFen) })}</p> : null}
      <div className="case__form">
        <button type="submit" className="btn btn--primary" data-testid="case-create">{t('aftersale.create')} <kbd>Ctrl+Enter</kbd></button>
        {onCancel ? <button type="button" className="btn btn--ghost" onClick={onCancel}>{t('aftersale.cancel')}</button> : null}
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
    </form>
  );
}
