import { REVIEW_REGISTER, reviewModificationRate } from '@shared/domain/cases';
import type { Review } from '@shared/schemas/entities';
import { useLive, reviewRegister } from '../../data';
import { useTranslation } from '../../i18n';
import { CaseRegister } from '../cases';

/** 中差评登记表: every review with filters, the modification rate, and export. */
export function ReviewRegister() {
  const rows = useLive(reviewRegister, [], []);
  return <CaseRegister spec={REVIEW_REGISTER} rows={rows} summaries={(shown) => <ModificationRate reviews={shown.map((r) => r.review)} />} />;
}

function ModificationRate({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation();
  const rate = reviewModificationRate(reviews);
  return (
    <div className="summary" data-testid="summary-modification">
      <h4>{t('reviews.summary.modification')}</h4>
      <p>{rate.rate === null ? t('reviews.summary.noneSettled') : t('reviews.summary.rate', { pct: Math.round(rate.rate * 100), modified: rate.modified, settled: rate.settled })}</p>
    </div>
  );
}
