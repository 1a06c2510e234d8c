import { useId, useRef, useState } from 'react';
import type { Agent } from '@shared/schemas/entities';
import { HOUR, formatShanghaiShort } from '@shared/lib/time';
import { findBuyersByNick, findOrdersByNoPrefix, useLive, closePromise, openPromises } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Field, FormProblems } from '../../ui';
import { useNow } from '../../ui/useNow';
import { useCommands } from '../../ui/commands';
import { moveFocus, rovingTabIndex } from '../../ui/roving';
import { DueField } from './DueField';
import { PastDueConfirm, usePromiseSave } from './usePromiseSave';
import { promiseListCommands, promiseRowCommands } from './commands';

/** Open promises, soonest first; K (or the button) keeps the focused one. */
export function PromisesPanel({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const rows = useLive(() => openPromises(), [], []);
  const open = useTabs((s) => s.open);
  const keep = (id: string): void => void closePromise(id, 'kept', { agentId: agent.id, now: Date.now() });
  const list = useRef<HTMLUListElement>(null);
  useCommands(promiseListCommands, {
    focused: () => (document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-promise-id]')?.dataset.promiseId ?? null : null),
    keep,
  }, list);
  useCommands(promiseRowCommands, { move: (to) => void moveFocus(list.current, '[data-testid="promise-row"]', to) }, list);
  return (
    <section className="shift-card" aria-label={t('handover.promise.title')} data-testid="promises-panel">
      <h2>{t('handover.promise.title')} <span className="muted">{rows.length}</span></h2>
      {rows.length === 0 ? <p className="muted">{t('handover.promise.none')}</p> : null}
      {/* 交接's landing spot is the first promise (K keeps it); ↑↓ move along the rows. */}
      <ul className="promise-list" ref={list}>
        {rows.map(({ promise: p, buyer, order }, i) => (
          <li key={p.id} tabIndex={rovingTabIndex(i === 0)} data-autofocus={i === 0 ? '' : undefined} data-promise-id={p.id} className={p.dueAt <= now ? 'promise-row promise-row--due' : 'promise-row'} data-testid="promise-row">
            <time>{formatShanghaiShort(p.dueAt)}</time>
            <button className="link" onClick={() => open(order ? { entity: 'order', id: order.id } : { entity: 'buyer', id: p.buyerId }, order?.orderNo ?? buyer?.nick)}>{buyer?.nick}</button>
            <span className="promise-row__what">{p.what}</span>
            {p.dueAt <= now ? <span className="badge badge--due">{t('handover.promise.overdue')}</span> : null}
            <button className="btn" onClick={() => keep(p.id)} data-testid="promise-keep">{t('handover.promise.keep')} <kbd>K</kbd></button>
          </li>
        ))}
      </ul>
      <PromiseForm agent={agent} />
    </section>
  );
}

/**
 * A promise added by hand: buyer by nick, optional order number, what and when. From a buyer,
 * order or case tab the buyer (and the case, and the case's order) are fixed.
 */
export function PromiseForm({ agent, buyerId: fixedBuyer, orderId: fixedOrder, caseId = null }: { agent: Agent; buyerId?: string; orderId?: string | null; caseId?: string | null }) {
  const { t } = useTranslation();
  const [nick, setNick] = useState('');
  const [orderNo, setOrderNo] = useState('');
  const [what, setWhat] = useState('');
  const id = useId();
  const [dueAt, setDueAt] = useState(() => Math.ceil((Date.now() + HOUR) / 60_000) * 60_000);
  const { save, confirmPast, cancelPast, errors, refuseAt, clearErrors } = usePromiseSave(agent, () => { setWhat(''); setOrderNo(''); });

  const submit = async (confirmed = false): Promise<void> => {
    const buyer = fixedBuyer ? { id: fixedBuyer } : (await findBuyersByNick(nick.trim(), 8)).find((b) => b.nick === nick.trim());
    if (!buyer) return refuseAt('buyer', t('handover.promise.noBuyer', { nick }));
    let orderId: string | null = fixedOrder ?? null;
    if (!fixedOrder && orderNo.trim()) {
      const order = (await findOrdersByNoPrefix(orderNo, 1)).find((o) => o.orderNo === orderNo.replace(/\D/g, ''));
      if (!order) return refuseAt('orderNo', t('handover.promise.noOrderNo', { no: orderNo }));
      // From a buyer's tab the order must be theirs (the remark is written to it).
      if (order.buyerId !== buyer.id) return refuseAt('orderNo', t('handover.promise.otherBuyersOrder', { no: orderNo }));
      orderId = order.id;
    }
    if (!what.trim()) return refuseAt('what', t('handover.promise.emptyWhat'));
    clearErrors();
    await save({ buyerId: buyer.id, orderId, caseId, conversationId: null, kind: 'other', what, dueAt }, confirmed);
  };

  return (
    <form className="promise-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t('handover.promise.add')}>
      <h3>{t('handover.promise.add')}</h3>
      {fixedBuyer ? null : (
        <Field label={t('handover.promise.buyerNick')} htmlFor={`${id}-buyer`} error={errors.byField['buyer']}>
          <input value={nick} onChange={(e) => setNick(e.target.value)} data-testid="promise-form-buyer" />
        </Field>
      )}
      {fixedOrder ? null : (
        <Field label={t('handover.promise.orderNo')} htmlFor={`${id}-order`} error={errors.byField['orderNo']}>
          <input value={orderNo} onChange={(e) => setOrderNo(e.target.value)} data-testid="promise-form-order" />
        </Field>
      )}
      <Field label={t('handover.promise.what')} htmlFor={`${id}-what`} error={errors.byField['what']}>
        <input value={what} onChange={(e) => setWhat(e.target.value)} maxLength={500} data-testid="promise-form-what" />
      </Field>
      <DueField value={dueAt} onChange={setDueAt} testId="promise-form-due" error={errors.byField['dueAt']} />
      <button className="btn btn--primary" type="submit" data-testid="promise-form-save">{t('handover.promise.save')}</button>
      {confirmPast !== null ? <PastDueConfirm minutes={confirmPast} onConfirm={() => void submit(true)} onCancel={cancelPast} /> : null}
      <FormProblems lines={errors.rest} />
    </form>
  );
}
