import { useRef, useState } from 'react';
import { itemsSummary } from '@shared/domain/payments';
import { formatShanghaiShort } from '@shared/lib/time';
import { useLive, changeAddress, confirmVerification, sendVerifyMessage, verifyQueue, type VerifyRow } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { formatYuan } from '@shared/lib/money';
import { useWriteContext } from '../../state/writeContext';
import { useNoticeAction } from '../../ui/useNoticeAction';
import { NoticeLine } from '../../ui/NoticeLine';
import { useCommands } from '../../ui/commands';
import { verifyCommands } from './commands';
import { QueueItem } from './QueueItem';
import { InlineTextForm } from './InlineTextForm';

/**
 * 待核实: paid orders whose address is not confirmed yet. Enter sends the confirmation message
 * (items, recipient, masked phone and address) into the buyer's chat; C marks it confirmed;
 * A records a new address (the old one is kept with who changed it).
 */
export function VerifyList({ now }: { now: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ctx = useWriteContext();
  const open = useTabs((s) => s.open);
  const day = Math.floor(now / 60_000) * 60_000;
  const rows = useLive(() => verifyQueue(day), [day], null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const { notice, act, say } = useNoticeAction(errorText);
  const index = Math.max(0, rows?.findIndex((r) => r.order.id === selectedId) ?? 0);
  const current: VerifyRow | undefined = rows?.[index];

  const sendIt = (r: VerifyRow): Promise<boolean> => act(() => sendVerifyMessage(r.order.id, ctx()), t('followups.verify.sent', { nick: r.buyerNick }));
  const confirm = (r: VerifyRow): Promise<boolean> => act(() => confirmVerification(r.order.id, ctx()), t('followups.verify.confirmed', { no: r.order.orderNo }));

  const area = useRef<HTMLDivElement>(null);
  // ↑↓ (J K) pick, Enter sends, C confirms, A changes the address: while the focus is in the list.
  useCommands(verifyCommands, {
    chosen: current !== undefined,
    move: (step) => {
      if (!rows) return;
      setSelectedId(rows[Math.max(0, Math.min(rows.length - 1, index + step))]?.order.id ?? null);
      setEditing(false);
    },
    send: () => { if (current) void sendIt(current); },
    confirm: () => { if (current) void confirm(current); },
    changeAddress: () => setEditing(true),
  }, area);

  if (rows === null) return <p className="muted">{t('followups.loading')}</p>;
  return (
    <div className="pqueue" ref={area}>
      <div className="pqueue__list">
        <div className="pqueue__head">
          <span>{t('followups.verify.title')}</span>
          <span className="queue__count" data-testid="verify-count">{rows.length}</span>
          <span className="muted">{t('followups.verify.keys')}</span>
        </div>
        {rows.length === 0 ? <Empty title={t('followups.verify.empty')} /> : null}
        <ul tabIndex={0} role="listbox" aria-label={t('followups.verify.title')} data-testid="verify-list" data-autofocus="">
          {rows.map((r, i) => (
            <QueueItem
              key={r.order.id}
              active={i === index}
              onPick={() => { setSelectedId(r.order.id); setEditing(false); }}
              buyerNick={r.buyerNick}
              shopName={r.shopName}
              totalFen={r.order.totalFen}
              data={{ 'data-testid': 'verify-item', 'data-order-id': r.order.id, 'data-order-no': r.order.orderNo }}
            >
              <span>{t('followups.verify.paidAt', { at: formatShanghaiShort(r.order.paidAt ?? r.order.createdAt) })}</span>
              <span className={r.order.verification?.state === 'sent' ? 'tag' : 'muted'}>{t(`order.verification.${r.order.verification?.state ?? 'pending'}`)}</span>
            </QueueItem>
          ))}
        </ul>
      </div>
      <section className="pqueue__detail" aria-label={t('followups.verify.detail')}>
        {current ? (
          <>
            <h3><button type="button" className="link mono" onClick={() => open({ entity: 'order', id: current.order.id }, current.order.orderNo)}>{current.order.orderNo}</button></h3>
            <p>{itemsSummary(current.order.items)} · {formatYuan(current.order.totalFen)}</p>
            <p data-testid="verify-address">{t('order.address')}：{current.order.addressMasked}</p>
            {current.order.buyerNote ? <p data-testid="verify-buyer-note">{t('followups.verify.buyerNote')}：{current.order.buyerNote}</p> : null}
            <div className="pqueue__actions">
              <button type="button" className="btn btn--primary" onClick={() => void sendIt(current)} data-testid="send-verify">{t('followups.verify.send')} <kbd>Enter</kbd></button>
              <button type="button" className="btn" onClick={() => void confirm(current)} data-testid="confirm-verify">{t('followups.verify.confirm')} <kbd>C</kbd></button>
              <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="change-address">{t('followups.verify.change')} <kbd>A</kbd></button>
            </div>
            {editing ? (
              <InlineTextForm
                label={t('followups.verify.newAddress')}
                field="orders.address"
                id="new-address"
                submitLabel={t('followups.verify.saveAddress')}
                size={48}
                write={(address) => changeAddress(current.order.id, address, ctx())}
                onSaved={() => { say(t('followups.verify.changed')); setEditing(false); }}
                onCancel={() => setEditing(false)}
              />
            ) : null}
          </>
        ) : <Empty title={t('followups.queue.pick')} />}
        <NoticeLine notice={notice} testId="verify-notice" />
      </section>
    </div>
  );
}
