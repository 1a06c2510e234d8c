import { useEffect, useRef, useState } from 'react';
import { movePick, paymentQueueView } from '@shared/domain/payments';
import { useLiveAt, closeUnpaidOrder, paymentQueue, sendPaymentReminder, stopPaymentReminders, type PaymentChannel, type PaymentWorkRow } from '../../data';
import { useDuration, useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { formatYuan } from '@shared/lib/money';
import { useWriteContext } from '../../state/writeContext';
import { useNoticeAction } from '../../ui/useNoticeAction';
import { NoticeLine } from '../../ui/NoticeLine';
import { useCommands } from '../../ui/commands';
import { paymentQueueCommands } from './commands';
import { claimWork, heldProblem } from '../team';
import { QueueItem } from './QueueItem';
import { InlineTextForm } from './InlineTextForm';

const PHONE_OUTCOMES = ['will-pay', 'no-answer', 'declined'] as const;
const CLOSE_REASONS = ['wrong', 'duplicate', 'noStock', 'buyerAsked'] as const;

/**
 * The 催付 queue across shops: due reminders first (oldest first), then those due within 30
 * minutes, each with its countdown to auto-close. Enter sends the step's message into the buyer's
 * chat (or records the SMS at quiet hours); M records an SMS, P a phone call, S stops 催付, X closes.
 */
export function PaymentQueue({ now }: { now: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const duration = useDuration();
  const ctx = useWriteContext();
  const open = useTabs((s) => s.open);
  const bucket = Math.floor(now / 5_000) * 5_000;
  const queue = useLiveAt(paymentQueue, bucket, null);
  const rows = queue?.rows ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [phoneOutcome, setPhoneOutcome] = useState<(typeof PHONE_OUTCOMES)[number]>('will-pay');
  const [closing, setClosing] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const { notice, act, say } = useNoticeAction(errorText, () => list.current?.focus());

  const v = rows ? paymentQueueView(rows, selectedId, now) : null;
  const index = v?.index ?? 0;
  const current: PaymentWorkRow | undefined = rows?.[index];
  useEffect(() => setClosing(false), [current?.order.id]);

  // In a team the step is claimed on the shop server first: two PCs never chase one order twice.
  const send = async (r: PaymentWorkRow, channel: PaymentChannel): Promise<boolean> => {
    const claim = await claimWork('reminder', r.order.id);
    const done = t(`followups.done.${channel}`, { nick: r.buyerNick });
    return act(async () => {
      if (claim.kind === 'held') throw heldProblem('reminder', claim.holder);
      await sendPaymentReminder({ orderId: r.order.id, channel, outcome: channel === 'phone' ? phoneOutcome : 'sent' }, ctx());
    }, claim.kind === 'unchecked' ? `${done} ${t('claim.unchecked')}` : done);
  };

  const stop = (r: PaymentWorkRow): Promise<boolean> => act(() => stopPaymentReminders(r.order.id, ctx()), t('followups.done.stopped'));
  const area = useRef<HTMLDivElement>(null);
  // ↑↓ (J K) pick, Enter sends, M P S X: while the focus is in the queue, never while typing in a field.
  useCommands(paymentQueueCommands, {
    chosen: current !== undefined,
    move: (step) => { if (rows) setSelectedId(movePick(rows, index, step)); },
    remind: () => { if (current && v?.current) void send(current, v.current.primaryChannel); },
    sms: () => { if (current) void send(current, 'sms'); },
    phone: () => { if (current) void send(current, 'phone'); },
    stop: () => { if (current) void stop(current); },
    close: () => setClosing(true),
  }, area);

  if (rows === null || v === null) return <p className="muted">{t('followups.loading')}</p>;
  const shown = v.current;

  return (
    <div className="pqueue" ref={area}>
      <div className="pqueue__list">
        <div className="pqueue__head">
          <span>{t('followups.queue.title')}</span>
          <span className="queue__count" data-testid="payment-due-count" data-unpaid={queue?.stats.unpaid} data-read-ms={queue?.stats.readMs} data-plan-ms={queue?.stats.planMs}>{v.dueCount}</span>
          <span className="muted">{t('followups.queue.keys')}</span>
        </div>
        {v.items.length === 0 ? <Empty title={t('followups.queue.empty')} /> : null}
        <ul ref={list} tabIndex={0} role="listbox" aria-label={t('followups.queue.title')} data-testid="payment-queue" data-autofocus="">
          {v.items.map((r, i) => (
            <QueueItem
              key={r.orderId}
              active={i === index}
              className={r.due ? 'pitem--due' : 'pitem--soon'}
              onPick={() => setSelectedId(r.orderId)}
              buyerNick={r.buyerNick}
              shopName={r.shopName}
              totalFen={r.totalFen}
              data={{ 'data-testid': 'payment-item', 'data-order-id': r.orderId, 'data-order-no': r.orderNo, 'data-state': r.state, 'data-sent': r.sent }}
            >
              <span>{t('followups.queue.step', { n: r.step, of: r.steps, sent: r.sent })}</span>
              <span className={r.due ? 'pitem__due' : 'muted'}>
                {r.dueSinceMs !== null ? t('followups.queue.dueSince', { d: duration(r.dueSinceMs) }) : t('followups.queue.dueIn', { d: duration(r.dueInMs ?? 0) })}
              </span>
              <span className={`pitem__close ${r.closeSoon ? 'pitem__close--soon' : ''}`} data-testid="close-countdown">{t('followups.queue.closesIn', { d: duration(r.closeInMs, { round: 'up' }) })}</span>
              {r.sms ? <span className="tag">{t('followups.queue.smsHint')}</span> : null}
            </QueueItem>
          ))}
        </ul>
      </div>
      <section className="pqueue__detail" aria-label={t('followups.queue.detail')}>
        {current && shown ? (
          <>
            <h3>
              <button type="button" className="link mono" onClick={() => open({ entity: 'order', id: shown.orderId }, shown.orderNo)}>{shown.orderNo}</button>
            </h3>
            <p>{shown.itemsText} · {formatYuan(shown.totalFen)}</p>
            <p className="muted">{t(`followups.reason.${shown.reason}`, { defaultValue: shown.reason })}</p>
            <pre className="pqueue__preview" data-testid="payment-preview">{shown.preview}</pre>
            <div className="pqueue__actions">
              <button type="button" className="btn btn--primary" onClick={() => void send(current, shown.primaryChannel)} data-testid="send-reminder">
                {shown.primaryChannel === 'sms' ? t('followups.actions.sms') : t('followups.actions.chat')} <kbd>Enter</kbd>
              </button>
              <button type="button" className="btn" onClick={() => void send(current, 'sms')}>{t('followups.actions.sms')} <kbd>M</kbd></button>
              <span className="pqueue__phone">
                <select value={phoneOutcome} onChange={(e) => setPhoneOutcome(e.target.value as (typeof PHONE_OUTCOMES)[number])} aria-label={t('followups.actions.phoneOutcome')}>
                  {PHONE_OUTCOMES.map((o) => <option key={o} value={o}>{t(`reminder.outcome.${o}`)}</option>)}
                </select>
                <button type="button" className="btn" onClick={() => void send(current, 'phone')}>{t('followups.actions.phone')} <kbd>P</kbd></button>
              </span>
              <button type="button" className="btn btn--ghost" onClick={() => void stop(current)}>{t('followups.actions.stop')} <kbd>S</kbd></button>
              <button type="button" className="btn btn--danger" onClick={() => setClosing(true)} disabled={!shown.closeAllowed} title={shown.closeAllowed ? '' : t('followups.actions.closeTooEarly')} data-testid="close-order">
                {t('followups.actions.close')} <kbd>X</kbd>
              </button>
            </div>
            {closing ? (
              <InlineTextForm
                label={t('followups.actions.closeReason')}
                field="orders.closeReason"
                id="close-reason"
                submitLabel={t('followups.actions.confirmClose')}
                danger
                suggestions={CLOSE_REASONS.map((k) => t(`followups.closeReasons.${k}`))}
                write={(why) => closeUnpaidOrder(current.order.id, why, ctx())}
                onSaved={() => { say(t('followups.done.closed')); setClosing(false); }}
                onCancel={() => setClosing(false)}
              />
            ) : null}
          </>
        ) : <Empty title={t('followups.queue.pick')} />}
        <NoticeLine notice={notice} testId="payment-notice" />
      </section>
    </div>
  );
}
