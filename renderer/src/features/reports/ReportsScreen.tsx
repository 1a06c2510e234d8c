import './reports.css';
import { useMemo, useState } from 'react';
import { responseRates, type GroupKey } from '@shared/domain/reports';
import { DAY, startOfShanghaiDay } from '@shared/lib/time';
import { listAgents, listShops, useLive, chatLinesBetween, useSharedLive } from '../../data';
import { useDuration, useTranslation } from '../../i18n';
import { Empty } from '../../ui/Empty';
import { useNow } from '../../ui/useNow';
import { PaymentReport } from './PaymentReport';

const GOAL = 0.9;
type Period = 'today' | 'week';
const GROUPINGS: Record<string, GroupKey[]> = { agent: ['agent'], shop: ['shop'], day: ['day'], agentDay: ['agent', 'day'] };

/** 报表: the 3-minute manual response rate Taobao rates a shop on, and 催付成功率, per agent, shop and day. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const duration = useDuration();
  const now = useNow(30_000);
  const [period, setPeriod] = useState<Period>('today');
  const [grouping, setGrouping] = useState<keyof typeof GROUPINGS>('agent');
  const from = period === 'today' ? startOfShanghaiDay(now) : startOfShanghaiDay(now) - 6 * DAY;
  const lines = useLive(() => chatLinesBetween(from, now), [from, Math.floor(now / 30_000)], null);
  const agents = useSharedLive(listAgents, []);
  const shops = useSharedLive(listShops, []);
  const rows = useMemo(() => (lines ? responseRates(lines, GROUPINGS[grouping]!, now) : []), [lines, grouping, now]);
  const total = useMemo(() => (lines ? responseRates(lines, [], now)[0] : undefined), [lines, now]);
  const name = (id: string | null, list: { id: string; name: string }[]) => (id === null ? t('reports.noAgent') : list.find((x) => x.id === id)?.name ?? id);
  const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

  return (
    <div className="reports">
      <div className="reports__bar">
        <h2>{t('reports.responseTitle')}</h2>
        <select aria-label={t('reports.period')} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
          <option value="today">{t('reports.today')}</option>
          <option value="week">{t('reports.week')}</option>
        </select>
        <select aria-label={t('reports.groupBy')} value={grouping} onChange={(e) => setGrouping(e.target.value)}>
          {Object.keys(GROUPINGS).map((g) => <option key={g} value={g}>{t(`reports.by.${g}`)}</option>)}
        </select>
      </div>
      <p className="muted">{t('reports.rule')}</p>
      <div className={`kpi ${total?.rate != null && total.rate < GOAL ? 'kpi--bad' : 'kpi--ok'}`} data-testid="response-rate-total">
        <span className="kpi__value">{pct(total?.rate ?? null)}</span>
        <span className="kpi__label">{t('reports.total', { within: total?.within ?? 0, rounds: total?.rounds ?? 0 })}</span>
      </div>
      {rows.length === 0 ? <Empty title={t('reports.none')} /> : (
        <table className="table" data-testid="response-rate-table">
          <thead>
            <tr>
              {GROUPINGS[grouping]!.includes('day') ? <th>{t('reports.col.day')}</th> : null}
              {GROUPINGS[grouping]!.includes('shop') ? <th>{t('reports.col.shop')}</th> : null}
              {GROUPINGS[grouping]!.includes('agent') ? <th>{t('reports.col.agent')}</th> : null}
              <th>{t('reports.col.rounds')}</th><th>{t('reports.col.within')}</th><th>{t('reports.col.rate')}</th><th>{t('reports.col.mean')}</th><th>{t('reports.col.unanswered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.agentId}|${r.shopId}|${r.day}`}>
                {GROUPINGS[grouping]!.includes('day') ? <td>{r.day}</td> : null}
                {GROUPINGS[grouping]!.includes('shop') ? <td>{name(r.shopId, shops)}</td> : null}
                {GROUPINGS[grouping]!.includes('agent') ? <td>{name(r.agentId, agents)}</td> : null}
                <td>{r.rounds}</td><td>{r.within}</td>
                <td className={r.rate !== null && r.rate < GOAL ? 'bad' : 'good'}>{pct(r.rate)}</td>
                <td>{r.meanReplyMs === null ? '—' : duration(r.meanReplyMs, { seconds: true })}</td>
                <td>{r.unanswered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PaymentReport from={from} until={now} groups={GROUPINGS[grouping]!} nameOf={(kind, id) => (kind === 'agent' ? name(id, agents) : name(id, shops))} />
    </div>
  );
}
