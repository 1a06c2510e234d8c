import type { Agent, Buyer } from '@shared/schemas/entities';
import { formatShanghaiShort } from '@shared/lib/time';
import { tierFor, tierRulesOf } from '@shared/domain/presale';
import { useLive, buyerPanel, setBuyerTier } from '../../data';
import { useTabs } from '../../state/tabs';
import { useTranslation } from '../../i18n';
import { formatYuan } from '@shared/lib/money';
import { TagEditor } from './TagEditor';
import { RevealContact } from './RevealContact';
import { FollowUps } from './FollowUps';
import { BuyerMemo } from './BuyerMemo';
import './buyers.css';

const TIERS: Buyer['tier'][] = ['normal', 'senior', 'vip'];

/** Beside the chat: who this buyer is, what they bought, what is open with them. */
export function BuyerPanel({ buyerId, agent }: { buyerId: string; agent: Agent }) {
  const { t } = useTranslation();
  const open = useTabs((s) => s.open);
  const d = useLive(() => buyerPanel(buyerId), [buyerId], undefined);
  if (!d) return null;
  const { buyer } = d;
  const ctx = () => ({ agentId: agent.id, now: Date.now() });
  const earned = tierFor(d.orderTotals, tierRulesOf(d.shop?.rules));
  return (
    <div className="buyer-panel" data-testid="buyer-panel">
      <div className="buyer-panel__head">
        <button className="link buyer-panel__nick" onClick={() => open({ entity: 'buyer', id: buyer.id }, buyer.nick)}>{buyer.nick}</button>
        <select aria-label={t('buyers.tier')} value={buyer.tier} onChange={(e) => void setBuyerTier(buyer.id, e.target.value as Buyer['tier'], ctx())}>
          {TIERS.map((tier) => <option key={tier} value={tier}>{t(`tier.${tier}`)}</option>)}
        </select>
        <span className="muted">{d.shop?.name}</span>
      </div>
      <div className="buyer-panel__tier muted" data-testid="tier-rule">
        {t('buyers.tierRule', { tier: t(`tier.${earned.tier}`), orders: earned.orders, amount: formatYuan(earned.spentFen) })}
        {earned.tier !== buyer.tier ? <button className="link" onClick={() => void setBuyerTier(buyer.id, earned.tier, ctx())}>{t('buyers.tierApply')}</button> : null}
      </div>
      <TagEditor buyer={buyer} agent={agent} />
      <RevealContact buyer={buyer} agent={agent} />
      <FollowUps buyer={buyer} items={d.followUps} agent={agent} />
      <BuyerMemo buyer={buyer} agent={agent} />
      <section>
        <h4>{t('buyers.orders', { count: d.orders.length })}</h4>
        {d.orders.length === 0 ? <p className="muted">{t('buyers.none')}</p> : null}
        <ul className="buyer-panel__list">
          {d.orders.map(({ order, remarks }) => (
            <li key={order.id}>
              <button className="link mono" onClick={() => open({ entity: 'order', id: order.id }, order.orderNo)}>{order.orderNo}</button>
              <span className="buyer-panel__row">{t(`orderStatus.${order.status}`)} · {formatYuan(order.totalFen)} · {formatShanghaiShort(order.createdAt)}</span>
              {order.items[0] ? <span className="muted">{order.items[0].title}</span> : null}
              {order.buyerNote ? <span className="buyer-panel__remark" data-testid="buyer-panel-buyer-note">{t('buyers.buyerNote')}：{order.buyerNote}</span> : null}
              {order.platformMemo ? <span className="muted">{t('buyers.platformMemo')}：{order.platformMemo}</span> : null}
              {remarks.length > 0 ? <span className="buyer-panel__remark">{t('buyers.remark')}：{remarks[remarks.length - 1]?.text}</span> : order.latestRemark ? <span className="buyer-panel__remark">{t('buyers.remark')}：{order.latestRemark}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <BriefList
        title={t('buyers.cases', { count: d.tickets.length })}
        rows={d.tickets.map((c) => ({ id: c.id, head: `${t(`buyers.ticketType.${c.type}`)} · ${t(`buyers.ticketStatus.${c.status}`)}`, text: c.summary }))}
      />
      <BriefList
        title={t('buyers.reviews', { count: d.reviews.length })}
        rows={d.reviews.map((r) => ({ id: r.id, head: `${t(`buyers.rating.${r.rating}`)} · ${formatShanghaiShort(r.postedAt)}`, text: r.text }))}
      />
    </div>
  );
}

/** A titled list of one-line records (cases, reviews): what it is on top, its text muted below. */
function BriefList({ title, rows }: { title: string; rows: ReadonlyArray<{ id: string; head: string; text: string }> }) {
  return (
    <section>
      <h4>{title}</h4>
      <ul className="buyer-panel__list">
        {rows.map((r) => (
          <li key={r.id}>
            <span>{r.head}</span>
            <span className="muted">{r.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
