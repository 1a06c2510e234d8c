import { formatShanghaiShort } from '@shared/lib/time';
import { buyerDetail, latestConversationOf, useLive } from '../../data';
import { useTabs } from '../../state/tabs';
import { useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { formatYuan } from '@shared/lib/money';
import { SubjectFollowUps } from '../handover';
import { ConversationCaseActions } from '../aftersale';

/** One buyer in its own tab: tier, tags, masked contact, their orders, the shared note and promises. */
export function BuyerTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const d = useLive(() => buyerDetail(id), [id], undefined);
  const chat = useLive(() => latestConversationOf(id), [id], null);
  if (d === undefined) return null;
  if (d === null) return <Empty title={t('entity.missing')} />;
  const { buyer, shop, orders } = d;
  return (
    <article className="detail" data-testid="buyer-detail">
      <h2>{buyer.nick} <span className="badge badge--tier">{t(`tier.${buyer.tier}`)}</span></h2>
      {/* From the buyer's page to the chat and to 登记售后, so the page is never a dead end. */}
      <div className="detail__actions">
        {chat ? <button type="button" className="btn" onClick={() => open({ entity: 'conversation', id: chat }, buyer.nick)} data-testid="buyer-open-chat" data-autofocus="">{t('buyers.openChat')}</button> : null}
        <ConversationCaseActions conversationId={chat} buyerId={buyer.id} />
      </div>
      <dl className="detail__facts">
        <dt>{t('order.shop')}</dt><dd>{shop?.name}</dd>
        <dt>{t('buyer.tags')}</dt><dd>{buyer.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</dd>
        <dt>{t('buyer.phone')}</dt><dd>{buyer.phoneMasked}</dd>
        <dt>{t('order.address')}</dt><dd>{buyer.addressMasked}</dd>
        <dt>{t('buyer.notes')}</dt><dd>{buyer.notes || '—'}</dd>
      </dl>
      <h3>{t('buyer.orders')}</h3>
      <table className="table">
        <thead><tr><th>{t('order.no')}</th><th>{t('order.status')}</th><th>{t('order.amount')}</th><th>{t('order.created')}</th></tr></thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <td><button className="link mono" onClick={() => open({ entity: 'order', id: o.id }, o.orderNo)}>{o.orderNo}</button></td>
              <td>{t(`orderStatus.${o.status}`)}</td><td>{formatYuan(o.totalFen)}</td><td>{formatShanghaiShort(o.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubjectFollowUps subjectId={buyer.id} buyerId={buyer.id} />
    </article>
  );
}
