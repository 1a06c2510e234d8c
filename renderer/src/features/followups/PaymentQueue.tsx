import { useEffect, useRef, useState } from 'react';
import { buildPaymentMessage, canCloseUnpaid, formatTimeLeft, itemsSummary } from '@shared/domain/payments';
import { formatDuration } from '@shared/lib/time';
import { useLive, closeUnpaidOrder, paymentQueue, sendPaymentReminder, stopPaymentReminders, type PaymentChannel, type PaymentWorkRow } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { yuan } from '../../ui/money';
import { useWriteContext } from '../../state/writeContext';
import { useNoticeAction } from '../../ui/useNoticeAction';
import { NoticeLine } from '../../ui/NoticeLine';
import { useCommands } from '../../ui/commands';
import { paymentQueueCommands } from './commands';

const PHONE_OUTCOMES = ['will-pay', 'no-answer', 'declined'] as const;

/**
 * The 催付 queue across shops: due reminders first (oldest first), then those due within 30
 * minutes, each with its countdown to auto-close. Enter sends the step's message into the buyer's
 * chat (or records the SMS at quiet hours); M records an SMS, P a phone call, S stops 催付, X closes.
 */
export function PaymentQueue({ now }: { now: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const open = useTabs((s) => s.open);
  const bucket = Math.floor(now / 5_000) * 5_000;
  const queue = useLive(() => paymentQueue(bucket), [bucket], null);
  const rows = queue?.rows ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [phoneOutcome, setPhoneOutcome] = useState<(typeof PHONE_OUTCOMES)[number]>('will-pay');
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const { notice, act } = useNoticeAction(errorText, () => list.current?.focus());

  const index = Math.max(0, rows?.findIndex((r) => r.order.id === selectedId) ?? 0);
  const current: PaymentWorkRow | undefined = rows?.[index];
  useEffect(() => setClosing(false), [current?.order.id]);

  const send = (r: PaymentWorkRow, channel: PaymentChannel): Promise<boolean> =>
    act(() => sendPaymentReminder({ orderId: r.order.id, channel, outcome: channel === 'phone' ? phoneOutcome : 'sent' }, ctx()), t(`followups.done.${channel}`, { nick: r.buyerNick }));

  const stop = (r: PaymentWorkRow): Promise<boolean> => act(() => stopPaymentReminders(r.order.id, ctx()), t('followups.done.stopped'));
  const area = useRef<HTMLDivElement>(null);
  // ↑↓ (J K) pick, Enter sends, M P S X: while the focus is in the queue, never while typing in a field.
  useCommands(paymentQueueCommands, {
    chosen: current !== undefined,
    move: (step) => { if (rows) setSelectedId(rows[Math.max(0, Math.min(rows.length - 1, index + step))]?.order.id ?? null); },
    remind: () => { if (current) void send(current, current.plan.channel === 'sms' ? 'sms' : 'chat'); },
    sms: () => { if (current) void send(current, 'sms'); },
    phone: () => { if (current) void send(current, 'phone'); },
    stop: () => { if (current) void stop(current); },
    close: () => setClosing(true),
  }, area);

  if (rows === null) return <p className="muted">{t('followups.loading')}</p>;
  const preview = current
    ? buildPaymentMessage(
      { buyerNick: current.buyerNick, items: current.order.items, totalFen: current.order.totalFen, closeAt: current.plan.closeAt, now, shopName: current.shopName, step: current.plan.step ?? 0, channel: current.plan.channel ?? 'chat' },
      current.policy,
    )
    : '';
  const closeCheck = current ? canCloseUnpaid(current.order, now) : null;

  return (
    <div className="pqueue" ref={area}>
      <div className="pqueue__list">
        <div className="pqueue__head">
          <span>{t('followups.queue.title')}</span>
          <span className="queue__count" data-testid="payment-due-count" data-unpaid={queue?.stats.unpaid} data-read-ms={queue?.stats.readMs} data-plan-ms={queue?.stats.planMs}>{rows.filter((r) => r.plan.kind === 'due').length}</span>
          <span className="muted">{t('followups.queue.keys')}</span>
        </div>
        {rows.length === 0 ? <Empty title={t('followups.queue.empty')} /> : null}
        <ul ref={list} tabIndex={0} role="listbox" aria-label={t('followups.queue.title')} data-testid="payment-queue">
          {rows.map((r, i) => {
            const due = r.plan.kind === 'due';
            const left = r.plan.closeAt - now;
            return (
              <li
                key={r.order.id}
                role="option"
                aria-selected={i === index}
                className={`pitem ${i === index ? 'pitem--active' : ''} ${due ? 'pitem--due' : 'pitem--soon'}`}
                onClick={() => setSelectedId(r.order.id)}
                data-testid="payment-item"
                data-order-id={r.order.id}
                data-order-no={r.order.orderNo}
                data-state={r.plan.kind}
                data-sent={r.plan.sent}
              >
                <div className="pitem__top">
                  <strong>{r.buyerNick}</strong>
                  <span className="muted">{r.shopName}</span>
                  <span className="num">{yuan(r.order.totalFen)}</span>
                </div>
                <div className="pitem__meta">
                  <span>{t('followups.queue.step', { n: (r.plan.step ?? 0) + 1, of: r.policy.steps.length, sent: r.plan.sent })}</span>
                  <span className={due ? 'pitem__due' : 'muted'}>
                    {due ? t('followups.queue.dueSince', { d: formatDuration(now - (r.plan.dueAt as number)) }) : t('followups.queue.dueIn', { d: formatDuration((r.plan.dueAt as number) - now) })}
                  </span>
                  <span className={`pitem__close ${left < 30 * 60_000 ? 'pitem__close--soon' : ''}`} data-testid="close-countdown">{t('followups.queue.closesIn', { d: formatTimeLeft(left) })}</span>
                  {r.plan.channel === 'sms' ? <span className="tag">{t('followups.queue.smsHint')}</span> : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <section className="pqueue__detail" aria-label={t('followups.queue.detail')}>
        {current ? (
          <>
            <h3>
              <button type="button" className="link mono" onClick={() => open({ entity: 'order', id: current.order.id }, current.order.orderNo)}>{current.order.orderNo}</button>
            </h3>
            <p>{itemsSummary(current.order.items)} · {yuan(current.order.totalFen)}</p>
            <p className="muted">{t(`followups.reason.${current.plan.reason}`, { defaultValue: current.plan.reason })}</p>
            <pre className="pqueue__preview" data-testid="payment-preview">{preview}</pre>
            <div className="pqueue__actions">
              <button type="button" className="btn btn--primary" onClick={() => void send(current, current.plan.channel === 'sms' ? 'sms' : 'chat')} data-testid="send-reminder">
                {current.plan.channel === 'sms' ? t('followups.actions.sms') : t('followups.actions.chat')} <kbd>Enter</kbd>
              </button>
              <button type="button" className="btn" onClick={() => void send(current, 'sms')}>{t('followups.actions.sms')} <kbd>M</kbd></button>
              <span className="pqueue__phone">
                <select value={phoneOutcome} onChange={(e) => setPhoneOutcome(e.target.value as (typeof PHONE_OUTCOMES)[number])} aria-label={t('followups.actions.phoneOutcome')}>
                  {PHONE_OUTCOMES.map((o) => <option key={o} value={o}>{t(`followups.outcome.${o}`)}</option>)}
                </select>
                <button type="button" className="btn" onClick={() => void send(current, 'phone')}>{t('followups.actions.phone')} <kbd>P</kbd></button>
              </span>
              <button type="button" className="btn btn--ghost" onClick={() => void stop(current)}>{t('followups.actions.stop')} <kbd>S</kbd></button>
              <button type="button" className="btn btn--danger" onClick={() => setClosing(true)} disabled={!closeCheck?.allowed} title={closeCheck?.allowed ? '' : t('followups.actions.closeTooEarly')} data-testid="close-order">
                {t('followups.actions.close')} <kbd>X</kbd>
              </button>
            </div>
            {closing ? (
              <form className="pqueue__close" onSubmit={(e) => { e.preventDefault(); void act(() => closeUnpaidOrder(current.order.id, reason, ctx()), t('followups.done.closed')).then((ok) => { if (ok) { setReason(''); setClosing(false); } }); }}>
                <label>
                  {t('followups.actions.closeReason')}
                  <input list="close-reasons" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus data-testid="close-reason" />
                </label>
                <datalist id="close-reasons">
                  {(['wrong', 'duplicate', 'noStock', 'buyerAsked'] as const).map((k) => <option key={k} value={t(`followups.closeReasons.${k}`)} />)}
                </datalist>
                <button type="submit" className="btn btn--danger">{t('followups.actions.confirmClose')}</button>
                <button type="button" className="btn btn--ghost" onClick={() => setClosing(false)}>{t('followups.actions.cancel')}</button>
              </form>
            ) : null}
          </>
        ) : <Empty title={t('followups.queue.pick')} />}
        <NoticeLine notice={notice} testId="payment-notice" />
      </section>
    </div>
  );
}
