import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { ReviewCause, ReviewStatus } from '@shared/schemas/entities';
import { filterReviews, reviewDeadlines, reviewModificationRate, type Cell } from '@shared/domain/cases';
import { formatShanghaiShort, shanghaiDate } from '@shared/lib/time';
import { useLive, agentsAndShops, reviewRegister, type ReviewRow } from '../../data';
import { useErrorText, useTranslation } from '../../i18n';
import { useTabs } from '../../state/tabs';
import { RegisterGrid } from './RegisterGrid';
import { CommonFilters, type CommonFilterValues } from './CommonFilters';
import { saveRegister } from './download';
import { fromLocalInput } from './text';

/** 中差评登记表: every review with filters, the modification rate, and export. */
export function ReviewRegister() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rows = useLive(reviewRegister, [], []);
  const people = useLive(agentsAndShops, [], { agents: [], shops: [] });
  const [status, setStatus] = useState<ReviewStatus | ''>('');
  const [cause, setCause] = useState<ReviewCause | ''>('');
  const [common, setCommon] = useState<CommonFilterValues>({ owner: '', shop: '', from: '', to: '' });
  const { owner, shop, from, to } = common;
  const [error, setError] = useState<string | null>(null);
  const open = useTabs((s) => s.open);
  const shown = useMemo(() => {
    const keep = new Set(filterReviews(rows.map((r) => r.review), { status: status || null, cause: cause || null, ownerId: owner || null, shopId: shop || null, from: fromLocalInput(from ? `${from}T00:00` : ''), to: to ? (fromLocalInput(`${to}T00:00`) ?? 0) + 86_400_000 : null }).map((r) => r.id));
    return rows.filter((r) => keep.has(r.review.id));
  }, [rows, status, cause, owner, shop, from, to]);
  const rate = reviewModificationRate(shown.map((r) => r.review));
  const columns = useMemo<ColumnDef<ReviewRow, unknown>[]>(() => [
    { id: 'posted', header: t('cases.col.posted'), accessorFn: (r) => r.review.postedAt, cell: (c) => formatShanghaiShort(c.getValue() as number), size: 110 },
    { id: 'rating', header: t('cases.col.rating'), accessorFn: (r) => t(`cases.rating.${r.review.rating}`), size: 60 },
    { id: 'cause', header: t('cases.col.cause'), accessorFn: (r) => (r.review.cause ? t(`cases.causes.${r.review.cause}`) : ''), size: 80 },
    { id: 'status', header: t('cases.col.status'), accessorFn: (r) => t(`cases.reviewStatus.${r.review.status}`), size: 80 },
    { id: 'buyer', header: t('cases.col.buyer'), accessorFn: (r) => r.buyerNick, size: 120 },
    { id: 'order', header: t('cases.col.order'), accessorFn: (r) => r.orderNo, size: 170 },
    { id: 'text', header: t('cases.col.text'), accessorFn: (r) => r.review.text, size: 240 },
    { id: 'deadline', header: t('cases.col.deadline'), accessorFn: (r) => reviewDeadlines(r.review).explainBy, cell: (c) => formatShanghaiShort(c.getValue() as number), size: 110 },
    { id: 'owner', header: t('cases.col.owner'), accessorFn: (r) => r.ownerName, size: 80 },
    { id: 'shop', header: t('cases.col.shop'), accessorFn: (r) => r.shopName, size: 140 },
  ], [t]);
  const exportAs = async (format: 'csv' | 'xlsx'): Promise<void> => {
    const header = ['发布时间', '评价', '原因', '状态', '结果', '买家', '订单编号', '内容', '追评', '解释', '补偿(元)', '解释截止', '负责人', '店铺'];
    const data: Cell[][] = shown.map((r) => [
      formatShanghaiShort(r.review.postedAt), t(`cases.rating.${r.review.rating}`), r.review.cause ? t(`cases.causes.${r.review.cause}`) : '', t(`cases.reviewStatus.${r.review.status}`),
      r.review.outcome ? t(`cases.outcomes.${r.review.outcome}`) : '', r.buyerNick, r.orderNo, r.review.text, r.review.followUp ?? '', r.review.explanation,
      r.review.compensationFen == null ? null : r.review.compensationFen / 100, formatShanghaiShort(reviewDeadlines(r.review).explainBy), r.ownerName, r.shopName,
    ]);
    try {
      await saveRegister(format, `中差评登记表-${shanghaiDate(Date.now())}`, header, data);
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
          {(['new', 'contacting', 'negotiating', 'modified', 'explained', 'unchanged'] as const).map((s) => <option key={s} value={s}>{t(`cases.reviewStatus.${s}`)}</option>)}
        </select>
        <select value={cause} onChange={(e) => setCause(e.target.value as ReviewCause | '')} aria-label={t('cases.col.cause')}>
          <option value="">{t('cases.filter.allCauses')}</option>
          {(['quality', 'service', 'shipping', 'mood', 'malicious'] as const).map((c) => <option key={c} value={c}>{t(`cases.causes.${c}`)}</option>)}
        </select>
        <CommonFilters people={people} value={common} onChange={setCommon} />
        <span className="register__count">{t('cases.rows', { n: shown.length })}</span>
        <button className="btn" onClick={() => void exportAs('csv')} data-testid="review-export-csv">{t('cases.exportCsv')}</button>
        <button className="btn" onClick={() => void exportAs('xlsx')} data-testid="review-export-xlsx">{t('cases.exportXlsx')}</button>
      </div>
      <div className="summaries">
        <div className="summary" data-testid="summary-modification">
          <h4>{t('cases.summary.modification')}</h4>
          <p>{rate.rate === null ? t('cases.summary.noneSettled') : t('cases.summary.rate', { pct: Math.round(rate.rate * 100), modified: rate.modified, settled: rate.settled })}</p>
        </div>
      </div>
      {error ? <div className="error" role="alert">{error}</div> : null}
      <RegisterGrid rows={shown} columns={columns} testId="review-grid" rowKey={(r) => r.review.id} onOpen={(r) => open({ entity: 'case', id: r.review.id }, `${t('cases.reviewTab')} ${r.buyerNick}`)} />
    </section>
  );
}
