import { useEffect, useMemo, useState } from 'react';
import type { Agent, Message } from '@shared/schemas/entities';
import { detectPromise } from '@shared/domain/promises';
import { useLive, recentOrdersOf } from '../../data';
import { useTranslation } from '../../i18n';
import { Field, FormProblems } from '../../ui';
import { useCommands } from '../../ui/commands';
import { DueField } from './DueField';
import { PastDueConfirm, usePromiseSave } from './usePromiseSave';
import { promiseOfferCommands } from './commands';
import './handover.css';

/**
 * Shown under the composer after a reply is sent: when the reply sounds like a promise, offers
 * to record it with a suggested due time — Alt+P records it, Esc on the bar dismisses it.
 */
export function PromiseOffer({ message, buyerId, agent, onDone }: { message: Message; buyerId: string; agent: Agent; onDone: () => void }) {
  const { t } = useTranslation();
  const found = useMemo(() => (message.from === 'agent' ? detectPromise(message.text, message.at) : null), [message]);
  const orders = useLive(() => recentOrdersOf(buyerId), [buyerId], []);
  const [what, setWhat] = useState(found?.clause ?? '');
  const [dueAt, setDueAt] = useState(found?.dueAt ?? Number.NaN);
  const [orderId, setOrderId] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { save, confirmPast, cancelPast, errors } = usePromiseSave(agent, () => setSaved(true));

  useEffect(() => {
    setWhat(found?.clause ?? '');
    setDueAt(found?.dueAt ?? Number.NaN);
    setSaved(false);
  }, [found]);
  // Gifts, couriers and price changes are about an order: attach the latest open one by default.
  useEffect(() => {
    const open = orders.find((o) => ['unpaid', 'paid'].includes(o.status));
    setOrderId(found && ['gift', 'courier', 'price'].includes(found.kind) && open ? open.id : null);
  }, [orders, found]);

  const draft = { buyerId, orderId, caseId: null, conversationId: message.conversationId, kind: found?.kind ?? 'other', what, dueAt } as const;
  useCommands(promiseOfferCommands, { offered: !!found && !saved, record: () => void save(draft) });

  if (!found) return null;
  if (saved) {
    return (
      <div className="promise-offer promise-offer--saved" role="status" data-testid="promise-saved">
        {t('handover.promise.recorded')}
        <button className="btn btn--ghost" onClick={onDone}>{t('handover.promise.close')}</button>
      </div>
    );
  }
  return (
    <div className="promise-offer" data-testid="promise-offer" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <strong>{t('handover.promise.looksLike', { kind: t(`handover.kind.${found.kind}`) })}</strong>
      <div className="promise-offer__fields">
        <Field label={t('handover.promise.what')} htmlFor="promise-what" error={errors.byField['what']} className="grow">
          <input value={what} onChange={(e) => setWhat(e.target.value)} maxLength={500} data-testid="promise-what" />
        </Field>
        <DueField value={dueAt} onChange={setDueAt} testId="promise-due" error={errors.byField['dueAt']} />
        <Field label={t('handover.promise.order')} htmlFor="promise-order">
          <select value={orderId ?? ''} onChange={(e) => setOrderId(e.target.value || null)} data-testid="promise-order">
            <option value="">{t('handover.promise.noOrder')}</option>
            {orders.map((o) => <option key={o.id} value={o.id}>{o.orderNo}</option>)}
          </select>
        </Field>
      </div>
      <button className="btn btn--primary" onClick={() => void save(draft)} data-testid="promise-record">{t('handover.promise.record')} <kbd>Alt P</kbd></button>
      <button className="btn btn--ghost" onClick={onDone}>{t('handover.promise.ignore')}</button>
      {confirmPast !== null ? <PastDueConfirm minutes={confirmPast} onConfirm={() => void save(draft, true)} onCancel={cancelPast} /> : null}
      <FormProblems lines={errors.rest} />
    </div>
  );
}
