import { groupFacts, responseFigures, roundPlace, type GroupKey, type ReportFacts } from '@shared/domain/reports';
import { useMemo } from 'react';
import { useDuration, useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import type { Drill } from './Charts';

const GOAL = 0.9;

/** The 3-minute manual response rate Taobao rates a shop on: the headline, and per cell with the response times. */
export function ResponseSection({ facts, groupBy, names, onDrill }: { facts: ReportFacts; groupBy: readonly GroupKey[]; names: { agent: (id: string | null) => string; shop: (id: string | null) => string }; onDrill: (d: Drill) => void }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const total = useMemo(() => responseFigures(facts.rounds), [facts]);
  const rows = useMemo(() => groupFacts(facts.rounds, groupBy, roundPlace).map(({ cell, facts: f }) => ({ ...cell, ...responseFigures(f) })), [facts, groupBy]);
  const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
  const dims = (['day', 'hour', 'shop', 'agent'] as const).filter((g) => groupBy.includes(g));
  return (
    <section className="reports__section reports__response">
      <div className="reports__response-head">
        <button type="button" className={`kpi ${total.rate != null && total.rate < GOAL ? 'kpi--bad' : 'kpi--ok'}`} data-testid="response-rate-total" title={t('reports.rule')}
          onClick={() => onDrill({ title: t('reports.responseTitle'), kind: 'rounds', cell: null })}>
          <span className="kpi__value">{pct(total.rate)}</span>
          <span className="kpi__label">{t('reports.total', { within: total.within, rounds: total.rounds })}</span>
        </button>
        <p className="muted reports__rule">{t('reports.rule')}</p>
      </div>
      {rows.length === 0 ? <Empty title={t('reports.none')} /> : (
        <table className="table table--dense" data-testid="response-rate-table">
          <thead>
            <tr>
              {dims.map((d) => <th key={d}>{t(`reports.col.${d}`)}</th>)}
              <th>{t('reports.col.rounds')}</th><th>{t('reports.col.within')}</th><th>{t('reports.col.rate')}</th><th>{t('reports.col.first')}</th><th>{t('reports.col.mean')}</th><th>{t('reports.col.unanswered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.agentId}|${r.shopId}|${r.day}|${r.hour}`} className="drillable" onClick={() => onDrill({ title: `${t('reports.responseTitle')} · ${dims.map((d) => (d === 'day' ? r.day : d === 'hour' ? `${r.hour}:00` : d === 'shop' ? names.shop(r.shopId) : r.agentId === null ? t('reports.noAgent') : names.agent(r.agentId))).join(' · ')}`, kind: 'rounds', cell: r })}>
                {dims.map((d) => <td key={d}>{d === 'day' ? r.day : d === 'hour' ? `${r.hour}:00` : d === 'shop' ? names.shop(r.shopId) : r.agentId === null ? t('reports.noAgent') : names.agent(r.agentId)}</td>)}
                <td>{r.rounds}</td><td>{r.within}</td>
                <td className={r.rate !== null && r.rate < GOAL ? 'bad' : 'good'}>{pct(r.rate)}</td>
                <td>{r.firstReplyMs === null ? '—' : duration(r.firstReplyMs, { seconds: true })}</td>
                <td>{r.meanReplyMs === null ? '—' : duration(r.meanReplyMs, { seconds: true })}</td>
                <td>{r.unanswered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
