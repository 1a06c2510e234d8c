import './reports.css';
import { useMemo, useState } from 'react';
import { comparisonTable, daysRange, figureRows, figureTable, figureValues, presetRange, previousRange, type GroupKey, type Range, type RangePreset, type TableWords } from '@shared/domain/reports';
import { shanghaiDate } from '@shared/lib/time';
import { useTranslation } from '../../i18n';
import { Segmented } from '../../ui/Segmented';
import { useNow } from '../../ui/useNow';
import { saveTable, saveWorkbook } from '../export';
import { Charts, type Drill } from './Charts';
import { DrillDialog } from './DrillDialog';
import { Definitions, FigureCards } from './FigureCards';
import { GroupTable } from './GroupTable';
import { PaymentReport } from './PaymentReport';
import { ResponseSection } from './ResponseSection';
import { NO_FACTS, useNames, useReportData } from './useReportData';
import { WeeklyReport } from './WeeklyReport';

type Period = 'today' | 'yesterday' | 'week' | 'thisWeek' | 'month' | 'last30' | 'year' | 'custom';
const PERIODS: readonly Period[] = ['today', 'yesterday', 'week', 'thisWeek', 'month', 'last30', 'year', 'custom'];
// 'week' stays the last seven days (the value the first 报表 used).
const PRESET: Record<Exclude<Period, 'custom'>, RangePreset> = { today: 'today', yesterday: 'yesterday', week: 'last7', thisWeek: 'week', month: 'month', last30: 'last30', year: 'year' };
const GROUPINGS: Record<string, GroupKey[]> = { agent: ['agent'], shop: ['shop'], day: ['day'], hour: ['hour'], agentDay: ['agent', 'day'], shopAgent: ['shop', 'agent'] };
const VIEWS = ['overview', 'weekly'] as const;

/**
 * 报表: every figure a supervisor is judged by for any period, against the period before, as
 * cards, charts and tables; each number opens the records behind it; each view exports.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const names = useNames();
  const [view, setView] = useState<(typeof VIEWS)[number]>('overview');
  const [period, setPeriod] = useState<Period>('today');
  const [custom, setCustom] = useState(() => ({ from: shanghaiDate(now - 6 * 86_400_000), to: shanghaiDate(now) }));
  const [grouping, setGrouping] = useState<keyof typeof GROUPINGS>('agent');
  const [drill, setDrill] = useState<Drill | null>(null);
  const groupBy = GROUPINGS[grouping] ?? ['agent'];

  const range: Range = useMemo(() => (period === 'custom' ? daysRange(custom.from, custom.to) ?? presetRange('today', now) : presetRange(PRESET[period], now)), [period, custom, now]);
  const { facts, previous, ready, ms } = useReportData(range, now);
  const shown = facts ?? NO_FACTS;
  const total = useMemo(() => figureValues(shown), [shown]);
  const before = useMemo(() => (previous ? figureValues(previous) : null), [previous]);

  const words: TableWords = { label: (k) => t(k), agent: names.agent, shop: names.shop, buyer: (id) => id, order: (id) => id };
  const fileName = `${t('reports.title')}-${shanghaiDate(range.from)}-${shanghaiDate(range.until - 1)}`;
  const exportView = async (format: 'csv' | 'xlsx'): Promise<void> => {
    const table = figureTable(total, figureRows(shown, groupBy), groupBy, words);
    if (format === 'csv') return saveTable('csv', fileName, table);
    return saveWorkbook(fileName, [
      { name: t('reports.sheet.grouped'), ...table },
      { name: t('reports.sheet.compare'), ...comparisonTable(total, before ?? figureValues(NO_FACTS), words) },
    ]);
  };
  const prev = previousRange(range);

  return (
    <div className="reports">
      <div className="reports__bar">
        <h2>{t('reports.title')}</h2>
        <Segmented values={VIEWS} value={view} onChange={setView} label={t('reports.view')} labelOf={(v) => t(`reports.views.${v}`)} testId={(v) => `reports-view-${v}`} />
        {view === 'overview' ? (
          <>
            <select aria-label={t('reports.period')} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              {PERIODS.map((p) => <option key={p} value={p}>{t(`reports.periods.${p}`)}</option>)}
            </select>
            {period === 'custom' ? (
              <span className="reports__custom">
                <input type="date" aria-label={t('reports.customFrom')} value={custom.from} max={custom.to} onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))} />
                <span>–</span>
                <input type="date" aria-label={t('reports.customTo')} value={custom.to} min={custom.from} onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))} />
              </span>
            ) : null}
            <select aria-label={t('reports.groupBy')} value={grouping} onChange={(e) => setGrouping(e.target.value)}>
              {Object.keys(GROUPINGS).map((g) => <option key={g} value={g}>{t(`reports.by.${g}`)}</option>)}
            </select>
            <span className="reports__spacer" />
            <button type="button" className="btn btn--small" onClick={() => void exportView('csv')} data-testid="reports-export-csv">{t('reports.export.csv')}</button>
            <button type="button" className="btn btn--small" onClick={() => void exportView('xlsx')} data-testid="reports-export-xlsx">{t('reports.export.xlsx')}</button>
          </>
        ) : null}
      </div>
      {view === 'weekly' ? <WeeklyReport now={now} /> : (
        <>
          <p className="muted reports__span" data-testid="reports-span" data-ready={ready ? 'yes' : 'no'} data-ms={ms === null ? '' : Math.round(ms)}>
            {t('reports.span', { from: shanghaiDate(range.from), to: shanghaiDate(range.until - 1), prevFrom: shanghaiDate(prev.from), prevTo: shanghaiDate(prev.until - 1) })}
            {ready ? '' : ` · ${t('reports.loading')}`}
          </p>
          <ResponseSection facts={shown} groupBy={groupBy} names={names} onDrill={setDrill} />
          <FigureCards now={total} before={before} onDrill={setDrill} />
          <Definitions />
          <Charts facts={shown} range={range} onDrill={setDrill} />
          <section className="reports__section">
            <h2>{t('reports.tableTitle')}</h2>
            <GroupTable facts={shown} groupBy={groupBy} names={names} onDrill={setDrill} />
          </section>
          <PaymentReport from={range.from} until={Math.min(range.until, now)} groups={groupBy.filter((g): g is 'agent' | 'shop' | 'day' => g !== 'hour')} nameOf={(kind, id) => (kind === 'agent' ? (id === null ? t('reports.noAgent') : names.agent(id)) : names.shop(id))} />
        </>
      )}
      {drill ? <DrillDialog drill={drill} facts={shown} onClose={() => setDrill(null)} /> : null}
    </div>
  );
}
