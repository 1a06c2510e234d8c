import { memo } from 'react';
import { waitLevel } from '@shared/domain/presale';
import type { Buyer, Conversation, Shop } from '@shared/schemas/entities';
import { useDuration, useTranslation } from '../../i18n';

interface QueueItemProps {
  conversation: Conversation;
  buyer: Buyer | undefined;
  shop: Shop | undefined;
  now: number;
  active: boolean;
  /** Where focus lands when 接待 opens: the buyer in hand, else the longest-waiting one. */
  landing: boolean;
  /** `keyboard`: picked with Enter or Space (a click's detail is 0), so the reply box takes the focus. */
  onSelect: (id: string, keyboard: boolean) => void;
  transferredFrom: string | null;
}

/**
 * One waiting buyer: live timer coloured by the 3-minute rule, shop/platform, tier, tags, preview.
 * Memoised: a scroll frame re-renders only the rows that came into view.
 */
export const QueueItem = memo(function QueueItem({ conversation: c, buyer, shop, now, active, landing, onSelect, transferredFrom }: QueueItemProps) {
  const { t } = useTranslation();
  const duration = useDuration();
  const level = waitLevel(c.lastBuyerAt, now);
  return (
    <button className={`queue-item queue-item--${level}${active ? ' queue-item--active' : ''}`} onClick={(e) => onSelect(c.id, e.detail === 0)} data-testid="queue-item" data-conversation-id={c.id} data-level={level} aria-current={active} role="option" aria-selected={active} tabIndex={landing ? 0 : -1} data-autofocus={landing ? '' : undefined}>
      <span className="queue-item__top">
        <span className="queue-item__nick">{buyer?.nick ?? '—'}</span>
        <span className={`timer timer--${level}`} title={t(`presale.level.${level}`)} data-testid="queue-timer">{duration(now - c.lastBuyerAt, { seconds: true })}</span>
      </span>
      <span className="queue-item__meta">
        {shop ? <span className={`badge badge--${shop.platform}`}>{t(`platform.${shop.platform}`)}</span> : null}
        <span className="queue-item__shop">{shop?.name}</span>
        <span className="badge badge--stage">{t(`presale.stage.${c.stage}`)}</span>
        {buyer && buyer.tier !== 'normal' ? <span className="badge badge--tier">{t(`tier.${buyer.tier}`)}</span> : null}
        {buyer?.tags.slice(0, 2).map((tag) => <span key={tag} className="tag">{tag}</span>)}
      </span>
      {transferredFrom ? <span className="queue-item__transfer" data-testid="queue-transfer">{t('presale.transfer.fromLine', { from: transferredFrom, reason: c.transfer?.reason ?? '' })}</span> : null}
      {buyer?.notes ? <span className="queue-item__memo" data-testid="queue-memo">{buyer.notes}</span> : null}
      <span className="queue-item__preview">{c.lastPreview}</span>
    </button>
  );
});
