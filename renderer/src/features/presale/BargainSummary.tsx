import type { BargainRequest } from '@shared/domain/presale';
import { formatShanghaiShort } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { formatYuan } from '@shared/lib/money';

/** What was asked and what the supervisor said, in one or two lines. */
export function BargainSummary({ request: r, answeredBy }: { request: BargainRequest; answeredBy: string | null }) {
  const { t } = useTranslation();
  const asked = [
    r.ask.discountFen > 0 ? t('presale.bargain.askedDiscount', { amount: formatYuan(r.ask.discountFen), price: formatYuan(r.ask.priceFen) }) : '',
    r.ask.giftFen > 0 ? t('presale.bargain.askedGift', { gift: r.ask.gift, amount: formatYuan(r.ask.giftFen) }) : '',
  ].filter(Boolean).join('，');
  return (
    <div className="bargain-summary" data-testid="bargain-summary">
      <span>{t('presale.bargain.asked', { at: formatShanghaiShort(r.askedAt), what: asked })}{r.ask.note ? ` · ${r.ask.note}` : ''}</span>
      <span className={`bargain-state bargain-state--${r.state}`} data-testid="bargain-state">
        {r.state === 'pending' ? t('presale.bargain.state.pending')
          : r.state === 'approved' ? t('presale.bargain.state.approved', { name: answeredBy ?? '', discount: formatYuan(r.answer?.discountFen ?? 0), gift: formatYuan(r.answer?.giftFen ?? 0) })
          : t('presale.bargain.state.declined', { name: answeredBy ?? '' })}
        {r.answer?.note ? ` · ${r.answer.note}` : ''}
      </span>
    </div>
  );
}
