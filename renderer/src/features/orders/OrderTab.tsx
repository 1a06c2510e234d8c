import { formatShanghaiShort } from '@shared/lib/time';
import { resolveFlagMeanings } from '@shared/domain/remarks';
import { listAgents, useLive, orderFullDetail, useSharedLive } from '../../data';
import { useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { Empty } from '../../ui/Empty';
import { formatYuan } from '@shared/lib/money';
import { OrderCaseActions } from '../aftersale';
import { PromiseForm } from '../handover';
import { SubjectNotes } from '../notes';
import { useSession } from '../../state/session';
import { AddressSection } from './AddressSection';
import { FlagDot } from './FlagDot';
import { RemarksSection } from './RemarksSection';
import './orders.css';

/** One order in its own tab: items, amounts, address, logistics, remarks, 催付, chat and cases. */
export function OrderTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const d = useLive(() => orderFullDetail(id), [id], undefined);
  const agents = useSharedLive(listAgents, []);
  const agentId = useSession((s) => s.agentId);
  if (d === undefined) return null;
  if (d === null) return <Empty title={t('entity.missing')} />;
  const { order, buyer, shop, remarks, payments, conversation, messages, tickets, reviews, reveals } = d;
  const me = agents.find((a) => a.id === agentId);
  const meanings = shop ? resolveFlagMeanings(shop.platform, shop.rules) : {};
  const agentName = (aid: string): string => agents.find((a) => a.id === aid)?.name ?? (aid === 'system' ? t('orders.detail.system') : aid);
  const itemsFen = order.items.reduce((n, i) => n + i.price * i.qty, 0);
  return (
    <article className="detail odetail" data-testid="order-detail">
      <h2>
        {t('order.no')} <span className="mono">{order.orderNo}</span>{' '}
        <span className={`status status--o-${order.status}`} data-testid="order-status">{t(`orderStatus.${order.status}`)}</span>{' '}
        <FlagDot platform={shop?.platform ?? 'taobao'} flag={order.flag} meanings={meanings} />
      </h2>
      <div className="odetail__cols">
        <div className="odetail__col">
          <dl className="detail__facts">
            <dt>{t('order.shop')}</dt><dd>{shop?.name}</dd>
            <dt>{t('order.buyer')}</dt>
            <dd>{buyer ? <button type="button" className="link" onClick={() => open({ entity: 'buyer', id: buyer.id }, buyer.nick)}>{buyer.nick}</button> : '—'}</dd>
            <dt>{t('order.amount')}</dt>
            <dd>
              {formatYuan(order.totalFen)} <span className="muted">{t('orders.detail.itemsSum', { sum: formatYuan(itemsFen) })}</span>
              {order.postageFen ? <span className="muted"> {t('orders.detail.postage', { postage: formatYuan(order.postageFen) })}</span> : null}
              {typeof order.paidFen === 'number' && order.paidFen !== order.totalFen ? <span className="muted"> · {t('orders.detail.paidAmount', { paid: formatYuan(order.paidFen) })}</span> : null}
            </dd>
            <dt>{t('order.created')}</dt><dd>{formatShanghaiShort(order.createdAt)}</dd>
            <dt>{t('order.paid')}</dt><dd>{order.paidAt ? formatShanghaiShort(order.paidAt) : '—'}</dd>
            <dt>{t('order.tracking')}</dt><dd>{order.trackingNo ? `${order.carrier ?? ''} ${order.trackingNo}` : '—'}</dd>
            <dt>{t('orders.detail.verify')}</dt><dd>{t(`order.verification.${order.verification?.state ?? (order.paidAt ? 'pending' : 'none')}`)}</dd>
            {order.closeReason ? <><dt>{t('orders.detail.closeReason')}</dt><dd>{order.closeReason}</dd></> : null}
            {order.buyerNote ? <><dt>{t('orders.detail.buyerNote')}</dt><dd className="odetail__note" data-testid="order-buyer-note">{order.buyerNote}</dd></> : null}
            {order.platformMemo ? (
              <>
                <dt>{t('orders.detail.platformMemo')}</dt>
                <dd data-testid="order-platform-memo" title={t('orders.detail.platformMemoHint')}>{order.platformMemo}</dd>
              </>
            ) : null}
          </dl>
          <OrderCaseActions orderId={order.id} />

          <h3>{t('order.items')}</h3>
          <table className="table">
            <thead><tr><th>{t('order.item')}</th><th>SKU</th><th>{t('order.qty')}</th><th>{t('order.price')}</th><th>{t('orders.detail.subtotal')}</th></tr></thead>
            <tbody>
              {order.items.map((it, i) => (
                <tr key={i}><td>{it.title}{it.props ? <span className="muted"> {it.props}</span> : null}</td><td>{it.sku}</td><td>{it.qty}</td><td>{formatYuan(it.price)}</td><td>{formatYuan(it.price * it.qty)}</td></tr>
              ))}
            </tbody>
          </table>

          <AddressSection order={order} buyer={buyer} reveals={reveals} />
        </div>
        <div className="odetail__col">
          <RemarksSection orderId={order.id} remarks={remarks} shop={shop} meanings={meanings} flag={order.flag} />

          <section className="osection" aria-label={t('orders.detail.notes')} data-testid="order-notes">
            <h3>{t('orders.detail.notes')}</h3>
            <p className="muted">{t('orders.detail.notesHint')}</p>
            <SubjectNotes subjectId={order.id} />
          </section>

          {me ? (
            <section className="osection" aria-label={t('orders.detail.promise')} data-testid="order-promise">
              <h3>{t('orders.detail.promise')}</h3>
              <p className="muted">{t('orders.detail.promiseHint')}</p>
              <PromiseForm agent={me} buyerId={order.buyerId} orderId={order.id} />
            </section>
          ) : null}

          <section className="osection" aria-label={t('orders.detail.payments')}>
            <h3>{t('orders.detail.payments')}</h3>
            {payments.length === 0 ? <p className="muted">{t('orders.detail.noPayments')}</p> : (
              <ul className="plain-list" data-testid="payment-history">
                {payments.map((r) => (
                  <li key={r.id}>
                    {formatShanghaiShort(r.updatedAt)} · {agentName(r.updatedBy)} ·{' '}
                    {r.state === 'cancelled' ? t('orders.detail.stopped') : `${t(`reminder.channel.${r.channel ?? 'chat'}`)} · ${t(`reminder.outcome.${r.outcome ?? 'sent'}`, { defaultValue: r.outcome ?? '' })}`}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="osection" aria-label={t('orders.detail.chat')}>
            <h3>{t('orders.detail.chat')}</h3>
            {conversation ? (
              <>
                <ul className="ochat">
                  {messages.map((m) => (
                    <li key={m.id} className={`ochat__msg ochat__msg--${m.from}`}>
                      <span className="muted">{formatShanghaiShort(m.at)}</span> {m.text}
                    </li>
                  ))}
                </ul>
                <button type="button" className="btn" onClick={() => open({ entity: 'conversation', id: conversation.id }, buyer?.nick ?? '')}>{t('orders.detail.openChat')}</button>
              </>
            ) : <p className="muted">{t('orders.detail.noChat')}</p>}
          </section>

          <section className="osection" aria-label={t('orders.detail.cases')}>
            <h3>{t('orders.detail.cases')}</h3>
            {tickets.length + reviews.length === 0 ? <p className="muted">{t('orders.detail.noCases')}</p> : (
              <ul className="plain-list">
                {tickets.map((c) => (
                  <li key={c.id}><button type="button" className="link" onClick={() => open({ entity: 'case', id: c.id }, c.summary.slice(0, 12))}>{c.summary}</button> <span className="muted">{t(`caseKind.ticketStatus.${c.status}`)}</span></li>
                ))}
                {reviews.map((r) => (
                  <li key={r.id}><button type="button" className="link" onClick={() => open({ entity: 'case', id: r.id }, t('orders.detail.review'))}>{t('orders.detail.review')} · {t(`caseKind.rating.${r.rating}`)}</button> <span className="muted">{t(`caseKind.reviewStatus.${r.status}`)}</span></li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
