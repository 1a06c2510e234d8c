import { useMemo, useState } from 'react';
import { ReviewCause, ReviewStatus } from '@shared/schemas/entities';
import { exportTable, filterReviews, REVIEW_COLUMNS, reviewModificationRate } from '@shared/domain/cases';
import { shanghaiDate } from '@shared/lib/time';
import { useLive, agentsAndShops, reviewRegister } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { CommonFilters, RegisterGrid, commonFilter, saveRegister, useRegisterColumns, type CommonFilterValues } from '../cases';

/** 中差评登记表: every review with filters, the modification rate, and export. */
export function ReviewRegister() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rows = useLive(reviewRegister, [], []);
  const people = useLive(agentsAndShops, [], { agents: [], shops: [] });
  const [status, setStatus] = useState<ReviewStatus | ''>('');
  const [cause, setCause] = useState<ReviewCause | ''>('');
  const [common, setCommon] = useState<CommonFilterValues>({ owner: '', shop: '', from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const open = useTabs((s) => s.open);
  const shown = useMemo(() => {
    const keep = new Set(filterReviews(rows.map((r) => r.review), { status: status || null, cause: cause || null, ...commonFilter(common) }).map((r) => r.id));
    return rows.filter((r) => keep.has(r.review.id));
  }, [rows, status, cause, common]);
  const rate = reviewModificationRate(shown.map((r) => r.review));
  const columns = useRegisterColumns(REVIEW_COLUMNS);
  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    try {
      await saveRegister(format, `${t('reviews.reviewsView.register')}-${shanghaiDate(Date.now())}`, exportTable(REVIEW_COLUMNS, shown, (k, v) => t(k, v ?? {})));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section className="register" data-testid="review-register">
      <div className="register__filters">
        <select value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus | '')} aria-label={t('cases.col.status')}>
          <option value="">{t('cases.filter.allStatus')}</option>
          {ReviewStatus.options.map((s) => <option key={s} value={s}>{t(`reviews.reviewStatus.${s}`)}</option>)}
        </select>
        <select value={cause} onChange={(e) => setCause(e.target.value as ReviewCause | '')} aria-label={t('cases.col.cause')}>
          <option value="">{t('cases.filter.allCauses')}</option>
          {ReviewCause.options.map((c) => <option key={c} value={c}>{t(`reviews.causes.${c}`)}</option>)}
        </select>
        <CommonFilters people={people} value={common} onChange={setCommon} />
        <span className="register__count">{t('cases.rows', { n: shown.length })}</span>
        <button className="btn" onClick={() => void exportAs('csv')} data-testid="review-export-csv">{t('cases.exportCsv')}</button>
        <button className="btn" onClick={() => void exportAs('xlsx')} data-testid="review-export-xlsx">{t('cases.exportXlsx')}</button>
      </div>
      <div className="summaries">
        <div className="summary" data-testid="summary-modification">
          <h4>{t('reviews.summary.modification')}</h4>
          <p>{rate.rate === null ? t('reviews.summary.noneSettled') : t('reviews.summary.rate', { pct: Math.round(rate.rate * 100), modified: rate.modified, settled: rate.settled })}</p>
        </div>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      <RegisterGrid rows={shown} columns={columns} testId="review-grid" rowKey={(r) => r.review.id} onOpen={(r) => open({ entity: 'case', id: r.review.id }, `${t('reviews.reviewTab')} ${r.buyerNick}`)} />
    </section>
  );
}
