import { useMemo, useState } from 'react';
import { comparisonTable, figureTable, figureRows, lastWholeWeek, weekStart, weeklyReport, type FigureId, type Range, type TableWords } from '@shared/domain/reports';
import { DAY, shanghaiDate } from '@shared/lib/time';
import { reportFacts, useLive } from '../../data';
import { useDuration, useTranslation } from '../../i18n';
import { Segmented } from '../../ui/Segmented';
import { saveWorkbook } from '../export';
import { CARD_GROUPS } from './FigureCards';
import { formatChange, formatFigure } from './format';
import { useNames } from './useReportData';

type Which = 'last' | 'this';
const AGENT_COLUMNS: readonly FigureId[] = ['served', 'responseRate', 'firstReply', 'consulted', 'paid', 'conversion', 'sales', 'paymentRate', 'refundRate', 'notBought'];

/** 周报: a week's figures against the week before, for the shop and per agent, laid out to print on A4. */
export function WeeklyReport({ now }: { now: number }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const names = useNames();
  const [which, setWhich] = useState<Which>('last');
  const weeks = useMemo((): { week: Range; before: Range } => {
    if (which === 'last') return lastWholeWeek(now);
    const monday = weekStart(now);
    return { week: { from: monday, until: monday + 7 * DAY }, before: { from: monday - 7 * DAY, until: monday } };
  }, [which, now]);
  // Each answer names its week, so switching weeks never pairs this week's figures with a stale read.
  const currentRead = useLive(async () => ({ from: weeks.week.from, facts: await reportFacts(weeks.week, Date.now()) }), [weeks.week.from], null);
  const previousRead = useLive(async () => ({ from: weeks.before.from, facts: await reportFacts(weeks.before, weeks.before.until) }), [weeks.before.from], null);
  const current = currentRead?.from === weeks.week.from ? currentRead.facts : null;
  const previous = previousRead?.from === weeks.before.from ? previousRead.facts : null;
  const report = useMemo(() => (current && previous ? weeklyReport(weeks.week, weeks.before, current, previous) : null), [current, previous, weeks]);
  const span = (r: Range): string => `${shanghaiDate(r.from)} – ${shanghaiDate(r.until - 1)}`;
  const figures = CARD_GROUPS.flatMap((g) => g.figures);

  const exportWeek = async (): Promise<void> => {
    if (!report || !current) return;
    const words: TableWords = { label: (k) => t(k), agent: names.agent, shop: names.shop, buyer: (id) => id, order: (id) => id };
    await saveWorkbook(`${t('reports.weekly.title')}-${shanghaiDate(weeks.week.from)}`, [
      { name: t('reports.weekly.sheetTotal'), ...comparisonTable(report.total.week, report.total.before, words) },
      { name: t('reports.weekly.sheetAgents'), ...figureTable(report.total.week, figureRows(current, ['agent']), ['agent'], words) },
    ]);
  };

  return (
    <article className="weekly" data-testid="weekly-report" data-ready={report ? 'yes' : 'no'}>
      <div className="weekly__bar no-print">
        <Segmented values={['last', 'this'] as const} value={which} onChange={setWhich} label={t('reports.weekly.which')} labelOf={(v) => t(`reports.weekly.${v}`)} testId={(v) => `weekly-${v}`} />
        <button type="button" className="btn" onClick={() => window.print()} data-testid="weekly-print">{t('reports.weekly.print')}</button>
        <button type="button" className="btn" onClick={() => void exportWeek()} data-testid="weekly-export-xlsx">XLSX</button>
      </div>
      <header className="weekly__head">
        <h1>{t('reports.weekly.title')}</h1>
        <p>{t('reports.weekly.span', { week: span(weeks.week), before: span(weeks.before) })}</p>
        <p className="muted">{t('reports.weekly.made', { at: `${shanghaiDate(now)}` })}</p>
      </header>
      {!report ? <p className="muted">{t('reports.loading')}</p> : (
        <>
          <h2>{t('reports.weekly.total')}</h2>
          <table className="table weekly__table" data-testid="weekly-total">
            <thead><tr><th>{t('reports.col.figure')}</th><th>{t('reports.weekly.thisWeek')}</th><th>{t('reports.weekly.lastWeek')}</th><th>{t('reports.col.change')}</th></tr></thead>
            <tbody>
              {figures.map((id) => {
                const c = formatChange(id, report.total.week[id], report.total.before[id], duration);
                return (
                  <tr key={id} data-testid={`weekly-row-${id}`}>
                    <th scope="row">{t(`reports.fig.${id}.name`)}</th>
                    <td className="num">{formatFigure(id, report.total.week[id], duration)}</td>
                    <td className="num">{formatFigure(id, report.total.before[id], duration)}</td>
                    <td className={`num${c.better === true ? ' good' : c.better === false ? ' bad' : ''}`}>{c.text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2>{t('reports.weekly.perAgent')}</h2>
          <table className="table table--dense weekly__table" data-testid="weekly-agents">
            <thead>
              <tr><th>{t('reports.col.agent')}</th>{AGENT_COLUMNS.map((id) => <th key={id}>{t(`reports.fig.${id}.short`)}</th>)}</tr>
            </thead>
            <tbody>
              {report.agents.map((a) => (
                <tr key={a.agentId}>
                  <th scope="row">{names.agent(a.agentId)}</th>
                  {AGENT_COLUMNS.map((id) => (
                    <td key={id} className="num">
                      {formatFigure(id, a.week[id], duration)}
                      <span className="weekly__before">{formatFigure(id, a.before[id], duration)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted weekly__note">{t('reports.weekly.note')}</p>
        </>
      )}
    </article>
  );
}
